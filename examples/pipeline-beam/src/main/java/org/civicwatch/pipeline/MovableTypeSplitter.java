package org.civicwatch.pipeline;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;

/**
 * Cuts Movable Type export text ({@code mt}) between entries, after a line of eight dashes, each part a
 * run of whole entries read by the format's importer with the lines of the file ({@link #open}). An entry without a
 * {@code BASENAME} is named by its place in the file, which a part does not know, so an export with such
 * an entry is read whole.
 */
public final class MovableTypeSplitter implements Splitter {
    private static final String ENTRY_END = "--------";
    private static final String SECTION_END = "-----";

    /** The splitter; found by {@link java.util.ServiceLoader}. */
    public MovableTypeSplitter() {
    }

    @Override
    public boolean splits(String formatId) {
        return formatId.equals("mt");
    }

    @Override
    public List<Split> split(Path file, String formatId, long partBytes) throws IOException {
        PartBytes.Cuts cuts = new PartBytes.Cuts(file.toString(), formatId, partBytes, 1);
        boolean everyEntryNamed = true;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
            long position = 0;
            long line = 1;
            boolean inHeader = true;
            boolean named = false;
            boolean entryHasText = false;
            for (int b; (b = in.read()) >= 0; ) {
                position++;
                if (b != '\n') {
                    if (lineBytes.size() <= ENTRY_END.length() + 2) {
                        lineBytes.write(b);
                    }
                    continue;
                }
                String text = lineBytes.toString(StandardCharsets.ISO_8859_1).strip();
                lineBytes.reset();
                line++;
                if (text.equals(ENTRY_END)) {
                    everyEntryNamed &= named || !entryHasText;
                    inHeader = true;
                    named = false;
                    entryHasText = false;
                    cuts.mayBegin(position, line);
                } else if (inHeader) {
                    entryHasText |= !text.isEmpty();
                    if (text.equals(SECTION_END)) {
                        inHeader = false;
                    } else if (text.startsWith("BASENAME:")) {
                        named = true;
                    }
                }
            }
            everyEntryNamed &= named || !entryHasText;
            return everyEntryNamed ? cuts.parts(position) : List.of(Split.whole(file.toString(), formatId));
        }
    }

    /**
     * Reads a part after as many blank lines as the file has before it, which the export format passes
     * over between entries: every line the reader names, in locations and in the records' provenance
     * ({@code page line 12}), is then the file's. The blank lines count towards the size limit of the
     * part's first entry ({@code max-input-bytes}, 16 MiB of text by default), so a part may begin up to
     * that many lines into a file.
     */
    @Override
    public RecordReader open(Importer importer, Path file, Split part, Options options) throws IOException {
        Split fromTheTop = new Split(part.file(), part.formatId(), part.part(), part.start(), part.end(), 1);
        InputStream in = PartBytes.open(file, part);
        try {
            InputStream lines = new SequenceInputStream(new BlankLines(part.firstLine() - 1), in);
            return new PartReader(importer.open(lines, PartBytes.sourceOf(file), options), fromTheTop, in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Line breaks, streamed. */
    private static final class BlankLines extends InputStream {
        private long left;

        BlankLines(long count) {
            this.left = count;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return '\n';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) '\n');
            left -= n;
            return n;
        }
    }
}
