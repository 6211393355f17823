package org.civicwatch.importers.warc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.annotation.CheckForNull;
import org.civicwatch.blog.BlogOptions;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;

/**
 * The web archive importer (format {@code warc}): a WARC file, plain or gzip-compressed one member per
 * record, read record by record with jwarc so memory does not grow with the archive. HTTP {@code response}
 * and {@code resource} records of HTML pages are read by the blog library, in the charset of the HTTP
 * {@code Content-Type} and with the record's target URI as the page's URL. A post captured several times
 * is read once, from its first capture in the file; its records' provenance names that capture (record
 * id, date, target URI). Revisits, other captures of a post already read, non-HTML records and error
 * responses are skipped and counted ({@link #tallies}); a damaged gzip member or record is a located
 * problem (file and byte offset), and leniently the rest of the file is read.
 *
 * <pre>{@code
 * try (RecordReader r = new WarcImporter().open(Path.of("crawl.warc.gz"), Options.EMPTY.with(StandardOptions.LENIENT, true))) { ... }
 * }</pre>
 */
public final class WarcImporter implements Importer {
    /** The format id. */
    public static final String ID = "warc";

    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder(ID).name("Web archive (WARC)")
            .mediaType("application/warc").extensions("warc", "gz").options(options())
            .description("A web archive's captures of blog pages (WARC, gzip-compressed or not): records read from"
                    + " each post once, naming the capture used.").build();

    private static List<Option<?>> options() {
        List<Option<?>> all = new ArrayList<>(StandardOptions.READING);
        all.addAll(BlogOptions.ALL);
        return all;
    }

    /** For the service loader. */
    public WarcImporter() {
        // stateless
    }

    /** {@return what a WARC reader counts besides records, in the order it reports them} */
    public static List<String> tallies() {
        return WarcFileReader.TALLIES;
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** {@return full strength for a file that starts as a WARC record, plain or in a gzip member; else none} */
    @Override
    public Detection detect(byte[] head, @CheckForNull String fileName) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.startsWith("WARC/1.")) {
            return Detection.FULL;
        }
        if (GzipMembers.isGzip(head)) {
            // the head of the first member, inflated as far as the head goes
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
                byte[] start = in.readNBytes(7);
                return new String(start, StandardCharsets.ISO_8859_1).equals("WARC/1.") ? Detection.FULL : Detection.NONE;
            } catch (IOException notGzipAfterAll) {
                return Detection.NONE;
            }
        }
        return Detection.NONE;
    }

    @Override
    public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
        return new WarcFileReader(in, sourceName, options);
    }
}
