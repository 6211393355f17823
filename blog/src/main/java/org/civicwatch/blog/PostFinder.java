package org.civicwatch.blog;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.blog.BlogPost.BodyLine;
import org.civicwatch.blog.BlogPost.Markup;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.When;
import org.civicwatch.spi.DataException;
import org.civicwatch.text.JapaneseDates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the posts on a page, by the most trusted markup the page has: goo blog entries (skipping the
 * advertisement box that is dressed as one), the goo {@code /arcv} list, h-entry and hAtom microformats, schema.org
 * JSON-LD ({@code BlogPosting}, {@code NewsArticle}), OpenGraph, and last a plain {@code <article>}.
 */
final class PostFinder {
    private static final String GOO_EMPTY = "該当する記事はありません。";
    private static final Pattern ARCV_TAIL = Pattern.compile("\\(([^|()]*)\\|\\s*([^()]*?)\\s*\\)\\s*(.*)",
            Pattern.DOTALL);

    private final Document page;
    private final String pageUrl;
    private final String source;
    private final Consumer<DataException> problems;

    /**
     * @param page the parsed page
     * @param pageUrl the page's own URL (normalised), or a name for it, for posts that state no permalink
     * @param source the input's name, for error locations
     * @param problems receives bad JSON-LD blocks (it may throw, to stop)
     */
    public PostFinder(Document page, String pageUrl, String source, Consumer<DataException> problems) {
        this.page = page;
        this.pageUrl = pageUrl;
        this.source = source;
        this.problems = problems;
    }

    /** What {@link #find()} looks for, as a person would check a page for it. */
    public static final String LOOKED_FOR = "goo blog entries (div.entry) or its archive list (span.mod-arcv-tit),"
            + " h-entry microformats (.h-entry), hAtom entries (.hentry with .entry-content), Hatena Diary sections (div.day div.section),"
            + " the templates of Seesaa, Excite Blog, JUGEM and Rakuten Blog (div.blogbody, div.POST_BODY, div.entry_body, div.diaryText),"
            + " schema.org JSON-LD (BlogPosting, NewsArticle, Article), OpenGraph"
            + " tags of an article (og:type article) and <article> elements";

    /**
     * {@return whether the page is a blog's own page even when it holds no post (a goo blog archive page
     * with nothing in it), so that finding none there is no problem}
     */
    public boolean isBlogPage() {
        return isGooPage();
    }

    /** The page's posts, in page order, by the most trusted markup that finds any. */
    public List<BlogPost> find() {
        if (isGooPage()) {
            List<BlogPost> goo = gooEntries();
            return goo.isEmpty() ? gooArchiveList() : goo;
        }
        List<BlogPost> found = hEntries();
        if (found.isEmpty()) {
            found = hAtomEntries();
        }
        if (found.isEmpty()) {
            found = hatenaDiarySections();
        }
        if (found.isEmpty()) {
            found = templateEntries();
        }
        if (found.isEmpty()) {
            found = jsonLd();
        }
        if (found.isEmpty()) {
            found = openGraph();
        }
        if (found.isEmpty()) {
            found = articles();
        }
        return found;
    }

    private boolean isGooPage() {
        return !page.select("div.entry-body-text, div.mod-entry-set, span.mod-arcv-tit").isEmpty()
                || "goo blog".equalsIgnoreCase(meta("og:site_name"));
    }

