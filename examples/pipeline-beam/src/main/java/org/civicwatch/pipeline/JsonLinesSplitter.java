package org.civicwatch.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;

/**
 * Cuts JSON Lines ({@code jsonl}) into ranges of whole lines. Planning reads the file once, counting
 * lines, so that each part knows the line it starts on and its problems name the file's lines. Only the
 * first part holds the info line; the others are read as JSON Lines without one. A part is not the whole
 * file, so it is read without the file's end line ({@link WithoutEndLine}), streamed.
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
        PartBytes.Cuts cuts = new PartBytes.Cuts(file.toString(), formatId, partBytes, 1);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            long position = 0;
            long line = 1;
            while (in.read(buffer.clear()) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    position++;
                    if (b == '\n') {
                        line++;
                        cuts.mayBegin(position, line);
                    }
                }
            }
            return cuts.parts(position);
        }
    }

    @Override
    public RecordReader open(Importer importer, Path file, Split part, Options options) throws IOException {
        return PartBytes.reader(importer, file, part, options, WithoutEndLine::new);
    }
}
