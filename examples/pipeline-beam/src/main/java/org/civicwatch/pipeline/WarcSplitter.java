package org.civicwatch.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.netpreserve.jwarc.WarcReader;

/**
 * Cuts web archives ({@code warc}, plain or one gzip member per record) between records: planning walks
 * the record headers with jwarc, passing over the bodies, and a part is a run of whole records, itself a
 * web archive, read by the format's importer. A post captured in several parts (or several archives) is
 * read from each; the pipeline keeps its first capture, as the reader of one archive does. Byte offsets
 * in problems are the archive's.
 */
public final class WarcSplitter implements Splitter {

    /** The splitter; found by {@link java.util.ServiceLoader}. */
    public WarcSplitter() {
    }

    @Override
    public boolean splits(String formatId) {
        return formatId.equals("warc");
    }

    /** {@return true: a post may be captured in several parts, or several archives} */
    @Override
    public boolean capturesPosts() {
        return true;
    }

    @Override
    public List<Split> split(Path file, String formatId, long partBytes) throws IOException {
        PartBytes.Cuts cuts = new PartBytes.Cuts(file.toString(), formatId, partBytes, 0);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             WarcReader reader = new WarcReader(channel)) {
            try {
                while (reader.next().isPresent()) {
                    cuts.mayBegin(reader.position(), 0);
                }
            } catch (IOException | RuntimeException damaged) {
                // the part that holds the damage runs to the end, where its reader reports it
            }
            return cuts.parts(channel.size());
        }
    }

    @Override
    public RecordReader open(Importer importer, Path file, Split part, Options options) throws IOException {
        return PartBytes.reader(importer, file, part, options, in -> in);
    }
}
