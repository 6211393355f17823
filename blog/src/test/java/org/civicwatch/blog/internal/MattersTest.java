package org.civicwatch.blog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.Place;
import org.civicwatch.model.Provenance;
import org.civicwatch.model.When;
import org.civicwatch.model.Party;
import org.junit.jupiter.api.Test;

class MattersTest {
    private static final String A = "https://blog.goo.ne.jp/x/e/aaaa";
    private static final String B = "https://blog.goo.ne.jp/x/e/bbbb";

    private static Matters.Told post(String url, String day, CivicRecord... records) {
        return new Matters.Told(Matters.postLink(url, "t", When.parse(day)), List.of(records));
    }

    private static Incident incident(String id, String day, String city) {
        return Incident.builder(id).title("盗聴").type("eavesdropping").when(When.parse(day))
                .place(Place.builder().jurisdiction(city, null).build()).build();
    }

    @Test
    void anIncidentRetoldInASecondPostIsOneLinkingBothPostsAndTheNewsTurnsToIt() {
        NewsReference news = NewsReference.builder("b.news-1").outlet("上毛新聞").headline("見出し").related("b.incident-1").build();
        List<CivicRecord> merged = Matters.merge(List.of(
                post(B, "2020-06-10", incident("b.incident-1", "2020-06-02", "太田市"), news),
                post(A, "2020-06-03", incident("a.incident-1", "2020-06-02", "太田市"), incident("a.incident-2", "2020-06-02", "桐生市"))));

        assertThat(merged).extracting(CivicRecord::id).containsExactly("b.incident-1", "b.news-1", "a.incident-2");
        assertThat(merged.get(0).links()).extracting(Link::url).containsExactly(A, B);
        assertThat(merged.get(0).links()).extracting(Link::kind).containsOnly(LinkKind.BLOG_POST);
        assertThat(merged.get(1).related()).containsExactly("b.incident-1");
        assertThat(merged.get(2).links()).as("told once on a page of two posts, it names its post").extracting(Link::url)
                .containsExactly(A);
    }

    @Test
    void aFilingNamedInAnotherPostAddsItsStepsAndReferencesToItTurnToTheFirst() {
        Filing request = Filing.builder("a.filing-1", FilingKind.DISCLOSURE_REQUEST).filed(When.parse("2020-06-09"))
                .event(new FilingEvent(FilingEventKind.FILED, When.parse("2020-06-09"), null, null)).build();
        Filing named = Filing.builder("b.filing-1", FilingKind.DISCLOSURE_REQUEST).filed(When.parse("2020-06-09"))
                .event(new FilingEvent(FilingEventKind.FILED, When.parse("2020-06-09"), null, null),
                        new FilingEvent(FilingEventKind.DECIDED, When.parse("2020-06-24"), null, null))
                .outcome(FilingOutcome.NOT_HELD).build();
        Filing appeal = Filing.builder("b.filing-2", FilingKind.APPEAL).filed(When.parse("2020-07-01")).precededBy("b.filing-1")
                .build();

        List<CivicRecord> merged = Matters.merge(List.of(post(A, "2020-06-10", request), post(B, "2020-07-02", named, appeal)));

        assertThat(merged).hasSize(2);
        Filing one = (Filing) merged.get(0);
        assertThat(one.id()).isEqualTo("a.filing-1");
        assertThat(one.outcome()).isEqualTo(FilingOutcome.NOT_HELD);
        assertThat(one.events()).extracting(e -> e.kind() + " " + e.when().edtf())
                .containsExactly("FILED 2020-06-09", "DECIDED 2020-06-24");
        assertThat(one.links()).extracting(Link::url).containsExactly(A, B);
        assertThat(((Filing) merged.get(1)).precededBy()).isEqualTo("a.filing-1");
    }

    @Test
    void aFilingInferredFromLinksToPostsReadHereIsLeftToThosePosts() {
        Filing fromList = Filing.builder("b.filing-1", FilingKind.DISCLOSURE_REQUEST).filed(When.parse("2020-06-10"))
                .event(new FilingEvent(FilingEventKind.FILED, When.parse("2020-06-10"), null,
                        new Link(A, "開示請求", LinkKind.BLOG_POST, When.parse("2020-06-10"))))
                .provenance(new Provenance(B, "body line 2", "●2020年6月10日：開示請求", "blog-html/links", 0.8)).build();

        assertThat(Matters.merge(List.of(post(A, "2020-06-10"), post(B, "2020-06-25", fromList)))).isEmpty();
        assertThat(Matters.merge(List.of(post(B, "2020-06-25", fromList)))).hasSize(1);
    }

