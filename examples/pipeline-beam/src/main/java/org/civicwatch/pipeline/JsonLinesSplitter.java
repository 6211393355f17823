package org.civicwatch.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;

/**
 * Cuts JSON Lines ({@code jsonl}) into ranges of whole lines. Planning reads the file once, counting
 * lines, so that each part knows the line it starts on and its problems name the file's lines. Only the
 * first part holds the info line; the others are read as JSON Lines without one.
 */
public final class JsonLinesSplitter implements Splitter {
    private static final int BUFFER = 1 << 16;

    /** The splitter; found by {@link java.util.ServiceLoader}. */
    public JsonLinesSplitter() {
    }

    @Override
    public boolean splits(String formatId) {
        return formatId.equals("jsonl");
    }

    @Override
    public List<Split> split(Path file, String formatId, long partBytes) throws IOException {
        if (partBytes < 1) {
            throw new IllegalArgumentException("a part has at least 1 byte, got " + partBytes);
        }
        List<Split> parts = new ArrayList<>();
        String name = file.toString();
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            long position = 0;
            long start = 0;
            long startLine = 1;
            long line = 1;
            while (in.read(buffer.clear()) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    position++;
                    if (b == '\n') {
                        line++;
                        if (position - start >= partBytes) {
                            parts.add(new Split(name, formatId, parts.size(), start, position, startLine));
                            start = position;
                            startLine = line;
                        }
                    }
                }
            }
            if (position > start || parts.isEmpty()) {
                parts.add(new Split(name, formatId, parts.size(), start, Split.TO_THE_END, startLine));
            } else {
                // the last cut fell on the end of the file: its part runs to the end, as every last part does
                Split last = parts.remove(parts.size() - 1);
                parts.add(new Split(name, formatId, last.part(), last.start(), Split.TO_THE_END, last.firstLine()));
            }
        }
        return parts;
    }

    @Override
    public RecordReader open(Importer importer, Path file, Split part, Options options) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            channel.position(part.start());
            InputStream in = Channels.newInputStream(channel);
            if (part.end() != Split.TO_THE_END) {
                in = new RangeInputStream(in, part.end() - part.start());
            }
            String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            RecordReader reader = importer.open(withoutEndLine(in), source, options);
            return new PartReader(reader, part, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static final byte[] ANNOUNCED = "\"trailer\":true,".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] END = "{\"type\":\"end\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /**
     * A part read as plain JSON Lines: a part is not the whole file, so the file's end line (which counts the
     * whole file's records) is blanked and its announcement in the info line overwritten with spaces, each at
     * the same length, so lines and columns stay those of the file. The part is held in memory (a part's size
     * is bounded by the split).
     */
    private static InputStream withoutEndLine(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        int lineStart = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (startsWith(bytes, lineStart, END)) {
                    java.util.Arrays.fill(bytes, lineStart, i, (byte) ' ');
                } else if (startsWith(bytes, lineStart, "{\"type\":\"info\"".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                    for (int j = lineStart; j + ANNOUNCED.length <= i; j++) {
                        if (startsWith(bytes, j, ANNOUNCED)) {
                            java.util.Arrays.fill(bytes, j, j + ANNOUNCED.length, (byte) ' ');
                            break;
                        }
                    }
                }
                lineStart = i + 1;
            }
        }
        return new java.io.ByteArrayInputStream(bytes);
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (bytes[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    /** The first {@code length} bytes of a stream. */
    private static final class RangeInputStream extends InputStream {
        private final InputStream in;
        private long left;

        RangeInputStream(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return len == 0 ? 0 : -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
