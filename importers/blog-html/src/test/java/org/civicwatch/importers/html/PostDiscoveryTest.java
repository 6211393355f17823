package org.civicwatch.importers.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civicwatch.blog.BlogPost;
import org.civicwatch.blog.BlogSettings;
import org.civicwatch.blog.Permalinks;
import org.civicwatch.blog.BlogPost.Markup;
import org.civicwatch.model.Dataset;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.StandardOptions;
import org.junit.jupiter.api.Test;

class PostDiscoveryTest {
    static List<BlogPost> posts(String fixture, Options options) throws IOException {
        try (BlogHtmlReader r = new BlogHtmlReader(new ByteArrayInputStream(Fixtures.bytes(fixture)), fixture,
                BlogSettings.of(options.with(BlogHtmlImporter.EXTRACT, "none")))) {
            return r.posts();
        }
    }

    static List<BlogPost> posts(String fixture) throws IOException {
        return posts(fixture, Options.EMPTY);
    }

    static List<BlogPost> postsOf(String html) throws IOException {
        try (BlogHtmlReader r = new BlogHtmlReader(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
                "page.html", BlogSettings.of(Options.EMPTY.with(BlogHtmlImporter.EXTRACT, "none")))) {
            return r.posts();
        }
    }

    @Test
    void findsAGooPostWithItsJapanTimeCategoryImagesAndBody() throws IOException {
        List<BlogPost> posts = posts("ombudsman-post-2017-06.html");
        assertThat(posts).hasSize(1);
        BlogPost p = posts.get(0);
        assertThat(p.markup()).isEqualTo(Markup.GOO_BLOG);
        assertThat(p.permalink()).isEqualTo("https://blog.goo.ne.jp/kensei-watch/e/5b1e0c2d9a8f47e3b6c1d2e3f4a5b6c7");
        assertThat(p.title()).isEqualTo("【調査報告・第三弾】群馬県庁の監視カメラは県民ばかりを見ている");
        assertThat(p.published().edtf()).isEqualTo("2017-06-13T23:48:00+09:00");
        assertThat(p.category()).isEqualTo("県政の監視");
        assertThat(p.images()).hasSize(5).first().isEqualTo("https://blogimg.goo.ne.jp/user_image/kensei-watch/01.jpg");
        assertThat(p.body().get(2).text()).isEqualTo("最初に、1階をくまなく調べてみると、女子トイレ前の廊下の天井に監視カメラが2基取り付けられていた。");
        assertThat(p.body().get(2).sourceLine()).isEqualTo(29);
        assertThat(p.body().get(1).text()).isEmpty();
    }

    @Test
    void findsEveryPostOfAMonthPageButNotTheAdvertisementDressedAsOne() throws IOException {
        List<BlogPost> posts = posts("goo-month.html");
        assertThat(posts).extracting(BlogPost::title).containsExactly("前橋市役所の防犯カメラを数えてきました",
                "公用車の運転日誌の開示請求、結果は不存在");
        assertThat(posts.get(0).permalink()).as("trailing dot, query and http removed")
                .isEqualTo("https://blog.goo.ne.jp/maebashi-note/e/0f0e0d0c0b0a09080706050403020100");
        assertThat(posts.get(0).published().edtf()).as("the other template's time").isEqualTo("2016-11-02T21:15:00+09:00");
        assertThat(posts.get(1).published().edtf()).isEqualTo("2016-11-20T09:05:12+09:00");
        assertThat(posts.get(1).category()).isEqualTo("情報公開");
    }