    @Test
    void aRecordToldInOnePostLinksItOnlyWhenThePageItWasReadFromHoldsOtherPosts() {
        List<CivicRecord> alone = Matters.merge(List.of(post(A, "2020-06-03", incident("a.incident-1", "2020-06-02", "太田市"))));
        Matters.Merger archive = new Matters.Merger(false);
        archive.add(post(A, "2020-06-03", incident("a.incident-1", "2020-06-02", "太田市")).onAPageOfSeveral(true));
        archive.add(post(B, "2020-06-04"));

        assertThat(alone).singleElement().satisfies(r -> assertThat(r.links()).isEmpty());
        assertThat(archive.finish()).singleElement().satisfies(r -> assertThat(r.links()).extracting(Link::url).containsExactly(A));
    }

    @Test
    void requestsOfOneDayWithTwoBodiesStayTwoAndARetellingJoinsTheOneOfItsBody() {
        Filing toPrefecture = Filing.builder("a.filing-1", FilingKind.DISCLOSURE_REQUEST).filed(When.parse("2023-07-14"))
                .filedWith(Party.organisation("埼玉県知事")).build();
        Filing toCity = Filing.builder("a.filing-2", FilingKind.DISCLOSURE_REQUEST).filed(When.parse("2023-07-14"))
                .filedWith(Party.organisation("川越市長")).build();
        Filing retold = Filing.builder("b.filing-1", FilingKind.DISCLOSURE_REQUEST).filed(When.parse("2023-07-14"))
                .filedWith(Party.organisation("川越市長"))
                .event(new FilingEvent(FilingEventKind.DECIDED, When.parse("2023-07-28"), null, null)).build();

        List<CivicRecord> merged = Matters.merge(List.of(post(A, "2023-07-18", toPrefecture, toCity), post(B, "2023-08-01", retold)));

        assertThat(merged).extracting(CivicRecord::id).containsExactly("a.filing-1", "a.filing-2");
        assertThat(((Filing) merged.get(0)).events()).isEmpty();
        assertThat(((Filing) merged.get(1)).events()).extracting(e -> e.kind() + " " + e.when().edtf())
                .containsExactly("DECIDED 2023-07-28");
    }

    @Test
    void aLawsuitFiledWithACourtByItsShortNameInOnePostAndItsFullNameInAnotherIsOne() {
        Filing short_ = Filing.builder("a.filing-1", FilingKind.RESIDENT_LAWSUIT).filed(When.parse("2022-04-22"))
                .filedWith(Party.organisation("広島地裁")).build();
        Filing full = Filing.builder("b.filing-1", FilingKind.RESIDENT_LAWSUIT).filed(When.parse("2022-04-22"))
                .filedWith(Party.organisation("広島地方裁判所"))
                .event(new FilingEvent(FilingEventKind.HEARING, When.parse("2022-06-15"), null, null)).build();
        Filing other = Filing.builder("b.filing-2", FilingKind.RESIDENT_LAWSUIT).filed(When.parse("2022-04-22"))
                .filedWith(Party.organisation("岡山地方裁判所")).build();

        List<CivicRecord> merged = Matters.merge(List.of(post(A, "2022-06-16", short_), post(B, "2022-12-08", full, other)));

        assertThat(merged).extracting(CivicRecord::id).containsExactly("a.filing-1", "b.filing-2");
        assertThat(((Filing) merged.get(0)).events()).extracting(e -> e.kind() + " " + e.when().edtf())
                .containsExactly("HEARING 2022-06-15");
        assertThat(((Filing) merged.get(0)).filedWith().name()).as("the full name kept").isEqualTo("広島地方裁判所");
    }

