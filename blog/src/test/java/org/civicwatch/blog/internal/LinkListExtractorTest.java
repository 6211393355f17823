package org.civicwatch.blog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.Link;
import org.civicwatch.model.When;
import org.junit.jupiter.api.Test;

class LinkListExtractorTest {
    private static Extraction run(String... lines) {
        PostText post = PostText.of("https://blog.example.jp/a/9.html", "p9", When.parse("2019-01-01"), List.of(lines));
        Extraction out = Extraction.strict(post);
        new LinkListExtractor().extract(post, out);
        return out;
    }

    private static List<Filing> filings(Extraction out) {
        return out.records().stream().map(Filing.class::cast).toList();
    }

    @Test
    void makesALinkPerItemWithEveryMarkerAndColon() {
        Extraction out = run("○2018年1月5日:市の動き", "http://blog.example.jp/a/1.html#readmore",
                "〇2018年2月6日：県の動き http://blog.example.jp/a/2.html", "●2018年3月7日:国の動き",
                "https://blog.example.jp/a/3.html", "・2018年4月8日：町の動き", "http://blog.example.jp/a/4.html");
        assertThat(out.links()).extracting(Link::url).containsExactly("http://blog.example.jp/a/1.html",
                "http://blog.example.jp/a/2.html", "https://blog.example.jp/a/3.html", "http://blog.example.jp/a/4.html");
        assertThat(out.links()).extracting(Link::title).containsExactly("市の動き", "県の動き", "国の動き", "町の動き");
        assertThat(out.links().get(2).published()).isEqualTo(When.parse("2018-03-07").withOriginal("2018年3月7日"));
        assertThat(out.records()).isEmpty();
    }

