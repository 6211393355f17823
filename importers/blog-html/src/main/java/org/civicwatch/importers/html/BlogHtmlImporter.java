package org.civicwatch.importers.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.CheckForNull;
import org.civicwatch.blog.BlogOptions;
import org.civicwatch.blog.BlogSettings;
import org.civicwatch.catalog.DatasetTree;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;

/**
 * The blog HTML importer (format {@code html}): a blog post page or an archive page holding many posts
 * becomes records extracted from the posts' prose, each with provenance; a page carrying a dataset as
 * JSON-LD ({@link org.civicwatch.json.JsonLdDataset}, what the blog HTML exporter writes) becomes exactly that
 * dataset. It never touches the network. Finding posts and extracting records is the blog library's
 * ({@link org.civicwatch.blog.BlogPage}, {@link org.civicwatch.blog.PostExtractor}), shared with the importers
 * of export files and web archives.
 *
 * <pre>{@code
 * Options o = Options.EMPTY.with(BlogHtmlImporter.EXTRACT, "sightings,news");
 * try (RecordReader r = new BlogHtmlImporter().open(in, "post.html", o)) { ... }
 * }</pre>
 */
public final class BlogHtmlImporter implements Importer {
    /** The format id. */
    public static final String ID = "html";

    /** The largest page read, in bytes ({@link BlogOptions#MAX_INPUT_BYTES}). */
    public static final Option<Long> MAX_INPUT_BYTES = BlogOptions.MAX_INPUT_BYTES;
    /** Which extractors run ({@link BlogOptions#EXTRACT}). */
    public static final Option<String> EXTRACT = BlogOptions.EXTRACT;
    /** The page's URL, for pages saved without one ({@link BlogOptions#BASE_URL}). */
    public static final Option<String> BASE_URL = BlogOptions.BASE_URL;
    /** The page's character set, overriding detection ({@link BlogOptions#CHARSET}). */
    public static final Option<String> CHARSET = BlogOptions.CHARSET;

    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder(ID).name("Blog HTML")
            .mediaType("text/html").extensions("html", "htm").options(options())
            .description("Blog posts and archive pages (goo blog, h-entry, JSON-LD, OpenGraph, article); records"
                    + " extracted from Japanese prose, with provenance.").build();

    private static List<Option<?>> options() {
        List<Option<?>> all = new ArrayList<>(StandardOptions.READING);
        all.addAll(BlogOptions.ALL);
        return all;
    }

    /** For the service loader. */
    public BlogHtmlImporter() {
        // stateless
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Detection detect(byte[] head, @CheckForNull String fileName) {
        String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        // A page starts with markup; other text that merely mentions a blog (JSON Lines of its posts) is no page.
        String start = text.startsWith("\u00ef\u00bb\u00bf") ? text.substring(3) : text;
        if (!start.stripLeading().startsWith("<")) {
            return Importer.super.detect(head, fileName);
        }
        if (text.contains("application/ld+json") && text.contains("\"" + DatasetTree.VERSION_MEMBER + "\"")) {
            return Detection.FULL;
        }
        if (text.contains("blog.goo.ne.jp") || text.contains("entry-body-text") || text.contains("mod-arcv-tit")
                || text.contains("h-entry") && text.contains("<html")) {
            return Detection.SOLID;
        }
        if (text.contains("<html") || text.contains("<!doctype html")) {
            return Detection.WEAK;
        }
        return Importer.super.detect(head, fileName);
    }

    @Override
    public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
        return new BlogHtmlReader(in, sourceName, BlogSettings.of(options));
    }
}