    @Test
    void readsTheArchiveListWithTitlesTimesAndCategories() throws IOException {
        List<BlogPost> posts = posts("goo-arcv.html", Options.EMPTY.with(BlogHtmlImporter.BASE_URL,
                "https://blog.goo.ne.jp/maebashi-note/arcv"));
        assertThat(posts).hasSize(3).allMatch(p -> p.markup() == Markup.GOO_ARCHIVE_LIST);
        assertThat(posts.get(2).permalink()).isEqualTo("https://blog.goo.ne.jp/maebashi-note/e/99999999999999999999999999999999");
        assertThat(posts.get(2).published().edtf()).isEqualTo("2010-04-18T21:13:41+09:00");
        assertThat(posts).extracting(BlogPost::category).containsExactly("情報公開", "市役所の監視", "議会");
        assertThat(posts.get(0).body()).extracting(BlogPost.BodyLine::text).containsExactly("これまでの経緯は次のとおりです。");
    }

    @Test
    void readsAnHEntry() throws IOException {
        BlogPost p = posts("h-entry.html").get(0);
        assertThat(p.markup()).isEqualTo(Markup.H_ENTRY);
        assertThat(p.permalink()).isEqualTo("https://watch.example.org/2017/07/18/request");
        assertThat(p.published().edtf()).isEqualTo("2017-07-18T20:30+09:00");
        assertThat(p.category()).isEqualTo("情報公開");
        assertThat(p.body().get(0).text()).isEqualTo("本日、次の開示請求書を県に提出しました。");
    }

    @Test
    void readsAnHAtomEntryWithItsAbbrDateAndOnlyItsContent() throws IOException {
        List<BlogPost> posts = posts("h-atom.html");
        assertThat(posts).as("a related-articles box's title-only entry is no post").singleElement().satisfies(p -> {
            assertThat(p.markup()).isEqualTo(Markup.H_ATOM);
            assertThat(p.permalink()).isEqualTo("http://blog.example.jp/minato_mimamori/archives/1201.html");
            assertThat(p.title()).isEqualTo("庁舎のカメラを数えた");
            assertThat(p.published().edtf()).isEqualTo("2021-04-03T20:05+09:00");
            assertThat(p.category()).isEqualTo("市役所");
            assertThat(p.body()).extracting(BlogPost.BodyLine::text).filteredOn(t -> !t.isEmpty())
                    .containsExactly("本日、港市役所の１階を歩きました。", "市民課の窓口の上にカメラが２台ありました。");
        });
        assertThat(Fixtures.read("h-atom.html").sightings()).singleElement()
                .satisfies(s -> assertThat(s.count().value()).isEqualTo(2));
    }

    @Test
    void readsEachSectionOfAHatenaDiaryDayAsAPostWithItsTimeAndTheQuotationsSource() throws IOException {
        List<BlogPost> posts = posts("hatena-diary.html");
        assertThat(posts).hasSize(2).allMatch(p -> p.markup() == Markup.HATENA_DIARY);
        BlogPost first = posts.get(0);
        assertThat(first.permalink()).isEqualTo("http://d.hatena.ne.jp/minato-kaiji/20110602/1307012400");
        assertThat(first.title()).as("no section mark, no category").isEqualTo("港市役所のカメラを数えた");
        assertThat(first.category()).isEqualTo("開示請求");
        assertThat(first.published().edtf()).as("the day and the footer's time").isEqualTo("2011-06-02T19:40+09:00");
        assertThat(first.body()).extracting(BlogPost.BodyLine::text).filteredOn(t -> !t.isEmpty())
                .as("no heading, no footer").containsExactly("今日は港市役所の２階を歩いた。市民課の前の天井にカメラが２台あった。");
        assertThat(posts.get(1).published().edtf()).isEqualTo("2011-06-02T21:05+09:00");
        assertThat(posts.get(1).category()).isNull();
        org.civicwatch.model.Dataset d = Fixtures.read("hatena-diary.html");
        assertThat(d.sightings()).singleElement().satisfies(s -> assertThat(s.count().value()).isEqualTo(2));
        assertThat(d.news()).singleElement().satisfies(n -> {
            assertThat(n.outlet()).isEqualTo("港日報");
            assertThat(n.headline()).as("the site's name after the dash is no part of it").isEqualTo("港市、庁舎のカメラを増設へ");
            assertThat(n.url()).as("the quotation's cite").isEqualTo("http://www.minato-nippo.example.jp/news/20110601-01.html");
            assertThat(n.published().edtf()).isEqualTo("2011-06-01");
        });
    }

