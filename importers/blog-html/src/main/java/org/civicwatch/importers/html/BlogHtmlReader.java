package org.civicwatch.importers.html;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.CheckForNull;
import org.civicwatch.importers.html.BlogPost.BodyLine;
import org.civicwatch.importers.html.internal.Extraction;
import org.civicwatch.importers.html.internal.Extractor;
import org.civicwatch.importers.html.internal.PostText;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;
import org.civicwatch.spi.Cancellation;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.Problems;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.importers.html.internal.Permalinks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads one page: parses it whole (its size is bounded by an option), then extracts post by post and
 * yields the records one at a time.
 */
final class BlogHtmlReader implements RecordReader {
    private final String source;
    private final Problems problems;
    private final List<Extractor> extractors;
    private final List<BlogPost> posts;
    private final Deque<CivicRecord> pending = new ArrayDeque<>();
    private final Map<String, Integer> keysSeen = new HashMap<>();
    private final DatasetInfo info;
    private int nextPost;
    private long returned;
    private boolean closed;

    BlogHtmlReader(InputStream in, String source, ReadSettings settings) throws IOException {
        this.source = source;
        this.problems = new Problems(settings.options());
        this.extractors = settings.extractors();
        String baseUrl = settings.baseUrl();
        byte[] bytes = PageDecoder.readBounded(in, settings.maxInputBytes(), source);
        String html = withoutNoncharacters(PageDecoder.decode(bytes, settings.charset(), source));
        Document page;
        try {
            page = Parser.htmlParser().setTrackPosition(true).parseInput(html, baseUrl == null ? "" : baseUrl);
        } catch (RuntimeException e) {
            throw new DataException(Location.of(source), "cannot parse the page as HTML: " + e.getMessage(), e);
        }
        String pageUrl = baseUrl != null ? baseUrl : ownUrl(page);
        if (baseUrl == null && pageUrl != null && page.selectFirst("base[href]") == null) {
            page.setBaseUri(pageUrl);
        }
        Optional<Dataset> embedded = EmbeddedDataset.find(page, source);
        if (embedded.isPresent()) {
            this.posts = List.of();
            this.info = embedded.get().info();
            embedded.get().records().forEach(pending::add);
        } else {
            PostFinder finder = new PostFinder(page, pageUrl == null ? source : pageUrl, source,
                    e -> problems.report(e, null));
            this.posts = finder.find();
            if (posts.isEmpty() && !finder.isBlogPage() && !cutShort(html)) {
                // Reading an ordinary web page as a blog gives nothing: say what was looked for instead (a
                // page cut short is told below, as that is what to fix).
                Element body = page.body();
                int line = !html.isBlank() && body.sourceRange().isTracked()
                        ? Math.max(1, body.sourceRange().start().lineNumber()) : 1;
                problems.report(new DataException(Location.at(source, line, 0), html.isBlank()
                        ? "the page is empty: it has no text at all. Check that it was saved completely"
                        : "no blog post found on this page: looked for " + PostFinder.LOOKED_FOR + ", and for a"
                        + " civicwatch dataset embedded as JSON-LD. Save the post's own page, or read a dataset in"
                        + " its own format"), null);
            }
            this.info = info(page, posts);
        }
        if (cutShort(html)) {
            problems.report(new DataException(Location.at(source, html.lines().count(), 0), "the page ends before"
                    + " its closing </html> tag: it was cut short, and what it held after the cut is missing ("
                    + (embedded.isPresent() ? "its embedded dataset was read whole" : posts.size() + " posts were"
                    + " found before it)") + ". Save or download the page again; read it leniently to keep what is"
                    + " there"), null);
        }
    }

    /**
     * Text without U+FFFE and U+FFFF: jsoup (as other HTML parsers) takes U+FFFF for the end of the input
     * and would silently drop the rest of the page, and the model refuses both. The first is reported
     * (strict reading fails there); leniently, each becomes U+FFFD and the page is read whole.
     */
    private String withoutNoncharacters(String html) {
        int at = -1;
        for (int i = 0; i < html.length() && at < 0; i++) {
            char c = html.charAt(i);
            if (c == '\uFFFE' || c == '\uFFFF') {
                at = i;
            }
        }
        if (at < 0) {
            return html;
        }
        long line = html.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        long column = at - html.lastIndexOf('\n', at - 1);
        problems.report(new DataException(Location.at(source, line, column), "the page holds U+"
                + Integer.toHexString(html.charAt(at)).toUpperCase(java.util.Locale.ROOT) + ", a noncharacter at which"
                + " HTML parsers stop reading, so the rest of the page would be lost; remove it from the page, or read"
                + " it leniently to have it read as U+FFFD"), null);
        return html.replace('\uFFFE', '\uFFFD').replace('\uFFFF', '\uFFFD');
    }