    private List<BlogPost> gooEntries() {
        List<BlogPost> out = new ArrayList<>();
        for (Element entry : page.select("div.entry")) {
            Element time = entry.selectFirst(".entry-top-info-time");
            Element h3 = entry.selectFirst("h3");
            boolean advert = entry.closest("aside") != null
                    || time == null && (h3 == null || h3.text().strip().equals("広告"));
            Element body = entry.selectFirst(".entry-body-text");
            if (body == null) {
                body = entry.selectFirst(".entry-body");
            }
            if (advert || body == null || body.text().strip().equals(GOO_EMPTY)) {
                continue;
            }
            Element link = h3 == null ? null : h3.selectFirst("a[href]");
            String permalink = link == null ? null : Permalinks.normalize(link.absUrl("href"));
            When published = time != null ? date(time.text()) : null;
            Element info = entry.selectFirst(".entry-top-info");
            if (published == null && info != null) {
                published = firstDate(info.text());
            }
            Element category = entry.selectFirst(".entry-top-info-category");
            out.add(post(permalink, h3 == null ? null : h3.text(), published,
                    category == null ? null : category.text(), Markup.GOO_BLOG, body));
        }
        return out;
    }

    private List<BlogPost> gooArchiveList() {
        List<BlogPost> out = new ArrayList<>();
        for (Element a : page.select("span.mod-arcv-tit > a[href]")) {
            Element span = a.parent();
            Element item = span == null || span.parent() == null ? span : span.parent();
            String after = item == null ? "" : item.text().substring(Math.max(0, item.text().indexOf(a.text()))
                    + a.text().length());
            Matcher m = ARCV_TAIL.matcher(after.strip());
            When published = null;
            String category = null;
            List<BodyLine> firstLines = List.of();
            if (m.lookingAt()) {
                published = date(m.group(1).strip());
                category = m.group(2).isBlank() ? null : m.group(2).strip();
                if (!m.group(3).isBlank()) {
                    firstLines = List.of(new BodyLine(m.group(3).strip(), line(a)));
                }
            }
            String permalink = Permalinks.normalize(a.absUrl("href"));
            out.add(new BlogPost(permalink == null ? pageUrl + "#" + (out.size() + 1) : permalink, blank(a.text()),
                    published, category, blogTitle(), Markup.GOO_ARCHIVE_LIST, firstLines, List.of(), List.of()));
        }
        return out;
    }

    private List<BlogPost> hEntries() {
        List<BlogPost> out = new ArrayList<>();
        for (Element e : page.select(".h-entry")) {
            Element name = e.selectFirst(".p-name");
            Element url = e.selectFirst(".u-url");
            Element published = e.selectFirst(".dt-published");
            Element category = e.selectFirst(".p-category");
            Element content = e.selectFirst(".e-content");
            String href = url == null ? null : url.hasAttr("href") ? url.absUrl("href") : url.text();
            When when = published == null ? null
                    : date(published.hasAttr("datetime") ? published.attr("datetime") : published.text());
            out.add(post(Permalinks.normalize(href), name == null ? null : name.text(), when,
                    category == null ? null : category.text(), Markup.H_ENTRY, content == null ? e : content));
        }
        return out;
    }

    /**
     * Posts in the older hAtom microformat, as livedoor Blog, Blogger and many WordPress themes mark them: an
     * {@code .hentry} with its {@code .entry-title}, {@code .entry-content} and {@code .published} (an
     * {@code <abbr title>} or a {@code <time datetime>}, else its text), the permalink the title's link or
     * {@code rel=bookmark}. Only entries holding their content count, so a list of titles is no post.
     */
    private List<BlogPost> hAtomEntries() {
        List<BlogPost> out = new ArrayList<>();
        for (Element e : page.select(".hentry")) {
            Element content = e.selectFirst(".entry-content");
            if (content == null || e.parents().stream().anyMatch(p -> p.hasClass("hentry"))) {
                continue;
            }
            Element title = e.selectFirst(".entry-title");
            Element link = e.selectFirst(".entry-title a[href], a[rel=bookmark][href]");
            Element published = e.selectFirst(".published");
            if (published == null) {
                published = e.selectFirst(".updated");
            }
            When when = null;
            if (published != null) {
                String stamp = published.hasAttr("datetime") ? published.attr("datetime")
                        : published.hasAttr("title") ? published.attr("title") : published.text();
                when = date(stamp);
            }
            Element category = e.selectFirst("[rel=tag]");
            out.add(post(link == null ? null : Permalinks.normalize(link.absUrl("href")), title == null ? null : title.text(),
                    when, category == null ? null : category.text(), Markup.H_ATOM, content));
        }
        return out;
    }

