package org.civicwatch.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;

/** The bytes of a part, and the cutting of an input into parts at the places its format allows. */
final class PartBytes {
    private PartBytes() {
    }

    /**
     * {@return the bytes of a part of a file, streamed; closing the stream closes the file}
     *
     * @param file the input
     * @param part a part of it
     * @throws IOException if the file cannot be opened
     */
    static InputStream open(Path file, Split part) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            channel.position(part.start());
            InputStream in = Channels.newInputStream(channel);
            return part.end() == Split.TO_THE_END ? in : new Range(in, part.end() - part.start());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * {@return a reader of a part by a format's importer, telling locations as the whole input's reader would}
     *
     * @param importer the format's importer
     * @param file the input
     * @param part the part
     * @param options reading options
     * @param asRead what the importer reads instead of the part's bytes (the same bytes, changed in place)
     * @throws IOException if the file cannot be read
     */
    static RecordReader reader(Importer importer, Path file, Split part, Options options,
                               UnaryOperator<InputStream> asRead) throws IOException {
        InputStream in = open(file, part);
        try {
            return new PartReader(importer.open(asRead.apply(in), sourceOf(file), options), part, in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** {@return the input's name as its readers name it in locations: its file name} */
    static String sourceOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /**
     * Cuts an input into parts of at least {@code partBytes}: told each place a part may begin, in order,
     * it begins a part there when the part before has its size.
     */
    static final class Cuts {
        private final String file;
        private final String formatId;
        private final long partBytes;
        private final List<Split> parts = new ArrayList<>();
        private long start;
        private long startLine;

        /**
         * @param file the input's path
         * @param formatId its format
         * @param partBytes the size a part should have
         * @param firstLine the line the input starts on: 1, or 0 where the format has no lines
         */
        Cuts(String file, String formatId, long partBytes, long firstLine) {
            if (partBytes < 1) {
                throw new IllegalArgumentException("a part has at least 1 byte, got " + partBytes);
            }
            this.file = file;
            this.formatId = formatId;
            this.partBytes = partBytes;
            this.startLine = firstLine;
        }

        /**
         * A place a part may begin.
         *
         * @param position its byte offset
         * @param line the line it is on, 0 where the format has no lines
         */
        void mayBegin(long position, long line) {
            if (position - start >= partBytes) {
                parts.add(new Split(file, formatId, parts.size(), start, position, startLine));
                start = position;
                startLine = line;
            }
        }

        /**
         * {@return the parts, the last running to the end of the input}
         *
         * @param size the input's size in bytes
         */
        List<Split> parts(long size) {
            List<Split> all = new ArrayList<>(parts);
            if (size > start || all.isEmpty()) {
                all.add(new Split(file, formatId, all.size(), start, Split.TO_THE_END, startLine));
            } else {
                // the last cut fell on the end of the input: its part runs to the end, as every last part does
                Split last = all.remove(all.size() - 1);
                all.add(new Split(file, formatId, last.part(), last.start(), Split.TO_THE_END, last.firstLine()));
            }
            return all;
        }
    }

    /** The first {@code length} bytes of a stream. */
    private static final class Range extends InputStream {
        private final InputStream in;
        private long left;

        Range(InputStream in, long length) {
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

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
