package org.civicwatch.blog;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.annotation.CheckForNull;
import org.civicwatch.blog.BlogPost.BodyLine;
import org.civicwatch.blog.internal.Extraction;
import org.civicwatch.blog.internal.Extractor;
import org.civicwatch.blog.internal.Matters;
import org.civicwatch.blog.internal.PostText;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.spi.Cancellation;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Problems;

/**
 * Extracts the records of posts, one input (a page, an export file, a web archive) at a time: runs the
 * extractors the settings name over each post, makes record ids from the post's permalink (so reading a
 * post again gives the same ids; posts sharing one permalink get distinct ones) and reports a paragraph an
 * extractor cannot read as a located problem, going on with the rest. Not thread-safe: one per input.
 */
public final class PostExtractor {
    private final List<Extractor> extractors;
    @CheckForNull
    private final String group;
    private final String source;
    private final Problems problems;
    private final boolean merging;
    private final Map<String, Integer> keysSeen = new HashMap<>();
    @CheckForNull
    private Matters.Merger merger;

    /**
     * @param settings which extractors run
     * @param source the input's name, for problem locations
     * @param problems where problems go
     */
    public PostExtractor(BlogSettings settings, String source, Problems problems) {
        this.extractors = settings.extractors();
        this.group = settings.group();
        this.source = source;
        this.problems = problems;
        this.merging = settings.options().get(BlogOptions.MERGE_MATTERS);
    }

    /**
     * {@return the records of many posts of one input (a page, an export file), one matter told in several of
     * them one record} (see {@code Matters}: same filing by kind and day, same incident by type, day and place;
     * a record told in several posts links each of them)
     *
     * @throws InterruptedIOException when the thread is interrupted between posts
     */
    public List<CivicRecord> records(List<BlogPost> posts) throws InterruptedIOException {
        return records(posts, null);
    }

    /**
     * {@return the records of many posts of one input read from one capture of it (a saved Wayback page),
     * which their provenance names}
     *
     * @param capture the capture, as a person would name it, or null
     * @throws InterruptedIOException when the thread is interrupted between posts
     */
    public List<CivicRecord> records(List<BlogPost> posts, @CheckForNull String capture) throws InterruptedIOException {
        List<Matters.Told> told = new ArrayList<>();
        for (BlogPost post : posts) {
            Cancellation.check("extracting records from the posts of " + source);
            told.add(told(post, records(post, source, capture)));
        }
        return merging ? Matters.merge(told) : told.stream().flatMap(t -> unmerged(t).stream()).toList();
    }

    /**
     * {@return a post's records as told, not merged ({@link BlogOptions#MERGE_MATTERS} off): each that
     * {@link MatterMerge} may merge links the post telling it first}
     */
    private static List<CivicRecord> unmerged(Matters.Told told) {
        if (told.link() == null) {
            return told.records();
        }
        return told.records().stream()
                .map(r -> Matters.key(r).isEmpty() ? r : Matters.withPostLinks(r, List.of(told.link()))).toList();
    }

    private static Matters.Told told(BlogPost post, List<CivicRecord> records) {
        return new Matters.Told(Matters.postLink(post.permalink(), post.title(), post.published()), records);
    }