    @Test
    void readsAClassicTemplatesEntryWithTheDateAboveItAndTheTimeOfItsBylineAndNoComment() throws IOException {
        BlogPost p = posts("classic-template.html").get(0);
        assertThat(posts("classic-template.html")).as("the comment's box is no post").hasSize(1);
        assertThat(p.markup()).isEqualTo(Markup.TEMPLATE);
        assertThat(p.permalink()).isEqualTo("http://minato-mimamori.seesaa.net/article/12345.html");
        assertThat(p.title()).isEqualTo("公民館のカメラ");
        assertThat(p.published().edtf()).isEqualTo("2016-09-14T21:40+09:00");
        assertThat(p.category()).isEqualTo("公民館");
        assertThat(p.body()).extracting(BlogPost.BodyLine::text).filteredOn(t -> !t.isEmpty())
                .as("no byline, no comment, no sidebar").containsExactly("港市立中央公民館の１階を見てきました。", "ロビーの天井にカメラが２台ありました。");
        assertThat(Fixtures.read("classic-template.html").sightings()).singleElement()
                .satisfies(s -> assertThat(s.count().value()).as("not the comment's five").isEqualTo(2));
    }

    @Test
    void readsAnExciteBlogPostByItsBodyWithTheMinuteItsTailGives() throws IOException {
        assertThat(posts("exblog.html")).singleElement().satisfies(p -> {
            assertThat(p.markup()).isEqualTo(Markup.TEMPLATE);
            assertThat(p.permalink()).as("the tail's link, no fragment").isEqualTo("https://minato-watch.exblog.jp/3100200/");
            assertThat(p.title()).isEqualTo("港市役所の北口のカメラ");
            assertThat(p.published().edtf()).isEqualTo("2019-04-02T20:15+09:00");
            assertThat(p.category()).isEqualTo("市役所");
            assertThat(p.body()).extracting(BlogPost.BodyLine::text).filteredOn(t -> !t.isEmpty())
                    .as("no tail, no sidebar").containsExactly("港市役所の北口の天井に、カメラが３台ありました。");
        });
    }

    @Test
    void readsJugemAndRakutenBlogEntriesByTheirTemplates() throws IOException {
        assertThat(posts("jugem.html")).singleElement().satisfies(p -> {
            assertThat(p.markup()).isEqualTo(Markup.TEMPLATE);
            assertThat(p.permalink()).isEqualTo("http://minato-kokai.jugem.jp/?eid=88");
            assertThat(p.published().edtf()).as("the day and its tail's time, in the afternoon").isEqualTo("2017-05-24T20:05+09:00");
            assertThat(p.category()).isEqualTo("学校");
            assertThat(p.body()).extracting(BlogPost.BodyLine::text).filteredOn(t -> !t.isEmpty())
                    .as("no comment, no archive list").containsExactly("当会は港市教育委員会に学校のカメラの一覧を請求しました。",
                            "港市立東中学校の正門にカメラが２台ありました。");
        });
        assertThat(Fixtures.read("jugem.html").sightings()).singleElement()
                .satisfies(s -> assertThat(s.count().value()).isEqualTo(2));
        assertThat(posts("rakuten.html")).singleElement().satisfies(p -> {
            assertThat(p.permalink()).isEqualTo("https://plaza.rakuten.co.jp/minatotecho/diary/201807140000/");
            assertThat(p.published().edtf()).as("the diary's day, not the update's").isEqualTo("2018-07-14");
            assertThat(p.body()).extracting(BlogPost.BodyLine::text).filteredOn(t -> !t.isEmpty())
                    .containsExactly("港市立図書館の１階の入口の天井に、カメラが１台ありました。");
        });
    }