    /**
     * Posts of a Hatena Diary page (d.hatena.ne.jp, hatenadiary.org): each {@code div.section} of a {@code div.day}
     * is a post of its own, dated by the day's {@code span.date} ({@code 2009-03-16}) and the time its footer gives
     * ("Permalink | コメント(1) | 20:34"),
     * its permalink the link of its {@code h3} ({@code /ID/20090316/1237203258}), its title the heading's text after the
     * section mark and the {@code [category]}; the heading and the footer are no part of its text.
     */
    private List<BlogPost> hatenaDiarySections() {
        List<BlogPost> out = new ArrayList<>();
        for (Element day : page.select("div.day")) {
            When onDay = dayOf(day.selectFirst("h2 .date"));
            for (Element section : day.select("div.section")) {
                Element copy = section.clone();
                Element heading = copy.selectFirst("h3");
                Element footer = copy.selectFirst(".sectionfooter");
                // the original's link, which resolves against the page's address (a copy stands alone)
                Element link = section.selectFirst("h3 a[href]");
                Element category = heading == null ? null : heading.selectFirst(".sectioncategory");
                String title = null;
                if (heading != null) {
                    Element named = heading.clone();
                    named.select(".sanchor, .sectioncategory").remove();
                    title = named.text();
                }
                When published = footer == null ? onDay : minuteOf(onDay, footer.text());
                if (heading != null) {
                    heading.remove();
                }
                if (footer != null) {
                    footer.remove();
                }
                String cat = category == null ? null : BRACKETS.matcher(category.text().strip()).replaceAll("");
                out.add(post(link == null ? null : Permalinks.normalize(link.absUrl("href")), title, published, cat,
                        Markup.HATENA_DIARY, copy));
            }
        }
        return out;
    }

    /**
     * A blog service's own template: the element of a post, its text, its title, its day (else the {@code h2.date}
     * above it in its column) and the byline or tail that gives its time, permalink and category.
     */
    private record Template(String entry, String body, String title, @CheckForNull String day, @CheckForNull String tail) {
    }