    /**
     * {@return the records of posts of a long input (an export's entries, a web archive's pages) read one
     * page at a time, one matter told across pages one record: what no later post can retell is given at
     * once, the filings and incidents that one may are held, merged, till {@link #mergedAtEnd()}}
     *
     * <p>What is held is one record per matter (and the links of the posts telling it), never a page.
     *
     * @param posts the posts of one page (or one entry), merged with each other and with those before
     * @param from where in the input they were read, for problem locations
     * @param capture the capture each was read from, as a person would name it, or null
     * @throws InterruptedIOException when the thread is interrupted between posts
     */
    public List<CivicRecord> recordsMerging(List<BlogPost> posts, String from, Function<BlogPost, String> capture)
            throws InterruptedIOException {
        if (!merging) {
            List<CivicRecord> out = new ArrayList<>();
            for (BlogPost post : posts) {
                Cancellation.check("extracting records from the posts of " + source);
                out.addAll(unmerged(told(post, records(post, from, capture.apply(post)))));
            }
            return out;
        }
        if (merger == null) {
            merger = new Matters.Merger(true);
        }
        for (BlogPost p : posts) {
            if (Matters.postLink(p.permalink(), null, null) != null) {
                merger.readHere(p.permalink());
            }
        }
        List<CivicRecord> out = new ArrayList<>();
        for (BlogPost post : posts) {
            Cancellation.check("extracting records from the posts of " + source);
            out.addAll(merger.add(told(post, records(post, from, capture.apply(post))).onAPageOfSeveral(posts.size() > 1)));
        }
        return out;
    }

    /** {@return the filings and incidents {@link #recordsMerging} held, each merged, in the order first told} */
    public List<CivicRecord> mergedAtEnd() {
        return merger == null ? List.of() : merger.finish();
    }

    /** {@return how many merged records {@link #recordsMerging} holds now} */
    public int held() {
        return merger == null ? 0 : merger.held();
    }

    /** {@return the records extracted from a post, in the order found} */
    public List<CivicRecord> records(BlogPost post) {
        return records(post, source);
    }

    /**
     * {@return the records extracted from a post read from a part of the input (a web archive's record)}
     *
     * @param post the post
     * @param from where in the input it was read, for problem locations
     */
    public List<CivicRecord> records(BlogPost post, String from) {
        return records(post, from, null);
    }

    /** What a blog's title adds after the group's name: "ふくい情報公開ネット　活動日誌", "…の会 ブログ". */
    private static final java.util.regex.Pattern BLOG_WORD = java.util.regex.Pattern.compile(
            "^(.+?)[\\s　]+(?:活動日誌|活動記録|活動報告|日誌|日記|ブログ|blog|Blog|BLOG|通信|だより|ニュース|ノート|メモ)$");

    /** {@return the group a blog's title names, without the word for the blog it adds after a space; null for none} */
    @CheckForNull
    static String groupOf(@CheckForNull String blogTitle) {
        if (blogTitle == null) {
            return null;
        }
        java.util.regex.Matcher m = BLOG_WORD.matcher(blogTitle.strip());
        return m.matches() ? m.group(1) : blogTitle;
    }

    /**
     * {@return the records extracted from a post read from a capture of it, which their provenance names}
     *
     * @param post the post
     * @param from where in the input it was read, for problem locations
     * @param capture the capture it was read from, as a person would name it ({@code WARC record
     *     <urn:uuid:...> of https://... captured 2019-04-09T11:15:30Z}), or null
     */
    public List<CivicRecord> records(BlogPost post, String from, @CheckForNull String capture) {
        List<String> lines = post.body().stream().map(BodyLine::text).toList();
        List<Integer> sourceLines = post.body().stream().map(BodyLine::sourceLine).toList();
        // posts that state no permalink of their own share the page's; the n-th of them gets its own key
        int seen = keysSeen.merge(post.key(), 1, Integer::sum);
        String key = seen == 1 ? post.key() : post.key() + "-" + seen;
        PostText text = new PostText(post.permalink(), key, post.title(), post.published(), lines, sourceLines,
                group != null ? group : groupOf(post.blogTitle()));
        String[] running = {""};
        // a heuristic that cannot read a paragraph is a warning: the rest of the post is read, in every mode
        Extraction out = new Extraction(text, capture == null ? "" : capture + "; ", (block, e) -> problems.warn(new DataException(
                new Location(from, block.sourceLine(), 0, 0, null), running[0] + " could not read this paragraph of "
                + post.permalink() + ": " + e.getMessage(), e), block.text()));
        for (Extractor x : extractors) {
            running[0] = x.id();
            x.extract(text, out);
        }
        return out.records();
    }
}