    @Test
    void readsASchemaOrgBlogPostingAndItsArticleBody() throws IOException {
        BlogPost p = posts("json-ld.html").get(0);
        assertThat(p.markup()).isEqualTo(Markup.JSON_LD);
        assertThat(p.permalink()).isEqualTo("https://gikai.example.net/posts/2019/seimu.html");
        assertThat(p.title()).isEqualTo("市議の政務活動費をめぐる報道");
        assertThat(p.published().edtf()).isEqualTo("2019-02-08T07:30+09:00");
        assertThat(p.body()).extracting(BlogPost.BodyLine::text).contains("市議が政務活動費を私的に流用か");
        assertThat(Fixtures.read("json-ld.html").news().get(0).published().edtf()).isEqualTo("2019-02-07T22:10+09:00");
    }

    @Test
    void fallsBackToOpenGraphWithTheSiteNameTakenOffTheTitle() throws IOException {
        BlogPost p = posts("og-only.html").get(0);
        assertThat(p.markup()).isEqualTo(Markup.OPEN_GRAPH);
        assertThat(p.title()).isEqualTo("市民会館の監視カメラ");
        assertThat(p.permalink()).isEqualTo("https://machinome.example.com/n/12345");
        assertThat(p.category()).isEqualTo("施設");
        assertThat(Fixtures.read("og-only.html").sightings().get(0).count().value()).isEqualTo(4L);
    }

    @Test
    void fallsBackToPlainArticlesEachWithItsBookmark() throws IOException {
        List<BlogPost> posts = posts("article.html");
        assertThat(posts).extracting(BlogPost::markup).containsOnly(Markup.ARTICLE);
        assertThat(posts).extracting(BlogPost::permalink).containsExactly("https://kengaku.example.com/2019/05/01/chika",
                "https://kengaku.example.com/2019/05/02/tenbou");
        assertThat(posts).extracting(BlogPost::title).containsExactly("県庁の地下を歩く", "展望フロアの話");
        assertThat(posts.get(1).published().edtf()).as("no zone: Japan time").isEqualTo("2019-05-02T18:00+09:00");
        assertThat(posts.get(0).body()).extracting(BlogPost.BodyLine::text).containsExactly("地下1階の売店前の天井に防犯カメラが2台。");
    }

    @Test
    void decodesAnEucJpPageByItsHttpEquivDeclaration() throws IOException {
        BlogPost p = posts("euc-jp.html").get(0);
        assertThat(p.title()).isEqualTo("高崎市役所の監視カメラ");
        assertThat(p.markup()).isEqualTo(Markup.OPEN_GRAPH);
        assertThat(p.body()).extracting(BlogPost.BodyLine::text).contains("地下１階の駐車場の天井に監視カメラが十二台。");
    }

    @Test
    void normalisesPermalinksAndDerivesStableKeys() {
        assertThat(Permalinks.normalize("http://BLOG.goo.ne.jp./x/e/ab?fm=entry_awp#c")).isEqualTo("https://blog.goo.ne.jp/x/e/ab");
        assertThat(Permalinks.normalize("http://example.com:8080/a")).isEqualTo("http://example.com:8080/a");
        assertThat(Permalinks.normalize("javascript:alert(1)")).isNull();
        assertThat(Permalinks.key("http://blog.example.jp/a/1663.html")).startsWith("1663-").hasSize(13)
                .isEqualTo(Permalinks.key("http://blog.example.jp/a/1663.html"))
                .isNotEqualTo(Permalinks.key("http://blog.example.jp/b/1663.html"));
    }