    /** The templates of Seesaa and older Movable Type blogs, Excite Blog, JUGEM and Rakuten Blog, in that order. */
    private static final List<Template> TEMPLATES = List.of(
            new Template("div.blogbody", "div.text", "h3.title", null, ".posted"),
            new Template("div.post", "div.POST_BODY", ".postTitle, h2.subj", ".postDate", ".POST_TAIL"),
            new Template("div.entry", "div.entry_body, div.entry_more", ".entry_title", ".entry_date", ".entry_state"),
            new Template("div.diaryBox", "div.diaryText", ".diaryTitle", ".diaryDate", null));
    /** A tail's link to its post: "https://ID.exblog.jp/28712345/", "…/article/451230987.html", "…/diary/201906080000/". */
    private static final Pattern POST_LINK = Pattern.compile("^https?://[^/]+/(?:\\d+/?|[^?#]*/(?:article|entry|diary)/[^?#]+)(?:#.*)?$");
    /** A tail's link to a category: "…/category/25431876-1.html", "…/i3/", "…/?cid=3". */
    private static final Pattern CATEGORY_LINK = Pattern.compile("^https?://[^?#]+(?:/category/[^?#]+|/i\\d+/?|[?&]cid=\\d+)$");
    /** The spaces a day's heading puts after 年 and 月: "2018年 10月 09日". */
    private static final Pattern DATE_SPACES = Pattern.compile("(?<=[年月])[\\s　]++");
    /** The brackets around a Hatena Diary section's category: "[情報公開]". */
    private static final Pattern BRACKETS = Pattern.compile("^\\[|\\]$");
    /** A day in a tail, before its time: "2018-10-09 21:18", "2019/06/08 07:52 PM". */
    private static final Pattern TAIL_DAY = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    /** A time in a tail: "at 22:05", "| 21:48 |", "07:52 PM". */
    private static final Pattern TAIL_TIME = Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2})(?![\\d:])(?:\\s*([AaPp][Mm]))?");

    /**
     * Posts of a blog service's template ({@link #TEMPLATES}): each element of a post holding its text (a comment's box,
     * with no title or no text, is none), its title the template's, dated by its day (its own, else the
     * {@code h2.date} above it: "2017年06月20日", "2018.10.10 Wednesday", "2018年 10月 09日") and the minute its tail
     * gives ("posted by … at 22:05", "2018-10-09 21:18", "| 21:48 |"), its permalink the title's link or the tail's
     * link to the post, its category the tail's link to one.
     */
    private List<BlogPost> templateEntries() {
        for (Template t : TEMPLATES) {
            List<BlogPost> out = new ArrayList<>();
            for (Element entry : page.select(t.entry())) {
                Element title = entry.selectFirst(t.title());
                org.jsoup.select.Elements bodies = entry.select(t.body());
                if (title == null || bodies.isEmpty() || entry.parents().stream().anyMatch(p -> p.is(t.entry()))) {
                    continue;
                }
                Element body = bodies.get(0);
                if (bodies.size() > 1) {
                    // the text and its "read more" part, as one
                    body = new Element("div");
                    for (Element part : bodies) {
                        body.appendChild(part.clone());
                    }
                }
                When day = t.day() == null ? dayAbove(entry) : dayOf(entry.selectFirst(t.day()));
                Element tail = t.tail() == null ? null : entry.selectFirst(t.tail());
                When published = tail == null ? day : minuteOf(day, tail.text());
                Element link = title.selectFirst("a[href]");
                String permalink = link == null ? null : Permalinks.normalize(link.absUrl("href"));
                String category = null;
                for (Element a : tail == null ? List.<Element>of() : tail.select("a[href]")) {
                    String href = a.absUrl("href");
                    if (permalink == null && POST_LINK.matcher(href).matches()) {
                        permalink = Permalinks.normalize(href);
                    } else if (category == null && CATEGORY_LINK.matcher(href).matches()) {
                        category = a.text();
                    }
                }
                out.add(post(permalink, title.text(), published, category, Markup.TEMPLATE, body));
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /** {@return the day an element's text gives ("2018年 10月 09日", "2018.10.10 Wednesday"), or null} */
    @CheckForNull
    private static When dayOf(@CheckForNull Element e) {
        if (e == null) {
            return null;
        }
        String text = DATE_SPACES.matcher(e.text()).replaceAll("");
        Matcher dotted = TAIL_DAY.matcher(text);
        if (dotted.find()) {
            try {
                return When.of(LocalDate.of(Integer.parseInt(dotted.group(1)), Integer.parseInt(dotted.group(2)),
                        Integer.parseInt(dotted.group(3))));
            } catch (java.time.DateTimeException noSuchDay) {
                return null;
            }
        }
        return date(text);
    }

    /** {@return the day of the {@code h2.date} above an element in its column (a day's heading over its posts), or null} */
    @CheckForNull
    private static When dayAbove(Element entry) {
        for (Element at = entry; at != null; at = at.parent()) {
            for (Element before = at.previousElementSibling(); before != null; before = before.previousElementSibling()) {
                if (before.is("h2.date")) {
                    return dayOf(before);
                }
            }
        }
        return null;
    }

    /** {@return the day at the minute a tail gives, on the tail's own day when it gives one; else the day as it is} */
    @CheckForNull
    private static When minuteOf(@CheckForNull When day, String tail) {
        Matcher time = TAIL_TIME.matcher(tail);
        if (!time.find()) {
            return day;
        }
        LocalDate on = day == null || day.isInterval() ? null : day.firstDay().orElse(null);
        Matcher own = TAIL_DAY.matcher(tail.substring(0, time.start()));
        try {
            if (own.find()) {
                on = LocalDate.of(Integer.parseInt(own.group(1)), Integer.parseInt(own.group(2)), Integer.parseInt(own.group(3)));
            }
        } catch (java.time.DateTimeException noSuchDay) {
            return day;
        }
        int hour = Integer.parseInt(time.group(1));
        int minute = Integer.parseInt(time.group(2));
        if (time.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return day;
            }
            hour = hour % 12 + (time.group(3).equalsIgnoreCase("pm") ? 12 : 0);
        }
        if (on == null || hour > 23 || minute > 59 || day != null && day.precision() != When.Precision.DAY) {
            return day;
        }
        return When.ofMinute(on.atTime(hour, minute).atOffset(When.JAPAN));
    }

    private List<BlogPost> jsonLd() {
        List<BlogPost> out = new ArrayList<>();
        for (JsonLd.Script script : JsonLd.scripts(page)) {
            Object tree;
            try {
                tree = JsonLd.parse(script, source);
            } catch (DataException e) {
                problems.accept(e);
                continue;
            }
            for (Map<?, ?> o : JsonLd.objects(tree)) {
                if (!JsonLd.hasType(o, "BlogPosting", "NewsArticle", "Article")) {
                    continue;
                }
                String url = JsonLd.text(o, "url");
                if (url == null) {
                    url = JsonLd.text(o, "mainEntityOfPage");
                }
                String published = JsonLd.text(o, "datePublished");
                String articleBody = JsonLd.text(o, "articleBody");
                String title = JsonLd.text(o, "headline");
                BlogPost p;
                if (articleBody != null) {
                    String permalink = Permalinks.normalize(url);
                    p = new BlogPost(permalink == null ? pageUrl : permalink, title,
                            published == null ? null : date(published), JsonLd.text(o, "articleSection"),
                            blogTitle(), Markup.JSON_LD, BodyText.ofPlain(articleBody, script.sourceLine()), List.of(), List.of());
                } else {
                    p = post(Permalinks.normalize(url), title, published == null ? null : date(published),
                            JsonLd.text(o, "articleSection"), Markup.JSON_LD, mainContent());
                }
                out.add(p);
            }
        }
        return out;
    }

    private List<BlogPost> openGraph() {
        String type = meta("og:type");
        if (type == null || !type.strip().equalsIgnoreCase("article")) {
            return List.of();
        }
        String published = meta("article:published_time");
        String title = meta("og:title");
        String site = meta("og:site_name");
        if (title != null && site != null && title.endsWith(" - " + site)) {
            title = title.substring(0, title.length() - site.length() - 3);
        }
        return List.of(post(Permalinks.normalize(meta("og:url")), title, published == null ? null : date(published),
                meta("article:section"), Markup.OPEN_GRAPH, mainContent()));
    }

    private List<BlogPost> articles() {
        List<BlogPost> out = new ArrayList<>();
        List<Element> outer = page.select("article").stream()
                .filter(a -> a.parents().stream().noneMatch(p -> p.normalName().equals("article")))
                .toList();
        for (Element a : outer) {
            Element copy = a.clone();
            Element heading = copy.selectFirst("h1, h2, h3");
            String title = heading == null ? null : heading.text();
            Element time = copy.selectFirst("time");
            When published = time == null ? null : date(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
            Element bookmark = a.selectFirst("a[rel=bookmark][href]");
            String permalink = bookmark != null ? Permalinks.normalize(bookmark.absUrl("href"))
                    : outer.size() == 1 ? null : pageUrl + "#" + (out.size() + 1);
            copy.select("header, footer, time").remove();
            if (heading != null) {
                heading.remove();
            }
            out.add(post(permalink, title, published, null, Markup.ARTICLE, copy));
        }
        return out;
    }

    /** The element holding a page's main text, for markup that states only metadata. */
    private Element mainContent() {
        for (String query : new String[] {"[itemprop=articleBody]", ".e-content", "[class*=textnote-body]", ".entry-content",
            ".post-content", ".article-body", "article", "main"}) {
            Element e = page.selectFirst(query);
            if (e != null) {
                return e;
            }
        }
        return page.body();
    }

    private BlogPost post(@CheckForNull String permalink, @CheckForNull String title, @CheckForNull When published,
                          @CheckForNull String category, Markup markup, Element body) {
        BodyText text = BodyText.of(body);
        return new BlogPost(permalink == null ? pageUrl : permalink, blank(title), published, blank(category),
                blogTitle(), markup, text.lines(), text.images(), text.links());
    }

    /**
     * The blog's own title: the site the page names, unless that is a hosting service, else what follows the
     * post's title in the page's title ("POST TITLE - BLOG TITLE", as goo blog writes it).
     */
    @CheckForNull
    private String blogTitle() {
        String site = meta("og:site_name");
        if (site != null && !isHost(site)) {
            return site;
        }
        for (String title : new String[] {meta("og:title"), page.title()}) {
            String blog = lastPart(title);
            if (blog != null) {
                return blog;
            }
        }
        return null;
    }

    /** The services that host blogs, whose name a page gives as its site's: no blog's own title. */
    private static final java.util.Set<String> HOSTS = java.util.Set.of("goo blog", "gooブログ", "note", "note（ノート）",
            "ameba", "アメーバブログ", "ameba ブログ", "アメブロ", "はてなブログ", "hatena blog", "はてなダイアリー", "livedoor blog",
            "ライブドアブログ", "fc2ブログ", "fc2 blog", "seesaaブログ", "seesaa blog", "エキサイトブログ", "excite blog", "jugem",
            "楽天ブログ", "yahoo!ブログ");
    /** What a page's title puts between the post's title, the blog's and the service's. */
    // (?<!…) lets a search start only where a run of spaces begins: each run is read once, not once per start.
    private static final Pattern TITLE_PARTS = Pattern.compile("(?<!\\s)\\s++[-|｜]\\s++|｜|:\\s++");

    private static boolean isHost(String name) {
        return HOSTS.contains(name.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * {@return the blog's title a page's title gives after the post's: its last part that is no hosting service
     * ("POST - BLOG", "POST｜BLOG｜note", "POST: BLOG"), or null when it has one part only}
     */
    @CheckForNull
    private static String lastPart(@CheckForNull String title) {
        if (title == null) {
            return null;
        }
        String[] parts = TITLE_PARTS.split(title.strip());
        for (int i = parts.length - 1; i >= 1; i--) {
            String part = parts[i].strip();
            if (!part.isEmpty() && !isHost(part)) {
                return part;
            }
        }
        return null;
    }

    @CheckForNull
    private String meta(String property) {
        Element e = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null ? null : blank(e.attr("content"));
    }

    @CheckForNull
    private static String blank(@CheckForNull String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int line(Element e) {
        return e.sourceRange().isTracked() ? e.sourceRange().start().lineNumber() : 0;
    }

    /**
     * A published date as pages write it: ISO 8601 ({@code 2017-06-13T23:48:00+09:00}; Japan time without a
     * zone) or Japanese ({@code 2006年02月01日 01時35分46秒}); null when it is neither.
     */
    @CheckForNull
    static When date(String text) {
        String t = text.strip();
        try {
            return seconds(OffsetDateTime.parse(t));
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return seconds(LocalDateTime.parse(t).atOffset(When.JAPAN));
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return When.of(LocalDate.parse(t));
        } catch (DateTimeParseException notDate) {
            // try the next form
        }
        try {
            return JapaneseDates.parse(t);
        } catch (ModelException notJapanese) {
            return firstDate(t);
        }
    }

    private static When seconds(OffsetDateTime time) {
        return time.getSecond() == 0 ? When.ofMinute(time) : When.ofSecond(time);
    }

    @CheckForNull
    private static When firstDate(String text) {
        var found = JapaneseDates.findAll(text);
        return found.isEmpty() ? null : found.get(0).value().when();
    }
}