    @Test
    void groupsADisclosureRequestThatTurnsOutNotToExist() {
        Extraction out = run("○2018年1月5日:公用車の運行記録を情報開示請求", "http://blog.example.jp/a/1.html",
                "○2018年1月25日:公用車の運行記録の開示期限を延長", "http://blog.example.jp/a/2.html",
                "○2018年2月9日:公用車の運行記録は不存在との決定", "http://blog.example.jp/a/3.html");
        List<Filing> f = filings(out);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).kind()).isEqualTo(FilingKind.DISCLOSURE_REQUEST);
        assertThat(f.get(0).filed().edtf()).isEqualTo("2018-01-05");
        assertThat(f.get(0).events()).extracting(FilingEvent::kind).containsExactly(FilingEventKind.FILED,
                FilingEventKind.EXTENDED, FilingEventKind.DECIDED);
        assertThat(f.get(0).outcome()).isEqualTo(FilingOutcome.NOT_HELD);
    }

    @Test
    void followsAnAuditRequestToARecommendationAndTheMoneyReturned() {
        Extraction out = run("・2016年5月1日:視察旅費の返還を求めて住民監査請求", "http://blog.example.jp/a/1.html",
                "・2016年5月10日:視察旅費の住民監査請求を市監査委員が受理", "http://blog.example.jp/a/2.html",
                "・2016年6月30日:視察旅費の住民監査請求で監査委員が市長に勧告", "http://blog.example.jp/a/3.html",
                "・2016年8月1日:議員が視察旅費12万円を返還", "http://blog.example.jp/a/4.html");
        Filing f = filings(out).get(0);
        assertThat(f.kind()).isEqualTo(FilingKind.RESIDENT_AUDIT_REQUEST);
        assertThat(f.filedWith().name()).isEqualTo("市監査委員");
        assertThat(f.outcome()).isEqualTo(FilingOutcome.RECOMMENDATION);
        assertThat(f.remedy().amount()).isEqualTo(120_000L);
        assertThat(f.remedy().currency()).isEqualTo("JPY");
        assertThat(f.links()).extracting(Link::url).containsExactly("http://blog.example.jp/a/4.html");
        assertThat(f.provenance().confidence()).isEqualTo(0.8);
    }

    @Test
    void aRequestWhoseAcceptanceIsOnlyHesitatedOverIsNotAccepted() {
        Extraction out = run("・2016年5月1日:住民監査請求", "http://blog.example.jp/a/1.html",
                "・2016年5月9日:受理を躊躇う監査委員が補正命令", "http://blog.example.jp/a/2.html");
        assertThat(filings(out).get(0).events()).extracting(FilingEvent::kind)
                .containsExactly(FilingEventKind.FILED, FilingEventKind.CORRECTION_REQUESTED);
    }

    @Test
    void anAuditAfterADisclosureFollowsFromIt() {
        List<Filing> f = filings(run("・2016年4月1日:出張記録を情報開示請求", "http://blog.example.jp/a/1.html",
                "・2016年4月20日:出張記録が部分開示", "http://blog.example.jp/a/2.html",
                "・2016年5月1日:出張旅費について住民監査請求", "http://blog.example.jp/a/3.html",
                "・2016年6月30日:出張旅費の住民監査請求は棄却", "http://blog.example.jp/a/4.html"));
        assertThat(f).extracting(Filing::kind).containsExactly(FilingKind.DISCLOSURE_REQUEST,
                FilingKind.RESIDENT_AUDIT_REQUEST);
        assertThat(f.get(1).precededBy()).isEqualTo(f.get(0).id()).isEqualTo("p9.filing-1");
        assertThat(f.get(0).outcome()).isEqualTo(FilingOutcome.PARTIALLY_DISCLOSED);
        assertThat(f.get(1).outcome()).isEqualTo(FilingOutcome.REJECTED);
    }

    @Test
    void readsListsMarkedWithDoubleCirclesDiamondsAndTriangles() {
        Extraction out = run("◎2020年2月3日：町の動き", "http://blog.example.jp/a/1.html", "◆2020年2月4日:県の動き",
                "http://blog.example.jp/a/2.html", "▼2020年2月5日：国の動き", "http://blog.example.jp/a/3.html");
        assertThat(out.links()).extracting(Link::title).containsExactly("町の動き", "県の動き", "国の動き");
    }

    @Test
    void takesTheAuthorityARequestWasAddressedToFromTheFiledItem() {
        List<Filing> f = filings(run("・2021年6月1日：議長車の運行日誌を桐生市議会に情報公開請求", "http://blog.example.jp/a/1.html",
                "・2021年7月1日：海外視察費の返還を求め桐生市監査委員に対して住民監査請求", "http://blog.example.jp/a/2.html"));
        assertThat(f).extracting(x -> x.filedWith().name()).containsExactly("桐生市議会", "桐生市監査委員");
        assertThat(FilingChain.addressee("勤務中に動画を見ていた職員の記録を開示請求")).isNull();
        assertThat(FilingChain.addressee("知事に開示請求書を提出")).isNotNull()
                .satisfies(p -> assertThat(p.name()).isEqualTo("知事"));
    }

    @Test
    void aRecommendationHopedForButNotGivenIsARejection() {
        List<Filing> f = filings(run("・2019年3月1日：公用車の私的利用について住民監査請求", "http://blog.example.jp/a/1.html",
                "・2019年4月25日：監査結果は棄却、勧告は出ず", "http://blog.example.jp/a/2.html"));
        assertThat(f).singleElement().satisfies(x -> assertThat(x.outcome()).isEqualTo(FilingOutcome.REJECTED));
    }

    @Test
    void followsAnAppealThroughTheReviewBoardsReportToItsRuling() {
        List<Filing> f = filings(run("・令和2年3月2日：非開示部分について知事に審査請求", "http://blog.example.jp/a/1.html",
                "・令和2年9月30日：審査会の答申が出る", "http://blog.example.jp/a/2.html",
                "・令和2年11月4日：審査請求は棄却との裁決", "http://blog.example.jp/a/3.html"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.APPEAL);
            assertThat(x.filed().edtf()).isEqualTo("2020-03-02");
            assertThat(x.events()).extracting(FilingEvent::kind).containsExactly(FilingEventKind.FILED,
                    FilingEventKind.OTHER, FilingEventKind.DECIDED);
            assertThat(x.outcome()).as("棄却 of an appeal, not of an audit request").isEqualTo(FilingOutcome.REJECTED);
        });
    }

    @Test
    void aLawsuitBroughtAndItsJudgmentByACourtAreOneLawsuit() {
        List<Filing> f = filings(run("○2018年3月4日：補助金の返還を求めて前橋地裁に住民訴訟を提起↓", "https://blog.example.jp/a/1.html",
                "○2018年11月12日：補助金訴訟、前橋地裁が住民の請求を棄却↓", "https://blog.example.jp/a/2.html"));

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.RESIDENT_LAWSUIT);
            assertThat(x.outcome()).isEqualTo(FilingOutcome.REJECTED);
            assertThat(x.events()).extracting(e -> e.kind() + " " + e.when().edtf())
                    .containsExactly("FILED 2018-03-04", "DECIDED 2018-11-12");
        });
    }

    @Test
    void aTitleFilingOneKindAfterTheOutcomeOfAnotherIsTheKindItFiles() {
        List<Filing> f = filings(run("○2018年6月1日：前橋市監査委員に住民監査請求書を提出↓", "https://blog.example.jp/a/1.html",
                "○2018年9月3日：監査請求の棄却を受け、前橋地裁へ住民訴訟を提起↓", "https://blog.example.jp/a/2.html"));

        assertThat(f).extracting(Filing::kind).containsExactly(FilingKind.RESIDENT_AUDIT_REQUEST, FilingKind.RESIDENT_LAWSUIT);
        assertThat(f.get(1).precededBy()).isEqualTo(f.get(0).id());
        // where it stops: a title naming the audit request's outcome and filing nothing stays the audit request's
        assertThat(filings(run("○2018年6月1日：前橋市監査委員に住民監査請求書を提出↓", "https://blog.example.jp/a/1.html",
                "○2018年8月1日：監査請求は棄却、住民訴訟も考えます↓", "https://blog.example.jp/a/2.html")))
                .singleElement().satisfies(x -> assertThat(x.outcome()).isEqualTo(FilingOutcome.REJECTED));
    }

    @Test
    void anUnmarkedDatedItemWithItsAddressIsAnItemAndTitlesToldPolitelyFileAndDecide() {
        Extraction out = run("2018年6月13日：県警に街頭カメラの設置場所を開示請求しました https://watch.example.jp/2018/06/13/a/",
                "2018年8月14日：県警の開示決定、設置場所はすべて黒塗り https://watch.example.jp/2018/08/14/b/",
                "2018年10月3日：黒塗りの決定に審査請求しました https://watch.example.jp/2018/10/03/c/");
        assertThat(out.links()).extracting(Link::url).containsExactly("https://watch.example.jp/2018/06/13/a/",
                "https://watch.example.jp/2018/08/14/b/", "https://watch.example.jp/2018/10/03/c/");
        List<Filing> f = filings(out);
        assertThat(f).extracting(Filing::kind).containsExactly(FilingKind.DISCLOSURE_REQUEST, FilingKind.APPEAL);
        assertThat(f.get(0).events()).extracting(e -> e.kind() + " " + e.when().edtf() + " " + e.link().url())
                .containsExactly("FILED 2018-06-13 https://watch.example.jp/2018/06/13/a/",
                        "DECIDED 2018-08-14 https://watch.example.jp/2018/08/14/b/");
        assertThat(f.get(1).events()).extracting(e -> e.kind() + " " + e.when().edtf() + " " + e.link().url())
                .containsExactly("FILED 2018-10-03 https://watch.example.jp/2018/10/03/c/");
        assertThat(f.get(1).precededBy()).isEqualTo(f.get(0).id());
        assertThat(run("2018年6月13日：港の話をしました")).as("no address, no mark: no item").satisfies(x -> assertThat(x.links()).isEmpty());
    }

    @Test
    void unmarkedItemsDatedWithDotsAndSpacedFromTheirTitlesTellTheirFilings() {
        Extraction out = run("▼これまでの記事", "2018.06.12　駅前のカメラの一覧を公開請求しました", "https://watch.example.jp/101/",
                "2018.06.28　一覧は出たけれど、場所は黒塗り", "https://watch.example.jp/102/",
                "2018.08.21　黒塗りの取り消しを求めて審査請求をしました", "https://watch.example.jp/103/");
        List<Filing> f = filings(out);
        assertThat(f).extracting(Filing::kind).containsExactly(FilingKind.DISCLOSURE_REQUEST, FilingKind.APPEAL);
        assertThat(f.get(0).outcome()).as("the blacked-out parts tell a partial disclosure").isEqualTo(FilingOutcome.PARTIALLY_DISCLOSED);
        assertThat(f.get(0).events()).extracting(e -> e.when().edtf()).containsExactly("2018-06-12", "2018-06-28");
        assertThat(f.get(1).filed().edtf()).as("審査請求をしました is filed, blacked out or not").isEqualTo("2018-08-21");
        assertThat(run("2018.06.12　駅前を歩きました")).satisfies(o -> assertThat(o.links()).as("no address: no item").isEmpty());
    }
}