    @Test
    void anEmptyArchivePageHasNoPostsAndIsNoError() throws IOException {
        String page = "<html lang=\"ja\"><head><meta charset=\"utf-8\"><meta property=\"og:site_name\" content=\"goo blog\">"
                + "<link rel=\"canonical\" href=\"https://blog.goo.ne.jp/maebashi-note/m/201912\"></head><body><main>"
                + "<article><div class=\"mod-entry-set\"><div class=\"entry\"><div class=\"entry-body\">"
                + "<div class=\"entry-body-text\">該当する記事はありません。</div></div></div></div></article>"
                + "<aside><div class=\"entry\"><h3>広告</h3><div class=\"entry-body-text\">1階に監視カメラが3台。</div></div></aside>"
                + "</main></body></html>";
        assertThat(postsOf(page)).isEmpty();
        Dataset d = new BlogHtmlImporter().read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)),
                "201912.html", Options.EMPTY);
        assertThat(d.size()).isZero();
        assertThat(d.info().sources()).isEmpty();
    }

    @Test
    void readsSchemaOrgTypesGivenAsArraysOrUrlsInsideAGraph() throws IOException {
        String page = "<html><head><script type=\"application/ld+json\">"
                + "{\"@context\": \"https://schema.org\", \"@graph\": ["
                + " {\"@type\": \"WebPage\", \"@id\": \"https://news.example.jp/a/1\"},"
                + " {\"@type\": [\"NewsArticle\", \"CreativeWork\"], \"headline\": \"県庁にカメラ増設\","
                + "  \"mainEntityOfPage\": {\"@id\": \"http://news.example.jp./a/1?utm_source=x#main\"},"
                + "  \"datePublished\": \"2017-06-14T01:50:00\", \"articleSection\": [\"県政\", \"社会\"],"
                + "  \"articleBody\": \"県庁の1階に監視カメラが2基ある。\"},"
                + " {\"@type\": \"http://schema.org/BlogPosting\", \"headline\": \"二つ目\", \"url\": \"https://news.example.jp/b/2\","
                + "  \"datePublished\": \"2017-06-15\", \"articleBody\": \"本文\"}]}"
                + "</script></head><body><p>ページ本文</p></body></html>";
        List<BlogPost> posts = postsOf(page);
        assertThat(posts).extracting(BlogPost::markup).containsOnly(Markup.JSON_LD);
        assertThat(posts).extracting(BlogPost::permalink).containsExactly("http://news.example.jp/a/1",
                "https://news.example.jp/b/2");
        BlogPost news = posts.get(0);
        assertThat(news.title()).isEqualTo("県庁にカメラ増設");
        assertThat(news.published().edtf()).as("no zone: Japan time").isEqualTo("2017-06-14T01:50+09:00");
        assertThat(news.category()).isEqualTo("県政");
        assertThat(news.body()).extracting(BlogPost.BodyLine::text).containsExactly("県庁の1階に監視カメラが2基ある。");
        assertThat(posts.get(1).published().edtf()).isEqualTo("2017-06-15");
    }

    @Test
    void trustsGooThenHEntryThenJsonLdThenOpenGraphThenArticle() throws IOException {
        String og = "<meta property=\"og:type\" content=\"article\"><meta property=\"og:title\" content=\"OGの題\">"
                + "<meta property=\"og:url\" content=\"https://x.example.jp/og\">";
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"BlogPosting\", \"headline\": \"LDの題\","
                + " \"url\": \"https://x.example.jp/ld\"}</script>";
        String hEntry = "<div class=\"h-entry\"><h1 class=\"p-name\">h-entryの題</h1>"
                + "<a class=\"u-url\" href=\"https://x.example.jp/h\">#</a><div class=\"e-content\">本文</div></div>";
        String goo = "<div class=\"entry\"><div class=\"entry-top\"><h3><a href=\"https://blog.goo.ne.jp/x/e/01\">gooの題</a>"
                + "</h3><div class=\"entry-top-info\"><span class=\"entry-top-info-time\">2017年06月13日 23時48分00秒</span>"
                + "</div></div><div class=\"entry-body\"><div class=\"entry-body-text\">本文</div></div></div>";
        String article = "<article><h2>articleの題</h2><p>本文</p></article>";
        assertThat(postsOf(page(og + ld, hEntry + goo + article))).extracting(BlogPost::title, BlogPost::markup)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gooの題", Markup.GOO_BLOG));
        assertThat(postsOf(page(og + ld, hEntry + article))).extracting(BlogPost::title).containsExactly("h-entryの題");
        assertThat(postsOf(page(og + ld, article))).extracting(BlogPost::title).containsExactly("LDの題");
        assertThat(postsOf(page(og, article))).extracting(BlogPost::title).containsExactly("OGの題");
        assertThat(postsOf(page("", article))).extracting(BlogPost::title).containsExactly("articleの題");
    }

    @Test
    void anOrdinaryPageThatIsNoBlogSaysWhatWasLookedForInsteadOfGivingNothing() throws IOException {
        String page = page("<title>開館時間</title>", "\n<h1>市立図書館</h1>\n<p>ただの段落</p>");
        assertThatThrownBy(() -> postsOf(page)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("page.html:1: no blog post found on this page: looked for goo blog entries"
                        + " (div.entry)")
                .hasMessageContaining("h-entry microformats (.h-entry)")
                .hasMessageContaining("schema.org JSON-LD (BlogPosting, NewsArticle, Article)")
                .hasMessageContaining("<article> elements, and for a civicwatch dataset embedded as JSON-LD");

        List<org.civicwatch.spi.Problem> problems = new java.util.ArrayList<>();
        Dataset d = new BlogHtmlImporter().read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)),
                "page.html", Options.EMPTY.with(StandardOptions.LENIENT, true)
                        .with(StandardOptions.REJECTED, problems::add));
        assertThat(d.size()).isZero();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("no blog post found"));
    }

    @Test
    void anEmptyPageSaysItIsEmpty() {
        assertThatThrownBy(() -> postsOf(" \n")).isInstanceOf(DataException.class)
                .hasMessage("page.html:1: the page is empty: it has no text at all. Check that it was saved completely");
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void readsADayPageWithTheOtherTemplatesTimeAndKeepsThePostsApart() throws IOException {
        String entry = "<div class=\"entry\"><div class=\"entry-top\"><h3><a href=\"%s\">%s</a></h3>"
                + "<div class=\"entry-top-info\">%s | <a href=\"/n/c/1\"><span class=\"entry-top-info-category\">%s</span>"
                + "</a></div></div><div class=\"entry-body\"><div class=\"entry-body-text\">%s</div></div></div>";
        String page = page("<meta property=\"og:site_name\" content=\"goo blog\">",
                String.format(entry, "http://blog.goo.ne.jp./n/e/aa?fm=entry_awp#comment", "朝", "2017-06-13 08:00:00",
                        "日記", "朝の本文")
                + String.format(entry, "https://blog.goo.ne.jp/n/e/bb", "夜", "2017年06月13日 23時48分46秒", "県政",
                        "夜の本文"));
        List<BlogPost> posts = postsOf(page);
        assertThat(posts).extracting(BlogPost::permalink).containsExactly("https://blog.goo.ne.jp/n/e/aa",
                "https://blog.goo.ne.jp/n/e/bb");
        assertThat(posts).extracting(p -> p.published().edtf()).containsExactly("2017-06-13T08:00:00+09:00",
                "2017-06-13T23:48:46+09:00");
        assertThat(posts).extracting(BlogPost::category).containsExactly("日記", "県政");
        assertThat(posts).extracting(p -> p.body().get(0).text()).containsExactly("朝の本文", "夜の本文");
    }

    @Test
    void aHostingServicesNameIsNoBlogsTitle() throws IOException {
        String page = "<html><head><meta property=\"og:type\" content=\"article\"><meta property=\"og:site_name\" content=\"note（ノート）\">"
                + "<title>駅のカメラ｜みなと公金ウォッチ｜note</title></head><body><article><h1>駅のカメラ</h1><p>本文</p></article></body></html>";
        List<BlogPost> posts = org.civicwatch.blog.BlogPage.read(page.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "https://note.com/minato/n/n0001", null, "note.html", org.civicwatch.blog.BlogSettings.of(Options.EMPTY),
                new org.civicwatch.spi.Problems(Options.EMPTY)).posts();
        assertThat(posts).singleElement().satisfies(p -> assertThat(p.blogTitle()).isEqualTo("みなと公金ウォッチ"));
    }
}
