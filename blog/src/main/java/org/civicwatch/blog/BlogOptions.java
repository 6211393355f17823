package org.civicwatch.blog;

import java.util.List;
import org.civicwatch.spi.Option;

/**
 * The options every importer of blog posts accepts, with one name and meaning whichever format the posts
 * come in; a plugin lists them in its descriptor beside its own.
 */
public final class BlogOptions {
    /** The largest page (or post body) read, in bytes. */
    public static final Option<Long> MAX_INPUT_BYTES = Option.number("max-input-bytes", 16L * 1024 * 1024, 1,
            "The largest page read, in bytes; a larger one is an error (a whole page is parsed at once).");
    /** Which extractors run. */
    public static final Option<String> EXTRACT = Option.text("extract", "all",
            "Which extractors run, comma-separated: news, forms, links, filings, sightings, incidents; or all, or none.");
    /** The page's URL, for pages saved without one. */
    public static final Option<String> BASE_URL = Option.text("base-url", null,
            "The page's URL: resolves relative links and names a post that states no permalink.");
    /** The page's character set, overriding detection. */
    public static final Option<String> CHARSET = Option.text("charset", null,
            "The page's character set (UTF-8, EUC-JP, windows-31j...); by default from its BOM or meta charset,"
                    + " else UTF-8 or windows-31j, whichever decodes.");

    /** The group that publishes the blog, whom 当会, 本会 and 同会 in its posts name. */
    public static final Option<String> GROUP = Option.text("group", null,
            "The group that publishes the blog, whom 当会, 本会 and 同会 in its posts name; by default the blog's title.");
    /** Whether one matter told in several posts of the input becomes one record ({@link MatterMerge}). */
    public static final Option<Boolean> MERGE_MATTERS = Option.bool("merge-matters", true,
            "Make one record of a filing or incident told in several posts; off, each is given as told, linking"
                    + " the post telling it, for a merge of many inputs read apart.");
    /** Every option of this class, in the order a descriptor lists them. */
    public static final List<Option<?>> ALL = List.of(MAX_INPUT_BYTES, EXTRACT, BASE_URL, CHARSET, GROUP, MERGE_MATTERS);

    private BlogOptions() {
    }
}
