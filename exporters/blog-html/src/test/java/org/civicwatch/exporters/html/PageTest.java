package org.civicwatch.exporters.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicwatch.exporters.html.BlogHtmlExporterTest.readBack;
import static org.civicwatch.exporters.html.BlogHtmlExporterTest.text;
import static org.civicwatch.exporters.html.BlogHtmlExporterTest.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Incident;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.Filing;
import org.civicwatch.model.Link;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.Place;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.StandardOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageTest {
    private static final Options ENGLISH = Options.EMPTY.with(BlogHtmlExporter.LANGUAGE,
            BlogHtmlExporter.LabelLanguage.EN);

    @Test
    void listsTheSampleFloorsTopDownWithTheAbsenceAndTheSensorsOnFloorsThreeToThirty() throws IOException {
        Document page = Jsoup.parse(text(write(SampleData.gunmaPrefecturalOffice(), Options.EMPTY)));

        assertThat(page.select("table.cw-floors thead th")).extracting(Element::text)
                .containsExactly("階", "場所", "機器", "台数", "備考");
        assertThat(floorRows(page)).containsExactly(
                "32階 | 展望ホール | カメラ | 6",
                "31階 | トイレ入口とエレベーターホール | カメラ | 2以上",
                "3階〜30階 | 職員の執務スペース | カメラ | なし",
                "3階〜30階 | 執務スペース入口の案内コーナー | 人感センサー | 白い半球状のセンサー",
                "2階 | 県民センター 情報公開相談室 | カメラ | 1以上",
                "1階 | 女子トイレ前の廊下 | カメラ | 2",
                "1階 | 警備室(夜間通用窓口)前 | カメラ | 1以上",
                "1階 | 南側ロビー | カメラ | 2",
                "1階 | 北側ロビー | カメラ | 2",
                "1階 | エレベーターホール | カメラ | 1以上",
                "地下1階 | エレベーターホール | カメラ | 1",
                "地下1階 | 総務事務センター前の廊下 | カメラ | 1",
                "階の記載なし | — | カメラ | およそ数十基");
        Element range = page.selectFirst("th.cw-floor:contains(3階〜30階)");
        assertThat(range.attr("rowspan")).isEqualTo("2");
        assertThat(page.select("tr.cw-absent")).singleElement().extracting(e -> e.id())
                .isEqualTo("r-sighting-3f-30f-office-space");
        assertThat(page.select("tr.cw-device-motion-sensor .cw-badge")).extracting(Element::className)
                .containsExactly("cw-badge cw-not-camera");
        assertThat(page.selectFirst("th.cw-floor:contains(32階)").attr("title")).isEqualTo("最上階32階");
        assertThat(page.selectFirst("dl.cw-survey").text())
                .isEqualTo("調査日 2017年5月29日〜2017年6月13日 調査者 市民オンブズマン群馬 特別調査チーム（市民オンブズマン群馬）"
                        + " 管理者 群馬県 総務部 管財課、機械警備会社");
    }

    @Test
    void labelsInEnglish() throws IOException {
        Document page = Jsoup.parse(text(write(SampleData.gunmaPrefecturalOffice(), ENGLISH)));

        assertThat(page.select("table.cw-floors thead th")).extracting(Element::text)
                .containsExactly("Floor", "Area", "Device", "Count", "Notes");
        assertThat(floorRows(page)).startsWith(
                "32F | 展望ホール | camera | 6",
                "31F | トイレ入口とエレベーターホール | camera | at least 2",
                "3F–30F | 職員の執務スペース | camera | none found",
                "3F–30F | 執務スペース入口の案内コーナー | motion sensor | 白い半球状のセンサー");
        assertThat(floorRows(page)).contains("B1 | エレベーターホール | camera | 1");
        assertThat(page.select("h2")).extracting(Element::text).containsExactly("Incidents",
                "Surveillance devices, floor by floor", "Filings and what became of them", "In the news");
        assertThat(page.select(".cw-citations .cw-source")).extracting(Element::text).containsExactly(
                "NHK News Web, 2017-06-13 18:55 JST", "日本経済新聞, 2017-06-14 01:50 JST, via 共同");
        // the content stays Japanese: the page's language is the dataset's
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ja");
    }

    @Test
    void labelsInEnglishWhenTheDatasetIsInEnglish() throws IOException {
        Dataset english = Dataset.builder(new DatasetInfo("Cameras", null, null, null, "en-GB", null, List.of()))
                .add(Sighting.builder("s").place(Place.builder().facility("Town hall").floor(Floor.of(-2), null)
                        .build()).count(Count.none()).build()).build();
        Document page = Jsoup.parse(text(write(english, Options.EMPTY)));

        assertThat(floorRows(page)).containsExactly("B2 | — | camera | none found");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
    }

    @Test
    void showsIncidentsAsATimelineOldestFirst() throws IOException {
        Document page = Jsoup.parse(text(write(SampleData.gunmaPrefecturalOffice(), Options.EMPTY)));

        assertThat(page.select(".cw-timeline > li > .cw-when")).extracting(Element::text)
                .containsExactly("2014年5月〜2017年3月", "2015年頃", "2017年5月29日 15:00");
        Element eavesdropping = page.getElementById("r-incident-2017-05-29-eavesdropping");
        assertThat(eavesdropping.selectFirst("time").attr("datetime")).isEqualTo("2017-05-29T15:00+09:00");
        assertThat(facts(eavesdropping)).contains(
                "場所: 群馬県庁 14階 介護高齢課 隣の会議ブース",
                "行為者とされる者: 職員（群馬県 総務部 学事法制課 行政対象暴力対策係、3名）",
                "被害・影響を受けた者: 市民オンブズマン群馬（4名）",
                "報告: 副代表（市民オンブズマン群馬）");
        Element video = eavesdropping.selectFirst("a[href=https://youtu.be/CqIbgp2Z5-g]");
        assertThat(video.text()).isEqualTo("盗聴の様子を収めた映像");
        assertThat(video.attr("rel")).isEqualTo("noopener noreferrer");
        Element arao = page.getElementById("r-incident-arao-data-misuse");
        assertThat(arao.select("a[href^=#]")).extracting(e -> e.attr("href") + " " + e.text()).containsExactly(
                "#r-news-nhk-2017-06-13 市のシステム不正使用しストーカー行為 職員を懲戒免職",
                "#r-news-nikkei-2017-06-14 市職員、住民情報使いストーカー 熊本・荒尾");
    }

    @Test
    void showsTheFilingChainWithOutcomeRemedyAndDeadlineApart() throws IOException {
        Document page = Jsoup.parse(text(write(SampleData.gunmaPrefecturalOffice(), Options.EMPTY)));
        Element audit = page.getElementById("r-filing-2015-audit");

        assertThat(audit.select(".cw-events li")).extracting(Element::text).containsExactly(
                "2015年3月23日 提出 住民監査請求 ブログ記事",
                "2015年4月4日 補正の求め 補正通知 ブログ記事",
                "2015年4月8日 補正 補正書を提出 ブログ記事",
                "2015年4月12日 補正の求め 再補正命令 ブログ記事",
                "2015年4月16日 補正 再補正書を提出 ブログ記事",
                "2015年4月18日 受理 受理 ブログ記事",
                "2015年4月22日 意見陳述 監査委員に意見陳述 ブログ記事",
                "2015年5月31日 決定・結果 却下の監査結果 ブログ記事");
        assertThat(audit.selectFirst(".cw-outcome").text()).isEqualTo("法的な結果 却下");
        assertThat(audit.selectFirst(".cw-remedy").text())
                .isEqualTo("実際に起きたこと 職員が給与50万円を返還（500,000円、2015年7月）");
        assertThat(audit.selectFirst(".cw-deadline").text())
                .isEqualTo("監査結果の期限 2015年5月22日（請求の翌日から60日） — 期限後の2015年5月31日に結果");
        Element follows = audit.selectFirst("dt:contains(前の請求) + dd a");
        assertThat(follows.attr("href")).isEqualTo("#r-filing-2015-disclosure");
        assertThat(follows.text()).isEqualTo("勤務中に動画編集をしていた職員に関する公文書開示請求");
        Element disclosure = page.getElementById("r-filing-2015-disclosure");
        assertThat(disclosure.selectFirst("dt:contains(次の請求) + dd a").attr("href")).isEqualTo("#r-filing-2015-audit");
        assertThat(disclosure.select(".cw-deadline")).isEmpty();
    }

    @Test
    void citesTheNewsToTheMinuteWithTheAgency() throws IOException {
        Document page = Jsoup.parse(text(write(SampleData.gunmaPrefecturalOffice(), Options.EMPTY)));

        assertThat(page.select(".cw-citations > li")).extracting(li -> li.selectFirst("cite").text() + " / "
                + li.selectFirst(".cw-source").text()).containsExactly(
                "市のシステム不正使用しストーカー行為 職員を懲戒免職 / NHK News Web、2017年6月13日 18:55",
                "市職員、住民情報使いストーカー 熊本・荒尾 / 日本経済新聞、2017年6月14日 01:50（共同配信）");
    }

    @Test
    void escapesHostileStringsAndLinksOnlyToTheWeb() throws IOException {
        String hostile = "\"><img src=x onerror=alert(1)>";
        Dataset d = Dataset.builder(new DatasetInfo("<script>alert(1)</script>", "a\nb", null,
                        "javascript:alert(1)", "ja", null, List.of()))
                .add(Incident.builder("i1").title("<script>alert(1)</script>").summary("</script><script>alert(2)</script>")
                        .link(new Link("https://example.org/?a=1&b='x'", hostile, null, null)).build())
                .add(Sighting.builder("s1").place(Place.builder().facility(hostile).floor(Floor.of(2), hostile).build())
                        .count(Count.exactly(3).withOriginal(hostile)).notes("<b>bold</b>").build())
                .build();
        byte[] bytes = write(d, Options.EMPTY);
        String html = text(bytes);
        Document page = Jsoup.parse(html);

        assertThat(readBack(bytes)).isEqualTo(d);
        assertThat(page.select("script")).singleElement().extracting(e -> e.attr("type"))
                .isEqualTo("application/ld+json");
        assertThat(html).doesNotContain("<script>alert", "<img", "<b>bold").containsOnlyOnce("</script>");
        assertThat(page.select("img, b")).isEmpty();
        assertThat(page.select("[href^=javascript], [href^=JAVASCRIPT]")).isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
        assertThat(page.selectFirst("h1").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(page.selectFirst("dt:contains(ライセンス) + dd").text()).isEqualTo("javascript:alert(1)");
        assertThat(page.selectFirst("th.cw-floor").attr("title")).isEqualTo(hostile);
        assertThat(page.selectFirst("td.cw-count").attr("title")).isEqualTo(hostile);
        Element link = page.selectFirst(".cw-links a");
        assertThat(link.attr("href")).isEqualTo("https://example.org/?a=1&b='x'");
        assertThat(link.text()).isEqualTo(hostile);
        Element description = page.selectFirst(".cw-description");
        assertThat(description.textNodes()).extracting(t -> t.text().strip()).containsExactly("a", "b");
        assertThat(description.children()).extracting(Element::tagName).containsExactly("br");
    }

    @Test
    void writesAFragmentToPasteIntoABlog() throws IOException {
        Options fragment = Options.EMPTY.with(BlogHtmlExporter.FRAGMENT, true);
        byte[] bytes = write(SampleData.gunmaPrefecturalOffice(), fragment);
        String html = text(bytes);

        assertThat(html).startsWith("<div class=\"civicwatch\" lang=\"ja\">").endsWith("</div>\n")
                .doesNotContain("<html", "<head>", "<body", "<!doctype", "<meta");
        Element root = Jsoup.parseBodyFragment(html).body().child(0);
        assertThat(root.children()).extracting(Element::tagName)
                .containsExactly("style", "header", "section", "section", "section", "section", "footer", "script");
        assertThat(root.selectFirst("style").data()).startsWith(".civicwatch{");
        assertThat(readBack(bytes)).isEqualTo(SampleData.gunmaPrefecturalOffice());
    }

    @Test
    void leavesOutPrivateNamesFromThePageAndItsData() throws IOException {
        Party privatePerson = new Party(PartyKind.PERSON, "山田花子", "職員", "群馬県", null,
                PartyRole.ALLEGED_PERPETRATOR, false);
        Party nameOnly = new Party(PartyKind.PERSON, "佐藤一郎", null, null, null, PartyRole.WITNESS, false);
        Party governor = new Party(PartyKind.PERSON, "山本一太", "知事", "群馬県", null, PartyRole.AUTHORITY, true);
        Dataset d = Dataset.builder(SampleData.info())
                .add(Incident.builder("i").title("t").when(When.parse("2020-01-02"))
                        .party(privatePerson, nameOnly, governor).build()).build();

        String redacted = text(write(d, Options.EMPTY));
        Document page = Jsoup.parse(redacted);
        assertThat(redacted).doesNotContain("山田花子", "佐藤一郎").contains("山本一太");
        assertThat(facts(page.getElementById("r-i"))).containsExactly(
                "行為者とされる者: 職員（群馬県）", "所管: 山本一太・知事（群馬県）");
        assertThat(page.selectFirst("footer").text()).startsWith("公人でない個人の氏名（2件）は載せていません。");
        assertThat(readBack(redacted.getBytes(StandardCharsets.UTF_8)).incidents().get(0).parties())
                .containsExactly(new Party(PartyKind.PERSON, null, "職員", "群馬県", null,
                        PartyRole.ALLEGED_PERPETRATOR, false), governor);

        String kept = text(write(d, Options.EMPTY.with(StandardOptions.REDACT, StandardOptions.Redact.NONE)));
        assertThat(kept).contains("山田花子", "佐藤一郎");
        assertThat(readBack(kept.getBytes(StandardCharsets.UTF_8))).isEqualTo(d);
    }

    @Test
    void keepsTheNamesOfOrganisationsAndGroupsWhateverTheirFlag() throws IOException {
        Party office = new Party(PartyKind.ORGANISATION, "群馬県知事", null, null, null, null, false);
        Party staff = new Party(PartyKind.GROUP, "学事法制課の職員", null, null, null, PartyRole.ALLEGED_PERPETRATOR,
                false);
        Dataset d = Dataset.builder(SampleData.info())
                .add(Incident.builder("i").title("t").party(staff).build(),
                        Filing.builder("f", FilingKind.DISCLOSURE_REQUEST).filedWith(office).build()).build();
        String page = text(write(d, Options.EMPTY));
        assertThat(page).contains("群馬県知事", "学事法制課の職員");
        assertThat(readBack(page.getBytes(StandardCharsets.UTF_8))).isEqualTo(d);
    }

    @Test
    void writesIncidentTypesAsWordsOfThePagesLanguageAndKeepsTheCode() throws IOException {
        Dataset d = Dataset.builder(SampleData.info())
                .add(SampleData.gunmaPrefecturalOffice().incidents().toArray(Incident[]::new))
                .add(Incident.builder("unknown").title("t").when(When.parse("2020")).type("unlawful-filming").build(),
                        Incident.builder("prose").title("t").when(When.parse("2021")).type("職員による盗撮").build())
                .build();

        Document ja = Jsoup.parse(text(write(d, Options.EMPTY)));
        assertThat(ja.select(".cw-type")).extracting(e -> e.attr("data-type") + " " + e.text()).containsExactly(
                "data-misuse 情報の不正利用", "misconduct 不祥事", "eavesdropping 盗聴",
                "unlawful-filming unlawful filming", "職員による盗撮 職員による盗撮");
        Document en = Jsoup.parse(text(write(d, ENGLISH)));
        assertThat(en.select(".cw-type")).extracting(Element::text).containsExactly(
                "data misuse", "misconduct", "eavesdropping", "unlawful filming", "職員による盗撮");
    }

    @Test
    void showsEveryTimeToTheMinuteAndKeepsTheSecondsInTheMachineReadableValue() throws IOException {
        Dataset d = Dataset.builder(SampleData.info())
                .add(NewsReference.builder("with-seconds").outlet("A").headline("a")
                                .published(When.parse("2017-06-13T23:48:05+09:00")).build(),
                        NewsReference.builder("zero-seconds").outlet("B").headline("b")
                                .published(When.parse("2017-06-14T01:50:00+09:00")).build(),
                        NewsReference.builder("minutes").outlet("C").headline("c")
                                .published(When.parse("2017-06-14T02:10+09:00")).build(),
                        NewsReference.builder("utc").outlet("D").headline("d")
                                .published(When.parse("2017-06-14T03:20:59Z")).build())
                .build();

        Document ja = Jsoup.parse(text(write(d, Options.EMPTY)));
        assertThat(ja.select(".cw-citations time")).extracting(t -> t.text() + " | " + t.attr("datetime"))
                .containsExactly("2017年6月13日 23:48 | 2017-06-13T23:48:05+09:00",
                        "2017年6月14日 01:50 | 2017-06-14T01:50:00+09:00",
                        "2017年6月14日 02:10 | 2017-06-14T02:10+09:00",
                        "2017年6月14日 03:20 UTC | 2017-06-14T03:20:59Z");
        Document en = Jsoup.parse(text(write(d, ENGLISH)));
        assertThat(en.select(".cw-citations time")).extracting(Element::text).containsExactly(
                "2017-06-13 23:48 JST", "2017-06-14 01:50 JST", "2017-06-14 02:10 JST", "2017-06-14 03:20 UTC");
    }

    @Test
    void englishLabelsAreInSentenceCaseAndValuesInLowerCase() throws IOException {
        List<Party> everyRole = new ArrayList<>();
        for (PartyRole role : PartyRole.values()) {
            everyRole.add(new Party(PartyKind.ORGANISATION, null, null, "群馬県 " + role, null, role, false));
        }
        everyRole.add(new Party(PartyKind.ORGANISATION, null, null, "群馬県", null, null, false));
        Dataset d = Dataset.builder(SampleData.info())
                .add(SampleData.gunmaPrefecturalOffice().records().toArray(CivicRecord[]::new))
                .add(Incident.builder("every-role").title("t").party(everyRole.toArray(Party[]::new)).build(),
                        Filing.builder("untitled", FilingKind.DISCLOSURE_REQUEST).build())
                .build();
        Document page = Jsoup.parse(text(write(d, ENGLISH)));

        List<String> labels = page.select("h2, thead th, dt, .cw-label").eachText();
        assertThat(labels).hasSizeGreaterThan(40).allSatisfy(label ->
                assertThat(label.codePointAt(0)).as(label).matches(c -> !Character.isLowerCase(c)));
        assertThat(facts(page.getElementById("r-every-role"))).extracting(f -> f.substring(0, f.indexOf(':')))
                .containsExactly("Alleged perpetrator", "Affected", "Witness", "Reported by", "Authority", "Other",
                        "Involved");
        assertThat(page.selectFirst("dt:contains(Licence)")).isNotNull();
        assertThat(page.getElementById("r-untitled").selectFirst("h3").text()).isEqualTo("Disclosure request");
        assertThat(page.select(".cw-badge")).extracting(Element::text)
                .contains("alleged", "confirmed", "camera", "motion sensor", "disclosure request");
    }

    /** Each body row of the floor tables as "floor | area | device | count", the floor repeated under a rowspan. */
    private static List<String> floorRows(Document page) {
        List<String> rows = new ArrayList<>();
        String floor = "";
        for (Element tr : page.select("table.cw-floors tbody tr")) {
            Element th = tr.selectFirst("th.cw-floor");
            floor = th != null ? th.text() : floor;
            rows.add(floor + " | " + tr.selectFirst("td.cw-area").text() + " | "
                    + tr.selectFirst("td.cw-device .cw-badge").text() + " | " + tr.selectFirst("td.cw-count").text());
        }
        return rows;
    }

    /** The facts of an item as "term: description", in order. */
    private static List<String> facts(Element item) {
        return item.select(".cw-facts > div").stream()
                .map(d -> d.selectFirst("dt").text() + ": " + d.selectFirst("dd").text()).toList();
    }
}
