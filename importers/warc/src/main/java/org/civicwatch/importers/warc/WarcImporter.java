package org.civicwatch.importers.warc;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * The web archive importer (format {@code warc}): a WARC or ARC file, plain or gzip-compressed one member
 * per record, read record by record with jwarc so memory does not grow with the archive. HTTP
 * {@code response} and {@code resource} records of HTML pages are read by the blog library, in the charset
 * of the HTTP {@code Content-Type} and with the record's target URI as the page's URL. A post captured
 * several times is read once, from its first capture in the file; its records' provenance names that
 * capture (record id, date, target URI) and, read from a file, how many times its page was captured. One
 * filing or incident retold in posts of several pages is one record linking each post. Revisits, other
 * captures of a post already read, non-HTML records and error responses are skipped and counted
 * ({@link #tallies}); a damaged gzip member or record is a located warning (file, record, byte offset) and
 * the rest of the file is read.
 *
 * <pre>{@code
 * try (RecordReader r = new WarcImporter().open(Path.of("crawl.warc.gz"), Options.EMPTY.with(StandardOptions.LENIENT, true))) { ... }
 * }</pre>
 */
public final class WarcImporter implements Importer {
    /** The format id. */
    public static final String ID = "warc";

    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder(ID).name("Web archive (WARC)")
            .mediaType("application/warc").extensions("warc", "arc", "gz").options(options())
            .description("A web archive's captures of blog pages (WARC or ARC, gzip-compressed or not): records read from"
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

    /**
     * {@return full strength for a file that starts as a WARC record or as an ARC file's description record
     * ({@code filedesc://}), plain or in a gzip member; else none, whatever the name}
     */
    @Override
    public Detection detect(byte[] head, @CheckForNull String fileName) {
        if (startsAsArchive(head)) {
            return Detection.FULL;
        }
        if (GzipMembers.isGzip(head)) {
            // the head of the first member, inflated as far as the head goes
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
                return startsAsArchive(in.readNBytes(16)) ? Detection.FULL : Detection.NONE;
            } catch (IOException notGzipAfterAll) {
                return Detection.NONE;
            }
        }
        return Detection.NONE;
    }

    private static boolean startsAsArchive(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, 16), StandardCharsets.ISO_8859_1);
        return text.startsWith("WARC/1.") || text.startsWith("filedesc://");
    }

    /** Reads a stream once: the records' provenance names the capture used, not how many there were. */
    @Override
    public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
        return new WarcFileReader(in, sourceName, options, null);
    }

    /**
     * Reads a file twice: first the record headers alone, counting each page's captures, then the pages; the
     * provenance of a post captured several times names the capture used and how many there were.
     */
    @Override
    public RecordReader open(Path path, Options options) throws IOException {
        Map<String, Integer> captures;
        try (InputStream in = Files.newInputStream(path)) {
            captures = WarcFileReader.countCaptures(new BufferedInputStream(in, 64 * 1024), options);
        }
        Path name = path.getFileName();
        InputStream in = Files.newInputStream(path);
        try {
            return new WarcFileReader(new BufferedInputStream(in, 64 * 1024), name == null ? path.toString()
                    : name.toString(), options, captures).closing(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
