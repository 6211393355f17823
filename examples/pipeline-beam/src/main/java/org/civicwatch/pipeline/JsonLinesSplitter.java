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
            RecordReader reader = importer.open(in, source, options);
            return new PartReader(reader, part, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
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
