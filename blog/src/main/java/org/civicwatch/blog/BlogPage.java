package org.civicwatch.blog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.CheckForNull;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Problems;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One page read: decoded (a byte order mark, the charset given, the page's own declaration, else strict
 * UTF-8 or windows-31j), parsed whole, and its posts found, or the civicwatch dataset it embeds as JSON-LD.
 * What is wrong with the page but leaves it readable (a page cut short, a bad JSON-LD block, no post at
 * all) goes to the {@link Problems} given, which throws in strict mode; what makes it unreadable (not a
 * page, bytes not in its character set, too large) is a {@link DataException}. A page saved from the
 * Wayback Machine reads as the original (its toolbar removed, its {@code /web/TIMESTAMP/original} links
 * turned back into the originals) and names its capture time ({@link #capture()}).
 *
 * <pre>{@code
 * BlogPage page = BlogPage.read(bytes, targetUri, "EUC-JP", "crawl.warc.gz#record 12", settings, problems);
 * page.posts().forEach(...);
 * }</pre>
 */
public final class BlogPage {
    /** What is looked for on a page, as a person would check a page for it. */
    public static final String LOOKED_FOR = PostFinder.LOOKED_FOR;

    private final String source;
    private final List<BlogPost> posts;
    @CheckForNull
    private final Dataset embedded;
    private final DatasetInfo info;
    @CheckForNull
    private final String capture;

    private BlogPage(String source, List<BlogPost> posts, @CheckForNull Dataset embedded, DatasetInfo info,
                     @CheckForNull String capture) {
        this.source = source;
        this.capture = capture;
        this.posts = List.copyOf(posts);
        this.embedded = embedded;
        this.info = info;
    }

    /**
     * Reads a page from a stream, at most {@link BlogSettings#maxInputBytes()} of it, with the URL and
     * character set the settings give.
     *
     * @param in the page's bytes; not closed
     * @param source the input's name, for error locations
     * @param settings what to read
     * @param problems where problems go
     * @return the page
     * @throws IOException when reading fails
     * @throws DataException when the page is larger than allowed, or unreadable
     */
    public static BlogPage read(InputStream in, String source, BlogSettings settings, Problems problems)
            throws IOException {
        return read(PageDecoder.readBounded(in, settings.maxInputBytes(), source), null, null, source, settings,
                problems);
    }

    /**
     * Reads a page from its bytes.
     *
     * @param bytes the page
     * @param url the page's URL (a web archive's target URI), or null for the settings' base URL or the
     *     page's own canonical link
     * @param charset the character set the page was served in (an HTTP {@code Content-Type}), or null for
     *     the settings' one or detection
     * @param source the input's name, for error locations
     * @param settings what to read
     * @param problems where problems go
     * @return the page
     * @throws DataException when the page is larger than allowed, or unreadable
     */
    public static BlogPage read(byte[] bytes, @CheckForNull String url, @CheckForNull String charset, String source,
                                BlogSettings settings, Problems problems) {
        if (bytes.length > settings.maxInputBytes()) {
            throw PageDecoder.tooLarge(source, settings.maxInputBytes());
        }
        String given = url != null && Permalinks.normalize(url) != null ? url : settings.baseUrl();
        String baseUrl = given == null ? null : Permalinks.normalize(Wayback.original(given));
        String html = withoutNoncharacters(PageDecoder.decode(bytes, charset != null ? charset : settings.charset(),
                source, e -> problems.report(e, null)), source, problems);
        Document page;
        try {
            page = Parser.htmlParser().setTrackPosition(true).parseInput(html, baseUrl == null ? "" : baseUrl);
        } catch (RuntimeException e) {
            throw new DataException(Location.of(source), "cannot parse the page as HTML: " + e.getMessage(), e);
        }
        String stamp = Wayback.restore(page, given);
        String pageUrl = baseUrl != null ? baseUrl : ownUrl(page);
        if (baseUrl == null && pageUrl != null && page.selectFirst("base[href]") == null) {
            page.setBaseUri(pageUrl);
        }
        Optional<Dataset> embedded = EmbeddedDataset.find(page, source, e -> problems.report(e, null));
        List<BlogPost> posts;
        DatasetInfo info;
        if (embedded.isPresent()) {
            posts = List.of();
            info = embedded.get().info();
        } else {
            PostFinder finder = new PostFinder(page, pageUrl == null ? source : pageUrl, source,
                    e -> problems.report(e, null));
            posts = finder.find();
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
            info = info(page, posts);
        }
        if (cutShort(html)) {
            problems.report(new DataException(Location.at(source, html.lines().count(), 0), "the page ends before"
                    + " its closing </html> tag: it was cut short, and what it held after the cut is missing ("
                    + (embedded.isPresent() ? "its embedded dataset was read whole" : posts.size() + " posts were"
                    + " found before it)") + ". Save or download the page again; read it leniently to keep what is"
                    + " there"), null);
        }
        return new BlogPage(source, posts, embedded.orElse(null), info,
                stamp == null ? null : "Wayback Machine capture of " + Wayback.instant(stamp));
    }

    /**
     * {@return the capture the page is, for provenance ({@code Wayback Machine capture of
     * 2019-04-09T11:15:30Z}), or null for a page saved from the blog itself}
     */
    @CheckForNull
    public String capture() {
        return capture;
    }

    /** {@return the input's name} */
    public String source() {
        return source;
    }

    /** {@return the posts found on the page, in page order (none when it embeds a dataset)} */
    public List<BlogPost> posts() {
        return posts;
    }

    /** {@return the civicwatch dataset the page embeds as JSON-LD (what the blog HTML exporter writes), if any} */
    public Optional<Dataset> embedded() {
        return Optional.ofNullable(embedded);
    }

    /** {@return the page as a dataset's info: its title, language, and its posts as sources} */
    public DatasetInfo info() {
        return info;
    }

    /**
     * Text without U+FFFE and U+FFFF: jsoup (as other HTML parsers) takes U+FFFF for the end of the input
     * and would silently drop the rest of the page, and the model refuses both. The first is reported
     * (strict reading fails there); leniently, each becomes U+FFFD and the page is read whole.
     */
    private static String withoutNoncharacters(String html, String source, Problems problems) {
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
                + Integer.toHexString(html.charAt(at)).toUpperCase(Locale.ROOT) + ", a noncharacter at which"
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
        String head = start.substring(0, Math.min(start.length(), 16)).toLowerCase(Locale.ROOT);
        if (!head.startsWith("<!doctype html") && !head.startsWith("<html")) {
            return false;
        }
        int end = trimmedEnd(html, html.length());
        // Comments after the end of the page are not page: the Wayback Machine signs its captures so
        // ("<!-- FILE ARCHIVED ON ... -->"), and so do some caches and savers.
        while (html.startsWith("-->", end - 3)) {
            int open = html.lastIndexOf("<!--", end - 3);
            if (open < 0) {
                break;
            }
            end = trimmedEnd(html, open);
        }
        String tail = html.substring(Math.max(0, end - 64), end).toLowerCase(Locale.ROOT);
        return !tail.contains("</html");
    }

    /** {@return where the text before {@code end} ends once white space is left off} */
    private static int trimmedEnd(String s, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return e;
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
}
