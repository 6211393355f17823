package org.civicwatch.importers.mt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
 * The Movable Type export importer (format {@code mt}): the export text of a whole blog (goo blog's moving
 * data), read entry by entry so memory does not grow with the blog. Each published entry's BODY and
 * EXTENDED BODY become one post read by the blog library's extractors, with the entry's DATE, TITLE and
 * CATEGORY as context; each COMMENT is read apart, as a post of its own whose provenance names the comment
 * ({@code #comment-2}), so a commenter's claim is never the group's finding. Drafts are skipped unless
 * {@link #DRAFTS} asks for them. Detected by content, not by name.
 *
 * <pre>{@code
 * Options o = Options.EMPTY.with(BlogOptions.BASE_URL, "https://blog.goo.ne.jp/example");
 * try (RecordReader r = new MovableTypeImporter().open(in, "export.txt", o)) { ... }
 * }</pre>
 */
public final class MovableTypeImporter implements Importer {
    /** The format id. */
    public static final String ID = "mt";

    /** Whether draft entries are read. */
    public static final Option<Boolean> DRAFTS = Option.bool("drafts", false,
            "Read draft entries (STATUS: Draft) too; by default they are skipped and counted.");
    /** What becomes of comments. */
    public static final Option<String> COMMENTS = Option.text("comments", "apart",
            "apart: each comment is read as a post of its own, its records' provenance naming the comment;"
                    + " skip: comments are not read.");
    /** The blog's title, whose group "当会" names. */
    public static final Option<String> BLOG_TITLE = Option.text("blog-title", null,
            "The blog's title (the export does not say it): the dataset's title, and the group its posts speak for.");

    private static final Pattern FIELD_LINE = Pattern.compile("(?m)^(TITLE|AUTHOR|BASENAME|STATUS|DATE): ");

    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder(ID).name("Movable Type export")
            .mediaType("text/plain").extensions("txt").options(options())
            .description("A blog's Movable Type export text (goo blog's moving data): every entry's body read for"
                    + " records, comments apart.").build();

    private static List<Option<?>> options() {
        List<Option<?>> all = new ArrayList<>(StandardOptions.READING);
        all.addAll(BlogOptions.ALL);
        all.addAll(List.of(DRAFTS, COMMENTS, BLOG_TITLE));
        return all;
    }

    /** For the service loader. */
    public MovableTypeImporter() {
        // stateless
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * {@return full strength for text with header fields followed by the five-dash line and a BODY section,
     * solid for header fields and a separator line; a {@code .txt} name alone is no match}
     */
    @Override
    public Detection detect(byte[] head, @CheckForNull String fileName) {
        String text = new String(head, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        if (text.startsWith("\u00ef\u00bb\u00bf")) {
            text = text.substring(3);
        }
        long fields = FIELD_LINE.matcher(text).results().count();
        if (fields >= 2 && text.contains("\n" + MtParser.SECTION_END + "\nBODY:\n")) {
            return Detection.FULL;
        }
        if (fields >= 2 && (text.contains("\n" + MtParser.SECTION_END + "\n") || text.contains(MtParser.ENTRY_END))) {
            return Detection.SOLID;
        }
        return Detection.NONE;
    }

    @Override
    public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
        return new MovableTypeReader(in, sourceName, options);
    }
}
