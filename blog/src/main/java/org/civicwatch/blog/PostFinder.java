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
            + " classic template entries (div.blogbody with h3.title and div.text), Excite Blog posts (div.POST_BODY),"
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
            found = classicEntries();
        }
        if (found.isEmpty()) {
            found = exblogPosts();
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

    /** The time a Hatena Diary section's footer ends with: "Permalink | コメント(1) | トラックバック(0) | 20:34". */
    private static final Pattern FOOTER_TIME = Pattern.compile("\\|\\s*(\\d{1,2}):(\\d{2})\\s*$");

    /**
     * Posts of a Hatena Diary page (d.hatena.ne.jp, hatenadiary.org): each {@code div.section} of a {@code div.day}
     * is a post of its own, dated by the day's {@code span.date} ({@code 2009-03-16}) and the time its footer ends with,
     * its permalink the link of its {@code h3} ({@code /ID/20090316/1237203258}), its title the heading's text after the
     * section mark and the {@code [category]}; the heading and the footer are no part of its text.
     */
    private List<BlogPost> hatenaDiarySections() {
        List<BlogPost> out = new ArrayList<>();
        for (Element day : page.select("div.day")) {
            Element date = day.selectFirst("h2 .date");
            LocalDate on = null;
            try {
                on = date == null ? null : LocalDate.parse(date.text().strip());
            } catch (DateTimeParseException notIso) {
                on = null;
            }
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
                When published = on == null ? null : When.of(on);
                Matcher time = footer == null ? null : FOOTER_TIME.matcher(footer.text());
                if (on != null && time != null && time.find() && Integer.parseInt(time.group(1)) < 24
                        && Integer.parseInt(time.group(2)) < 60) {
                    published = When.ofMinute(on.atTime(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)))
                            .atOffset(When.JAPAN));
                }
                if (heading != null) {
                    heading.remove();
                }
                if (footer != null) {
                    footer.remove();
                }
                String cat = category == null ? null : category.text().replaceAll("^\\[|\\]$", "");
                out.add(post(link == null ? null : Permalinks.normalize(link.absUrl("href")), title, published, cat,
                        Markup.HATENA_DIARY, copy));
            }
        }
        return out;
    }

    /** The time after "at" in a classic template's byline: "posted by 事務局 at 22:05| Comment(1) | …". */
    private static final Pattern POSTED_AT = Pattern.compile("(?i)\\bat\\s*+(\\d{1,2}):(\\d{2})(?!\\d)");

    /**
     * Posts of the classic blog template Seesaa and older Movable Type blogs share: a {@code div.blogbody} with its
     * {@code h3.title} (the permalink its link) and its text in {@code div.text}, dated by the {@code h2.date} before
     * it in its column ({@code 2017年06月20日}) and the time of its byline ({@code div.posted}: "posted by … at
     * 22:05"), the category the byline links to; a comment's box, with no title and no text, is no post.
     */
    private List<BlogPost> classicEntries() {
        List<BlogPost> out = new ArrayList<>();
        for (Element entry : page.select("div.blogbody")) {
            Element title = entry.selectFirst("h3.title");
            Element text = entry.selectFirst("div.text");
            if (title == null || text == null) {
                continue;
            }
            When day = null;
            for (Element at = entry; at != null && day == null; at = at.parent()) {
                for (Element before = at.previousElementSibling(); before != null; before = before.previousElementSibling()) {
                    if (before.is("h2.date")) {
                        day = date(before.text());
                        break;
                    }
                }
            }
            Element posted = entry.selectFirst(".posted");
            Matcher time = posted == null ? null : POSTED_AT.matcher(posted.text());
            LocalDate on = day == null || day.isInterval() ? null : day.firstDay().orElse(null);
            When published = day;
            if (on != null && !day.edtf().contains("T") && time != null && time.find() && Integer.parseInt(time.group(1)) < 24
                    && Integer.parseInt(time.group(2)) < 60) {
                published = When.ofMinute(on.atTime(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)))
                        .atOffset(When.JAPAN));
            }
            Element link = title.selectFirst("a[href]");
            Element category = posted == null ? null : posted.selectFirst("a[href*=/category/]");
            out.add(post(link == null ? null : Permalinks.normalize(link.absUrl("href")), title.text(), published,
                    category == null ? null : category.text(), Markup.CLASSIC, text));
        }
        return out;
    }

    /** The time an Excite Blog post's tail gives: "by yukemuri27 | 2018-10-09 21:18 | 情報公開 | Comments(2)". */
    private static final Pattern TAIL_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[\\sT]+(\\d{1,2}):(\\d{2})");
    /** An Excite Blog post's own address: "https://ID.exblog.jp/28712345/". */
    private static final Pattern EXBLOG_POST = Pattern.compile("^https?://[^/]+/\\d+/?(?:#.*)?$");

    /**
     * Posts of an Excite Blog page: each {@code div.POST_BODY}, in its {@code div.post} with the title in
     * {@code .postTitle} (or {@code h2.subj}), dated by the minute its {@code .POST_TAIL} gives ("2018-10-09 21:18"),
     * else the day of {@code .postDate} ("2018年 10月 09日"); the permalink the tail's link to the post, the category
     * the tail's link to one ({@code /i3/}).
     */
    private List<BlogPost> exblogPosts() {
        List<BlogPost> out = new ArrayList<>();
        for (Element body : page.select("div.POST_BODY")) {
            Element entry = body.closest("div.post");
            Element scope = entry == null ? body.parent() : entry;
            Element title = scope == null ? null : scope.selectFirst(".postTitle, h2.subj");
            Element tail = scope == null ? null : scope.selectFirst(".POST_TAIL");
            Element day = scope == null ? null : scope.selectFirst(".postDate");
            When published = day == null ? null : date(day.text().replaceAll("[\\s　]+", ""));
            Matcher minute = tail == null ? null : TAIL_TIME.matcher(tail.text());
            if (minute != null && minute.find() && Integer.parseInt(minute.group(2)) < 24 && Integer.parseInt(minute.group(3)) < 60) {
                try {
                    published = When.ofMinute(LocalDate.parse(minute.group(1))
                            .atTime(Integer.parseInt(minute.group(2)), Integer.parseInt(minute.group(3))).atOffset(When.JAPAN));
                } catch (DateTimeParseException notADay) {
                    // the day above stands
                }
            }
            String permalink = null;
            String category = null;
            for (Element a : tail == null ? List.<Element>of() : tail.select("a[href]")) {
                String href = a.absUrl("href");
                if (permalink == null && EXBLOG_POST.matcher(href).matches()) {
                    permalink = Permalinks.normalize(href);
                } else if (category == null && href.matches("^https?://[^/]+/i\\d+/?$")) {
                    category = a.text();
                }
            }
            out.add(post(permalink, title == null ? null : title.text(), published, category, Markup.EXBLOG, body));
        }
        return out;
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
        for (String query : new String[] {"[itemprop=articleBody]", ".e-content", "article", "main"}) {
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
        if (site != null && !site.equalsIgnoreCase("goo blog") && !site.equalsIgnoreCase("gooブログ")) {
            return site;
        }
        for (String title : new String[] {meta("og:title"), page.title()}) {
            int dash = title == null ? -1 : title.lastIndexOf(" - ");
            if (dash > 0 && dash + 3 < title.length()) {
                return title.substring(dash + 3).strip();
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