    @Test
    void anIncidentRetoldWithoutItsBuildingKeepsTheBuildingTheOtherTellingNames() {
        Incident retold = Incident.builder("b.incident-1").title("漏えい").type("data-misuse").when(When.parse("2023-07-11"))
                .place(Place.builder().area("窓口").build()).outcome("停職1か月").build();
        Incident first = Incident.builder("a.incident-1").title("漏えい").type("data-misuse").when(When.parse("2023-07-11"))
                .place(Place.builder().jurisdiction("川越市", null).facility("川越市役所").area("市民課").build()).build();

        List<CivicRecord> merged = Matters.merge(List.of(post(B, "2023-07-27", retold), post(A, "2023-07-18", first)));

        assertThat(merged).singleElement().satisfies(r -> {
            Incident i = (Incident) r;
            assertThat(i.id()).isEqualTo("b.incident-1");
            assertThat(i.place().jurisdiction()).isEqualTo("川越市");
            assertThat(i.place().facility()).isEqualTo("川越市役所");
            assertThat(i.place().area()).as("only the jurisdiction and the building are taken").isEqualTo("窓口");
            assertThat(i.outcome()).isEqualTo("停職1か月");
        });
    }

    private static Filing request(String id, String filed, String... decided) {
        Filing.Builder b = Filing.builder(id, FilingKind.DISCLOSURE_REQUEST).filed(When.parse(filed))
                .event(new FilingEvent(FilingEventKind.FILED, When.parse(filed), null, null));
        for (String d : decided) {
            b.event(new FilingEvent(FilingEventKind.DECIDED, When.parse(d), null, null));
        }
        return b.build();
    }

    @Test
    void aFilingRetoldByItsMonthIsTheOneFiledOnADayOfThatMonthWithTheFinerDate() {
        Filing byMonth = request("b.filing-1", "2021-11", "2021-12-24");
        Filing byDay = request("a.filing-1", "2021-11-08");

        List<CivicRecord> merged = Matters.merge(List.of(post(B, "2022-01-14", byMonth), post(A, "2021-12-02", byDay)));

        assertThat(merged).singleElement().satisfies(r -> {
            Filing f = (Filing) r;
            assertThat(f.id()).isEqualTo("b.filing-1");
            assertThat(f.filed().edtf()).isEqualTo("2021-11-08");
            assertThat(f.events()).extracting(e -> e.kind() + " " + e.when().edtf())
                    .containsExactly("FILED 2021-11-08", "DECIDED 2021-12-24");
            assertThat(f.links()).extracting(Link::url).containsExactly(A, B);
        });
    }

    @Test
    void twoFilingsOnTwoDaysOfOneMonthOrByMonthsOfTwoMonthsStayTwo() {
        assertThat(Matters.merge(List.of(post(A, "2021-12-02", request("a.filing-1", "2021-11-08")),
                post(B, "2021-12-03", request("b.filing-1", "2021-11-15"))))).hasSize(2);
        assertThat(Matters.merge(List.of(post(A, "2021-12-02", request("a.filing-1", "2021-11")),
                post(B, "2021-12-03", request("b.filing-1", "2021-10-30"))))).hasSize(2);
    }

    @Test
    void aFilingToldByAMonthWithTwoDaysOfItToldIsNeitherOfThem() {
        // Two requests on two days of November, then one retold only as November's: which it is, is not told.
        String c = "https://blog.goo.ne.jp/tsubame-no-kai/e/c";
        List<CivicRecord> merged = Matters.merge(List.of(post(A, "2021-12-02", request("a.filing-1", "2021-11-08")),
                post(B, "2021-12-03", request("b.filing-1", "2021-11-15")),
                post(c, "2022-01-14", request("c.filing-1", "2021-11", "2021-12-24"))));

        assertThat(merged).hasSize(3);
        assertThat(merged).extracting(r -> ((Filing) r).filed().edtf())
                .containsExactlyInAnyOrder("2021-11-08", "2021-11-15", "2021-11");
    }

    private static Matters.Told postAt(String url, String moment, CivicRecord... records) {
        return new Matters.Told(Matters.postLink(url, "t", When.parse(moment)), List.of(records));
    }

    /** An embezzlement, dated or not, in a city or none. */
    private static Incident embezzlement(String id, @javax.annotation.CheckForNull String when,
                                         @javax.annotation.CheckForNull String city) {
        return Incident.builder(id).title("着服").type("embezzlement").when(when == null ? null : When.parse(when))
                .place(Place.builder().jurisdiction(city, null).build()).build();
    }