    /**
     * A document (it opens with a doctype or {@code <html>}) that does not close its {@code <html>}: a page
     * saved or downloaded only in part. A fragment, which opens with neither, is whole as it is.
     */
    static boolean cutShort(String html) {
        String start = html.stripLeading();
        String head = start.substring(0, Math.min(start.length(), 16)).toLowerCase(java.util.Locale.ROOT);
        if (!head.startsWith("<!doctype html") && !head.startsWith("<html")) {
            return false;
        }
        String end = html.stripTrailing();
        String tail = end.substring(Math.max(0, end.length() - 64)).toLowerCase(java.util.Locale.ROOT);
        return !tail.contains("</html");
    }

    /** The page's own URL: its canonical link, else its og:url. */
    @CheckForNull
    private static String ownUrl(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = canonical == null ? null : Permalinks.normalize(canonical.attr("href"));
        if (url == null) {
            Element og = page.selectFirst("meta[property=og:url][content]");
            url = og == null ? null : Permalinks.normalize(og.attr("content"));
        }
        return url;
    }

    private static DatasetInfo info(Document page, List<BlogPost> posts) {
        List<Link> sources = new ArrayList<>();
        var permalinks = new LinkedHashSet<String>();
        for (BlogPost p : posts) {
            if (Permalinks.normalize(p.permalink()) != null && permalinks.add(p.permalink())) {
                sources.add(new Link(p.permalink(), p.title(), LinkKind.BLOG_POST, p.published()));
            }
        }
        String title = posts.size() == 1 && posts.get(0).title() != null ? posts.get(0).title() : page.title();
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang").strip();
        return new DatasetInfo(title, null, null, null, lang.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") ? lang : null,
                null, sources);
    }

    /** The posts found on the page (none when it carries an embedded dataset). */
    List<BlogPost> posts() {
        return posts;
    }

    @Override
    @CheckForNull
    public CivicRecord next() throws IOException {
        if (closed) {
            throw new IOException("the reader of " + source + " is closed");
        }
        while (pending.isEmpty() && nextPost < posts.size()) {
            Cancellation.check("extracting records from the posts of " + source);
            extract(posts.get(nextPost++));
        }
        CivicRecord r = pending.poll();
        if (r != null) {
            returned++;
        }
        return r;
    }

    private void extract(BlogPost post) {
        List<String> lines = post.body().stream().map(BodyLine::text).toList();
        List<Integer> sourceLines = post.body().stream().map(BodyLine::sourceLine).toList();
        // posts that state no permalink of their own share the page's; the n-th of them gets its own key
        int seen = keysSeen.merge(post.key(), 1, Integer::sum);
        String key = seen == 1 ? post.key() : post.key() + "-" + seen;
        PostText text = new PostText(post.permalink(), key, post.title(), post.published(), lines,
                sourceLines);
        String[] running = {""};
        Extraction out = new Extraction(text, (block, e) -> problems.report(new DataException(
                new Location(source, block.sourceLine(), 0, 0, null), running[0] + " could not read this paragraph of "
                + post.permalink() + ": " + e.getMessage(), e), block.text()));
        for (Extractor x : extractors) {
            running[0] = x.id();
            x.extract(text, out);
        }
        pending.addAll(out.records());
    }

    @Override
    public DatasetInfo info() {
        return info;
    }

    /** True: the info comes from the whole page, parsed when the reader opens. */
    @Override
    public boolean infoComplete() {
        return true;
    }

    @Override
    public Location location() {
        return Location.of(source).inRecord(returned);
    }

    @Override
    public List<Problem> problems() {
        return problems.list();
    }

    @Override
    public void close() {
        closed = true;
    }
}