    @Test
    void anIncidentNamedAsToldBeforeHalfAYearLaterIsNotTheOneToldThen() {
        List<CivicRecord> merged = Matters.merge(List.of(postAt(B, "2023-12-20T21:40:00+09:00", embezzlement("b.incident-1", null, null)),
                postAt(A, "2023-06-13T07:50:00+09:00", embezzlement("a.incident-1", "2021-04/2023-02", "彦根市"))));

        assertThat(merged).extracting(CivicRecord::id).containsExactlyInAnyOrder("a.incident-1", "b.incident-1");
    }

    @Test
    void anIncidentAnEveningPostNamesWithoutADateIsTheMorningPostsOfItsTypeLinkingBothInTheOrderWritten() {
        List<CivicRecord> merged = Matters.merge(List.of(postAt(B, "2023-06-13T21:40:00+09:00", embezzlement("b.incident-1", null, null)),
                postAt(A, "2023-06-13T07:50:00+09:00", embezzlement("a.incident-1", "2021-04/2023-02", "彦根市"))));

        assertThat(merged).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("a.incident-1");
            assertThat(((Incident) r).when().edtf()).isEqualTo("2021-04/2023-02");
            assertThat(r.links()).extracting(Link::url).containsExactly(A, B);
        });
    }

    @Test
    void anUndatedIncidentStaysAsToldBesideTwoDatedOfItsTypeOrOneElsewhereOrInTheDatedOnesOwnPost() {
        assertThat(Matters.merge(List.of(post(B, "2023-06-13", embezzlement("b.incident-1", null, null)),
                post(A, "2023-06-12", embezzlement("a.incident-1", "2021-04", null), embezzlement("a.incident-2", "2022-05", null)))))
                .hasSize(3);
        assertThat(Matters.merge(List.of(post(B, "2023-06-13", embezzlement("b.incident-1", null, "長浜市")),
                post(A, "2023-06-12", embezzlement("a.incident-1", "2021-04", "彦根市"))))).hasSize(2);
        assertThat(Matters.merge(List.of(post(B, "2023-06-13", embezzlement("b.incident-1", null, null)),
                post(A, "2023-06-12", embezzlement("a.incident-1", "2021-04", "彦根市"), embezzlement("a.incident-2", null, null)))))
                .as("the other post's joins, the one of the dated one's own post stays").extracting(CivicRecord::id)
                .containsExactly("a.incident-1", "a.incident-2");
    }

    private static Filing lawsuit(String id, @javax.annotation.CheckForNull String filed, FilingEvent... events) {
        return Filing.builder(id, FilingKind.RESIDENT_LAWSUIT).filed(filed == null ? null : When.parse(filed)).event(events).build();
    }

    private static FilingEvent step(FilingEventKind kind, String when) {
        return new FilingEvent(kind, When.parse(when), null, null);
    }

    @Test
    void aStepToldToTheMinuteInOnePostIsThatStepToldByItsDayInAnother() {
        Filing byDay = lawsuit("b.filing-1", null, step(FilingEventKind.DECIDED, "2024-03-21"), step(FilingEventKind.OTHER, "2024-03-29"));
        Filing byMinute = lawsuit("a.filing-1", "2022-11-04", step(FilingEventKind.FILED, "2022-11-04"),
                step(FilingEventKind.DECIDED, "2024-03-21T13:30+09:00"));

        List<CivicRecord> merged = Matters.merge(List.of(post(B, "2024-03-30", byDay), post(A, "2024-03-21", byMinute)));

        assertThat(merged).singleElement().satisfies(r -> assertThat(((Filing) r).events()).extracting(e -> e.kind() + " " + e.when().edtf())
                .containsExactly("FILED 2022-11-04", "DECIDED 2024-03-21T13:30+09:00", "OTHER 2024-03-29"));
        // where it stops: two steps of one day told to two minutes stay the first told
        Filing other = lawsuit("c.filing-1", null, step(FilingEventKind.DECIDED, "2024-03-21T15:00+09:00"));
        assertThat(Matters.merge(List.of(post(B, "2024-03-30", byMinute), post(A, "2024-03-22", other)))).singleElement()
                .satisfies(r -> assertThat(((Filing) r).events()).extracting(e -> e.when().edtf()).contains("2024-03-21T13:30+09:00")
                        .doesNotContain("2024-03-21T15:00+09:00"));
    }

    @Test
    void aFilingListedInOnePostAndToldInAnotherLinksTheListsItemsAndOnlyThePostThatTellsItOldestFirst() {
        Link item = new Link("https://blog.goo.ne.jp/x/e/cccc", "監査請求書を提出", LinkKind.BLOG_POST, When.parse("2022-08-10"));
        Filing fromList = Filing.builder("b.filing-1", FilingKind.RESIDENT_AUDIT_REQUEST).filed(When.parse("2022-08-10").withOriginal("2022年8月10日"))
                .event(new FilingEvent(FilingEventKind.FILED, When.parse("2022-08-10"), null, item))
                .provenance(new Provenance(B, "body line 9", "○2022年8月10日:監査請求書を提出", "blog-html/links", 0.8)).build();
        Filing told = Filing.builder("a.filing-1", FilingKind.RESIDENT_AUDIT_REQUEST).filed(When.parse("2022-08-10").withOriginal("令和４年８月１０日"))
                .event(step(FilingEventKind.FILED, "2022-08-10"), step(FilingEventKind.DECIDED, "2022-10-07")).build();
        Incident other = incident("a.incident-1", "2024-03-01", "横手市");

        List<CivicRecord> merged = Matters.merge(List.of(post(B, "2024-03-30", fromList), post(A, "2024-03-21", told, other)));

        assertThat(merged.get(0)).isInstanceOfSatisfying(Filing.class, f -> {
            assertThat(f.filed().original()).as("the prose's date as written, not the list's").isEqualTo("令和４年８月１０日");
            assertThat(f.links()).extracting(Link::url).containsExactly("https://blog.goo.ne.jp/x/e/cccc", A);
        });
        // where it stops: a filing only listed, told by no post, names no post of its own
        assertThat(Matters.merge(List.of(post(B, "2024-03-30", fromList), post(A, "2024-03-21", other))).get(0).links()).isEmpty();
    }

    @Test
    void anIncidentRetoldTakesTheBuildingAndTheSpotInItThatAnotherTellingNames() {
        Incident told = incident("a.incident-1", "2022-08-27", "佐世保市").toBuilder().place(Place.builder().jurisdiction("佐世保市", null)
                .facility("佐世保市みなと地区公民館").floor(org.civicwatch.model.Floor.of(2), "２階").area("第１研修室").build()).build();
        List<CivicRecord> merged = Matters.merge(List.of(
                post(B, "2022-09-30", incident("b.incident-1", "2022-08-27", "佐世保市")),
                post(A, "2022-09-03", told)));
        assertThat(merged).singleElement().satisfies(r -> {
            Place at = ((Incident) r).place();
            assertThat(at.facility()).isEqualTo("佐世保市みなと地区公民館");
            assertThat(at.floor()).isEqualTo(org.civicwatch.model.Floor.of(2));
            assertThat(at.area()).isEqualTo("第１研修室");
        });
    }

    @Test
    void aBuildingNamedShortInOnePostOfAPageTakesTheFullNameAnotherPostGivesIt() {
        Incident told = incident("a.incident-1", "2022-08-27", "佐世保市").toBuilder().place(Place.builder().jurisdiction("佐世保市", null)
                .facility("佐世保市みなと地区公民館").build()).build();
        org.civicwatch.model.Sighting seen = org.civicwatch.model.Sighting.builder("b.sighting-1")
                .place(Place.builder().facility("みなと地区公民館").area("玄関ホール").build())
                .device(org.civicwatch.model.DeviceType.CAMERA).build();
        List<CivicRecord> merged = Matters.merge(List.of(post(B, "2022-09-12", seen), post(A, "2022-09-03", told)));
        assertThat(merged).filteredOn(r -> r instanceof org.civicwatch.model.Sighting).singleElement().satisfies(r -> {
            Place at = ((org.civicwatch.model.Sighting) r).place();
            assertThat(at.facility()).isEqualTo("佐世保市みなと地区公民館");
            assertThat(at.jurisdiction()).isEqualTo("佐世保市");
            assertThat(at.area()).isEqualTo("玄関ホール");
        });
    }
}
