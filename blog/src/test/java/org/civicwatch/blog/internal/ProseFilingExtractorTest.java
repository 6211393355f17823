package org.civicwatch.blog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.When;
import org.junit.jupiter.api.Test;

class ProseFilingExtractorTest {
    private static List<Filing> filings(String published, String... lines) {
        return filingsOfBlog("まちの目の会", published, lines);
    }

    /** The filings a post tells in a blog of the given name. */
    private static List<Filing> filingsOfBlog(String blog, String published, String... lines) {
        PostText post = new PostText("https://blog.example.jp/a/9.html", "p9", null, When.parse(published), List.of(lines),
                List.of(lines).stream().map(l -> 0).toList(), blog);
        Extraction out = Extraction.strict(post);
        new ProseFilingExtractor().extract(post, out);
        return out.records().stream().map(Filing.class::cast).toList();
    }

    /** A post of the group's read by the link-list extractor, then the prose one, as a page is read. */
    private static Extraction listAndProse(String published, List<String> lines) {
        PostText post = new PostText("https://blog.example.jp/a/9.html", "p9", null, When.parse(published), lines,
                lines.stream().map(l -> 0).toList(), "まちの目の会");
        Extraction out = Extraction.strict(post);
        new LinkListExtractor().extract(post, out);
        new ProseFilingExtractor().extract(post, out);
        return out;
    }

    private static List<Filing> filings(Extraction out) {
        return out.records().stream().map(Filing.class::cast).toList();
    }

    private static List<String> events(Filing f) {
        return f.events().stream().map(e -> e.kind().name().toLowerCase() + " " + e.when().edtf()).toList();
    }

    @Test
    void aRequestFiledAndRefusedInOneSentenceIsOneFilingWithTwoDatedSteps() {
        List<Filing> f = filings("2017-07-20", "当会では6月29日付けで公文書開示請求書を群馬県知事に提出しましたが、7月11日までに"
                + "三つの課から公文書不存在決定通知が届きました。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.DISCLOSURE_REQUEST);
            assertThat(x.filed().edtf()).isEqualTo("2017-06-29");
            assertThat(x.filedWith().name()).isEqualTo("群馬県知事");
            assertThat(x.filedBy().name()).isEqualTo("まちの目の会");
            assertThat(x.outcome()).isEqualTo(FilingOutcome.NOT_HELD);
            assertThat(events(x)).containsExactly("filed 2017-06-29", "decided 2017-07-11");
        });
    }

    @Test
    void anAppealFollowsTheRequestItChallengesAndAQuotedRulingDecidesIt() {
        List<Filing> f = filings("2019-02-20",
                "8月1日に開示請求をしましたが、同月14日に非開示の決定通知が届きました。",
                "そこで10月26日に審査請求書を知事あてに提出し、非開示決定の取消しを求めました。",
                "**********県知事からの裁決書",
                "総第５５号",
                "平成31年2月18日",
                "１　原処分を取り消す。",
                "**********");

        assertThat(f).hasSize(2);
        assertThat(f.get(0).outcome()).isEqualTo(FilingOutcome.NOT_DISCLOSED);
        assertThat(f.get(1).kind()).isEqualTo(FilingKind.APPEAL);
        assertThat(f.get(1).precededBy()).isEqualTo(f.get(0).id());
        assertThat(f.get(1).filedWith().name()).isEqualTo("知事");
        assertThat(f.get(1).outcome()).isEqualTo(FilingOutcome.REVOKED);
        assertThat(f.get(1).referenceNumber()).isEqualTo("総第５５号");
        assertThat(events(f.get(1))).containsExactly("filed 2018-10-26", "decided 2019-02-18");
    }

    @Test
    void aLawsuitIsOneFilingWithItsHearingsAndJudgmentAndTheOutcomeOfItsMainText() {
        List<Filing> f = filings("2018-03-16",
                "当会は昨年4月30日に前橋地裁に訴状を提出し、住民訴訟を提起しました。",
                "第1回口頭弁論は7月5日に開かれ、12月1日の第13回口頭弁論で結審しました。",
                "本日午後1時10分から判決言渡しがあり、裁判長は「主文　原告らの請求を棄却する。訴訟費用は原告らの負担とする。」と述べました。",
                "控訴するかどうかは会員で話し合います。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.RESIDENT_LAWSUIT);
            assertThat(x.filedWith().name()).isEqualTo("前橋地裁");
            assertThat(x.outcome()).isEqualTo(FilingOutcome.REJECTED);
            assertThat(events(x)).containsExactly("filed 2017-04-30", "hearing 2017-07-05", "hearing 2017-12-01",
                    "decided 2018-03-16T13:10+09:00");
        });
    }

    @Test
    void aPlanAndAFilingOnlyDiscussedFileNothing() {
        assertThat(filings("2020-01-10", "来月には住民監査請求を提出する予定です。", "審査請求をするかどうか検討しています。"))
                .isEmpty();
    }

    @Test
    void aFilingNamedByItsDayIsAFilingToldElsewhereThatTheStepIsOf() {
        List<Filing> f = filings("2020-06-25", "その後、6月24日付けで、6月9日の開示請求に対して不存在の決定通知書が届きました。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.filed().edtf()).isEqualTo("2020-06-09");
            assertThat(x.outcome()).isEqualTo(FilingOutcome.NOT_HELD);
            assertThat(events(x)).containsExactly("filed 2020-06-09", "decided 2020-06-24");
            assertThat(x.provenance().confidence()).isLessThan(0.6);
        });
    }

    @Test
    void moneyReturnedIsARemedyApartFromTheOutcome() {
        List<Filing> f = filings("2019-08-01", "当会は5月7日付けで住民監査請求書を市監査委員に提出しました。",
                "7月29日付けで「請求を却下する」との監査結果通知が届きましたが、職員は5万円を市に返還しました。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.outcome()).isEqualTo(FilingOutcome.DISMISSED);
            assertThat(x.remedy().amount()).isEqualTo(50_000L);
            assertThat(x.filedWith().name()).isEqualTo("市監査委員");
            assertThat(x.events()).extracting(FilingEvent::note).containsExactly("住民監査請求書", "却下");
        });
    }

    @Test
    void aResultDatedOneDayAndReceivedTheNextIsDecidedOnTheDayItIsDated() {
        List<Filing> f = filings("2019-06-01", "当会は、平成３１年２月１日付けで館林市監査委員に対して館林市職員措置請求書を提出しました。",
                "４月１日付けの監査結果通知が翌日に郵送で届き、請求は棄却されました。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.RESIDENT_AUDIT_REQUEST);
            assertThat(x.outcome()).isEqualTo(FilingOutcome.REJECTED);
            assertThat(events(x)).containsExactly("filed 2019-02-01", "decided 2019-04-01");
        });
    }

    @Test
    void anExtensionOfTheDeadlineForADecisionIsAnExtensionAndNoDecision() {
        List<Filing> f = filings("2021-10-05", "本会は、９月１０日付けで桐生市長に対して文書の開示を請求しました。",
                "９月２４日、市から開示決定等の期限を延長するとの通知が届きました。",
                "１０月４日には、決定の期間を延長した上で部分開示決定通知書が届きました。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.outcome()).isEqualTo(FilingOutcome.PARTIALLY_DISCLOSED);
            assertThat(events(x)).containsExactly("filed 2021-09-10", "extended 2021-09-24", "decided 2021-10-04");
        });
    }

    @Test
    void anAddresseeKeepsTheKanaNameOfItsMunicipality() {
        List<Filing> f = filings("2022-03-01", "当会は２月３日に住民監査請求書をあさぎり市監査委員に提出しました。",
                "その件について市長に説明を求めました。");

        assertThat(f).singleElement().satisfies(x -> assertThat(x.filedWith().name()).isEqualTo("あさぎり市監査委員"));
        assertThat(filings("2022-03-01", "これについて市長あてに公文書開示請求書を２月３日に提出しました。"))
                .singleElement().satisfies(x -> assertThat(x.filedWith().name()).isEqualTo("市長"));
    }

    @Test
    void aFilingNamedByTheDayItWasDecidedIsTheFilingALawsuitFollows() {
        List<Filing> f = filings("2023-07-01", "■６月２日に棄却された住民監査請求について、当会は６月２８日に甲府地方裁判所へ住民訴訟を提起しました。");

        assertThat(f).hasSize(2);
        assertThat(f.get(0).kind()).isEqualTo(FilingKind.RESIDENT_AUDIT_REQUEST);
        assertThat(f.get(0).filed()).isNull();
        assertThat(f.get(0).outcome()).isEqualTo(FilingOutcome.REJECTED);
        assertThat(events(f.get(0))).containsExactly("decided 2023-06-02");
        assertThat(f.get(1).kind()).isEqualTo(FilingKind.RESIDENT_LAWSUIT);
        assertThat(f.get(1).precededBy()).isEqualTo(f.get(0).id());
        assertThat(f.get(1).outcome()).isNull();
        assertThat(events(f.get(1))).containsExactly("filed 2023-06-28");
    }

    @Test
    void aNoticeThatARefusalIsRevokedDecidesTheAppealAgainstIt() {
        List<Filing> f = filings("2022-04-02", "当会は１月５日に公文書開示請求を桐生市長あてに提出すると、１月１９日に非開示の決定通知が届きました。",
                "そこで１月２８日に非開示決定処分の取消しを求める審査請求書を提出しました。",
                "すると３月３０日付で非開示取消通知が市から届きました。");

        assertThat(f).hasSize(2);
        assertThat(f.get(0).outcome()).isEqualTo(FilingOutcome.NOT_DISCLOSED);
        assertThat(f.get(1).kind()).isEqualTo(FilingKind.APPEAL);
        assertThat(f.get(1).outcome()).isEqualTo(FilingOutcome.REVOKED);
        assertThat(events(f.get(1))).containsExactly("filed 2022-01-28", "decided 2022-03-30");
    }

    @Test
    void aFilingInARelativeClauseIsFiledOnTheDateInBracketsAfterItsWord() {
        List<Filing> f = filings("2024-03-01", "桐生市監査委員（田中一郎）は、２月９日付けで、私たちの提出した住民監査請求書（令和６年１月１０日付）を"
                + "「請求の要件を欠く」として却下しました。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.RESIDENT_AUDIT_REQUEST);
            assertThat(x.filedWith().name()).isEqualTo("桐生市監査委員");
            assertThat(x.filedBy().name()).isEqualTo("まちの目の会");
            assertThat(x.outcome()).isEqualTo(FilingOutcome.DISMISSED);
            assertThat(events(x)).containsExactly("filed 2024-01-10", "decided 2024-02-09");
        });
    }

    @Test
    void aStepDatedInTheClauseAfterItTakesThatDate() {
        List<Filing> f = filings("2024-06-20", "当会は４月３０日に前橋地方裁判所に住民訴訟を提起しました。",
                "４月３０日の提訴から間もなく２か月ですが、第１回口頭弁論が、６月１４日（金）に前橋地裁で開かれました。");

        assertThat(f).singleElement().satisfies(x ->
                assertThat(events(x)).containsExactly("filed 2024-04-30", "hearing 2024-06-14"));
    }

    @Test
    void theItemsOfADatedLinkListAreLinksOfTheFilingsTheyTellTheStoryOfWithTheirDates() {
        List<String> lines = List.of("当会は、昨年１１月２日付けで伊勢崎市長あてに公文書開示請求書を郵送しましたが、"
                        + "１１月１６日付けで公文書不存在決定通知書が届きました。",
                "当会は同月２８日に伊勢崎市長に対して審査請求書を提出しました。", "",
                "〇2022年11月3日:伊勢崎市長あてに契約書の開示請求書を郵送↓", "https://blog.example.jp/a/1.html",
                "〇2022年11月29日:不存在決定を不服として審査請求書を提出↓", "https://blog.example.jp/a/2.html");
        List<Filing> f = filings(listAndProse("2023-02-10", lines));

        assertThat(f).extracting(Filing::kind).containsExactly(FilingKind.DISCLOSURE_REQUEST, FilingKind.APPEAL);
        assertThat(f.get(0).links()).singleElement().satisfies(l -> {
            assertThat(l.url()).isEqualTo("https://blog.example.jp/a/1.html");
            assertThat(l.published().edtf()).isEqualTo("2022-11-03");
            assertThat(l.title()).as("the arrow is no part of the title").isEqualTo("伊勢崎市長あてに契約書の開示請求書を郵送");
        });
        assertThat(f.get(1).links()).extracting(l -> l.url()).containsExactly("https://blog.example.jp/a/2.html");
        assertThat(f.get(1).precededBy()).isEqualTo(f.get(0).id());
    }

    @Test
    void aStatementHearingNamedByWhoSpeaksIsAHearingOfTheAuditRequest() {
        List<Filing> f = filings("2021-03-01", "本会は、令和２年１１月４日、太田市監査委員に住民監査請求書を提出しました。",
                "同月２０日に請求人の陳述が行われ、請求人陳述書も出しました。");

        assertThat(f).singleElement().satisfies(x -> assertThat(events(x)).containsExactly("filed 2020-11-04", "hearing 2020-11-20"));
    }

    @Test
    void aJudgmentHandedDownIsTheDecisionOfTheLawsuit() {
        List<Filing> f = filings("2023-02-01", "当会は令和４年５月１０日に高崎地裁に住民訴訟を提起しました。",
                "１月２５日に判決が下されましたが、その内容には納得できません。");

        assertThat(f).singleElement().satisfies(x -> assertThat(events(x)).containsExactly("filed 2022-05-10", "decided 2023-01-25"));
    }

    @Test
    void aLawsuitNamedByTheTimeSinceItWasBroughtTakesTheHearingsThatFollow() {
        List<Filing> f = filings("2023-06-10", "渋川市の補助金をめぐる住民訴訟は、提訴から１年が経過しました。",
                "５月１０日に第３回口頭弁論が開かれました。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.RESIDENT_LAWSUIT);
            assertThat(x.filed()).isNull();
            assertThat(events(x)).containsExactly("hearing 2023-05-10");
        });
        assertThat(filings("2023-06-10", "提訴から半年が経ちましたが、まだ何も決まっていません。")).isEmpty();
    }

    @Test
    void aKanaMunicipalityOpeningWithAParticlesKanaKeepsIt() {
        assertThat(filings("2023-04-10", "当会は３月１日付けで、にかほ市長あてに公文書開示請求書を提出しました。"))
                .singleElement().satisfies(x -> assertThat(x.filedWith().name()).isEqualTo("にかほ市長"));
        assertThat(filings("2023-04-10", "当会は３月１日付けで公文書開示請求書をにかほ市長あてに提出しました。"))
                .singleElement().satisfies(x -> assertThat(x.filedWith().name()).isEqualTo("にかほ市長"));
        assertThat(filings("2023-04-10", "これについて市長あてに公文書開示請求書を３月１日に提出しました。"))
                .singleElement().satisfies(x -> assertThat(x.filedWith().name()).isEqualTo("市長"));
    }

    @Test
    void anAppealNamingNoBodyIsBroughtByTheRequesterToTheBodyThatRefused() {
        List<Filing> f = filings("2024-02-01", "当会は、１月５日付けで館林市長あてに公文書開示請求書を郵送したが、１月１５日付けで非開示決定通知が届いた。",
                "納得できないので、同月２２日、この決定に対して審査請求を行いました。");

        assertThat(f).hasSize(2);
        assertThat(f.get(1).kind()).isEqualTo(FilingKind.APPEAL);
        assertThat(f.get(1).precededBy()).isEqualTo(f.get(0).id());
        assertThat(f.get(1).filedWith().name()).isEqualTo("館林市長");
        assertThat(f.get(1).filedBy().name()).isEqualTo("まちの目の会");
    }

    @Test
    void anAppealNamedByTheDayItWasBroughtTakesTheRulingThatRevokesTheRefusal() {
        List<Filing> f = filings("2024-03-05", "昨年１２月２０日に当会が行った審査請求について、２月２８日付けの裁決書が翌日郵送で届きました。",
                "裁決は、非開示決定を取り消すというものでした。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.APPEAL);
            assertThat(x.filed().edtf()).isEqualTo("2023-12-20");
            assertThat(x.filedBy().name()).isEqualTo("まちの目の会");
            assertThat(x.outcome()).isEqualTo(FilingOutcome.REVOKED);
            assertThat(events(x)).containsExactly("filed 2023-12-20", "decided 2024-02-28");
        });
    }

    @Test
    void aDecisionToldInTheClauseThatLeadsToTheNextFilingIsTheDecisionOfTheFilingBeforeIt() {
        List<Filing> f = filings("2021-06-01", "当会は、令和２年６月３日に前橋市監査委員へ住民監査請求書を提出しましたが、"
                + "同年７月３０日付けで却下されたため、同年８月２５日に前橋地裁へ住民訴訟を提起しました。");

        assertThat(f).extracting(Filing::kind).containsExactly(FilingKind.RESIDENT_AUDIT_REQUEST, FilingKind.RESIDENT_LAWSUIT);
        assertThat(events(f.get(0))).containsExactly("filed 2020-06-03", "decided 2020-07-30");
        assertThat(f.get(0).outcome()).isEqualTo(FilingOutcome.DISMISSED);
        assertThat(events(f.get(1))).containsExactly("filed 2020-08-25");
        assertThat(f.get(1).outcome()).isNull();
        assertThat(f.get(1).precededBy()).isEqualTo(f.get(0).id());
    }

    @Test
    void aJudgmentToldBeforeTheStoryIsAStepOfTheLawsuitItNamesAndTheAppealCourtIsNoAppeal() {
        List<Filing> f = filings("2022-04-01",
                "当会が起こした住民訴訟の控訴審で、３月２３日（水）午前１１時、東京高裁で判決が言い渡されました。",
                "当会は令和２年１０月１日に前橋地裁に住民訴訟を提起しました。",
                "同年１２月に一審で敗訴し、当会は令和３年１月６日に控訴し、同年１０月１３日に控訴審の第１回口頭弁論が開かれました。",
                "当会は４月１日、上告状と上告受理申立書を東京高裁に提出しました。");

        assertThat(f).singleElement().satisfies(x -> assertThat(events(x)).containsExactly("filed 2020-10-01",
                "other 2021-01-06", "hearing 2021-10-13", "decided 2022-03-23T11:00+09:00", "other 2022-04-01"));
    }

    @Test
    void aQuotedLetterAskingForACorrectionAsksItOnTheLettersDate() {
        List<Filing> f = filings("2022-03-01", "本会は、令和４年１月１１日付で高崎市職員措置請求書を高崎市監査委員に提出しました。",
                "すると、次の書面が届きました。", "**********", "高監第１２号", "令和４年１月１８日", "高崎市監査委員",
                "職員措置請求書の補正について", "請求の対象を特定したうえで、１月２８日までに補正書を提出してください。", "**********",
                "本会は同月２５日に補正書を提出しました。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(events(x)).containsExactly("filed 2022-01-11", "correction_requested 2022-01-18", "corrected 2022-01-25");
            assertThat(x.referenceNumber()).as("the letter's number is not the filing's").isNull();
        });
    }

    @Test
    void anAppealRetoldByItsDayAndFilerIsNamedWithTheDecisionThatFollows() {
        List<Filing> f = filings("2023-03-28", "先月９日に本会が前橋市長に対して行った異議申立てについて、３月２０日付けの決定書が同月２４日に届きました。",
                "決定は、一部開示とした決定のうち、黒塗りにした部分を取り消す、というものです。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.APPEAL);
            assertThat(x.filed().edtf()).isEqualTo("2023-02-09");
            assertThat(x.filedBy().name()).isEqualTo("まちの目の会");
            assertThat(x.outcome()).isEqualTo(FilingOutcome.REVOKED);
            assertThat(events(x)).containsExactly("filed 2023-02-09", "decided 2023-03-20");
        });
    }

    @Test
    void aSecondRequestFiledTheSameDayWithAnotherBodyIsFiledByTheSameFiler() {
        List<Filing> f = filings("2023-03-28", "本会は、３月１４日、群馬県知事あてに公文書開示請求書を提出しました。",
                "同日、前橋市長にも、同じ内容の開示請求書を提出しました。", "翌日、高崎市長あてに開示請求書を送付しました。");

        assertThat(f).extracting(x -> x.filedWith().name()).containsExactly("群馬県知事", "前橋市長", "高崎市長");
        assertThat(f).extracting(x -> x.filed().edtf()).containsExactly("2023-03-14", "2023-03-14", "2023-03-15");
        assertThat(f.get(1).filedBy().name()).isEqualTo("まちの目の会");
        assertThat(f.get(2).filedBy()).as("no subject of its own: the group goes on speaking").isNotNull();
        assertThat(f.get(2).filedBy().name()).isEqualTo("まちの目の会");
    }

    @Test
    void aFilingToldWithoutASubjectAfterTheGroupSpokeAsOneIsTheGroups() {
        List<Filing> f = filings("2021-06-01", "本会は春から、町の公用車の使い方を調べてきました。",
                "まず、４月２日に町長あてに、運転日誌が分かる文書の公文書公開請求書を提出しました。",
                "住民の一人は、４月５日に議長あてに公文書公開請求書を提出しました。");

        assertThat(f).hasSize(2);
        assertThat(f.get(0).filedBy().name()).isEqualTo("まちの目の会");
        assertThat(f.get(0).filedWith().name()).isEqualTo("町長");
        assertThat(f.get(1).filedBy()).as("another subject files it").isNull();
    }

    @Test
    void anExtensionNoticeAndAPartialDecisionToldByTheirLettersAndAnAppealForWhichTheGroupGivesItsReason() {
        List<Filing> f = filings("2021-08-02", "本会は４月２日、町長あてに公文書公開請求書を提出しました。",
                "すると４月１６日付けで「公開決定等期間延長通知書」が届き、決定は５月１４日まで延びました。",
                "結局、５月１０日付けの部分公開決定通知書が届き、地図は黒塗りでした。",
                "隠す理由はないと考え、本会は５月２０日、この部分公開決定の取消しを求める審査請求書を町長に提出しました。",
                "町長から諮問を受けた町情報公開審査会は、７月１日付けで、地図は公開すべきとの答申を出しました。",
                "町長は７月２０日付けで、先の決定のうち地図を隠した部分を取り消す裁決を行いました。");

        assertThat(f).hasSize(2);
        assertThat(f.get(0).outcome()).isEqualTo(FilingOutcome.PARTIALLY_DISCLOSED);
        assertThat(events(f.get(0))).containsExactly("filed 2021-04-02", "extended 2021-04-16", "decided 2021-05-10");
        Filing appeal = f.get(1);
        assertThat(appeal.kind()).isEqualTo(FilingKind.APPEAL);
        assertThat(appeal.precededBy()).isEqualTo(f.get(0).id());
        assertThat(appeal.filedWith().name()).isEqualTo("町長");
        assertThat(appeal.outcome()).isEqualTo(FilingOutcome.REVOKED);
        assertThat(events(appeal)).containsExactly("filed 2021-05-20", "other 2021-07-01", "decided 2021-07-20");
    }

    @Test
    void aHearingAnnouncedAsScheduledWithItsWeekdayIsADatedStepButOneOnlyConsideredIsNot() {
        List<Filing> f = filings("2023-05-15", "本会は５月８日、町長を被告として前橋地方裁判所に住民訴訟を起こしました。",
                "第１回口頭弁論は、７月６日（木）午後２時から前橋地裁で開かれる予定です。",
                "８月の口頭弁論で証人尋問を求めるかどうか、弁護士と検討しています。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.filedWith().name()).isEqualTo("前橋地方裁判所");
            assertThat(events(x)).containsExactly("filed 2023-05-08", "hearing 2023-07-06T14:00+09:00");
        });
    }

    @Test
    void aRequestAddressedWithあてのIsFiledWithThatOfficerAndADateThatFixesWhatIsCountedDatesNoStep() {
        List<Filing> f = filings("2020-11-02",
                "１０月５日、福井県警察本部長あての公文書開示請求書を窓口に提出しました。",
                "すると同月１５日付けで、補正を求める文書が届きました。",
                "当会は同月２０日、「令和２年４月１日現在で運用している機器」に絞った補正書を送付しました。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.filedWith().name()).isEqualTo("福井県警察本部長");
            assertThat(events(x)).containsExactly("filed 2020-10-05", "correction_requested 2020-10-15", "corrected 2020-10-20");
        });
    }

    @Test
    void aWindowAddressedWithあてのIsNoBodyAndADateNotFixingACountStillDatesTheStep() {
        List<Filing> f = filings("2020-11-02",
                "１０月５日、県警本部の窓口あての公文書開示請求書を提出しました。",
                "当会は同月２０日、令和２年４月１日に届いた文書への補正書を送付しました。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.filedWith()).isNull();
            assertThat(events(x)).containsExactly("filed 2020-10-05");
        });
    }

    /** A request refused, the appeal against it and the ruling quoted with its number, date, preamble and 主文. */
    private static List<Filing> appealRuledOn(String preamble) {
        return appealRuledOn(preamble, "主文");
    }

    private static List<Filing> appealRuledOn(String preamble, String operativeHeading) {
        return filings("2021-10-10",
                "３月２日に開示請求をしましたが、同月１６日に不開示の決定通知が届きました。",
                "当会は４月１日、福井県公安委員会に審査請求書を提出しました。",
                "*****裁決書*****",
                "福公委第１２号",
                "令和３年１０月１日",
                preamble,
                operativeHeading,
                "本件審査請求を棄却する。",
                "*****");
    }

    @Test
    void aRulingDecidesByItsOperativePartAndDatesTheReviewBoardsAnswerItRestsOn() {
        List<Filing> f = appealRuledOn("令和３年４月１日付けで提起された審査請求（福井県警察本部長が令和３年３月１６日付けで行った不開示決定"
                + "に対するもの）について、福井県情報公開審査会の答申（令和３年８月２０日付け答申第３号）を踏まえ、次のとおり裁決する。");

        assertThat(f).hasSize(2);
        assertThat(f.get(0).outcome()).isEqualTo(FilingOutcome.NOT_DISCLOSED);
        assertThat(f.get(1).kind()).isEqualTo(FilingKind.APPEAL);
        assertThat(f.get(1).filedWith().name()).isEqualTo("福井県公安委員会");
        assertThat(f.get(1).outcome()).as("the 不開示 before 主文 is what the appeal challenged").isEqualTo(FilingOutcome.REJECTED);
        assertThat(f.get(1).referenceNumber()).isEqualTo("福公委第１２号");
        assertThat(events(f.get(1))).containsExactly("filed 2021-04-01", "other 2021-08-20", "decided 2021-10-01");
    }

    @Test
    void anOperativeHeadingSpacedOutIsTheOperativeHeading() {
        List<Filing> f = appealRuledOn("令和３年４月１日付けで提起された審査請求（令和３年３月１６日付けで行った不開示決定に対するもの）"
                + "について、次のとおり裁決する。", "主　　文");

        assertThat(f.get(1).outcome()).as("the 不開示 before 主　文 is what the appeal challenged")
                .isEqualTo(FilingOutcome.REJECTED);
    }

    @Test
    void aRulingNamingTheReviewBoardsAnswerWithoutItsDateAddsNoStep() {
        List<Filing> f = appealRuledOn("福井県情報公開審査会の答申を踏まえ、次のとおり裁決する。");

        assertThat(events(f.get(1))).containsExactly("filed 2021-04-01", "decided 2021-10-01");
    }

    @Test
    void aLawsuitWithdrawnAndBroughtAgainIsTwoAndTheCaseListTimesTheJudgment() {
        List<Filing> f = filings("2020-03-26",
                "当会は２０１９年５月１０日、甲府市を被告として甲府地方裁判所に住民訴訟を起こしました。",
                "７月５日の第１回口頭弁論で、被告側は被告を市長とすべきだと主張しました。",
                "当会は１０月１日、甲府市長を被告とする訴えを改めて甲府地裁に起こし、最初の訴えは同月８日に取り下げました。",
                "新しい訴えでは、１２月３日に弁論準備が開かれました。",
                "*****開廷表（第１号法廷）*****",
                "令和２年３月１３日（金）",
                "午前１０時３０分　判決",
                "*****",
                "裁判長は「原告の請求を棄却する。」と述べました。",
                "当会は３月２５日、控訴状を甲府地裁に提出しました。");

        assertThat(f).hasSize(2);
        assertThat(f.get(0).outcome()).isEqualTo(FilingOutcome.WITHDRAWN);
        assertThat(events(f.get(0))).containsExactly("filed 2019-05-10", "hearing 2019-07-05", "withdrawn 2019-10-08");
        assertThat(f.get(1).kind()).isEqualTo(FilingKind.RESIDENT_LAWSUIT);
        assertThat(f.get(1).filedWith().name()).isEqualTo("甲府地裁");
        assertThat(f.get(1).filedBy().name()).isEqualTo("まちの目の会");
        assertThat(f.get(1).outcome()).isEqualTo(FilingOutcome.REJECTED);
        assertThat(events(f.get(1))).containsExactly("filed 2019-10-01", "hearing 2019-12-03", "decided 2020-03-13T10:30+09:00",
                "other 2020-03-25");
    }

    @Test
    void anAppealWithdrawnAfterTheJudgmentLeavesTheJudgmentsOutcome() {
        List<Filing> f = filings("2021-06-10",
                "当会は２０２０年２月３日、松江地方裁判所に住民訴訟を起こしました。",
                "１２月４日に判決が言い渡され、請求は棄却されました。",
                "当会はいったん控訴しましたが、５月１日に控訴を取り下げました。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.outcome()).as("the judgment stands").isEqualTo(FilingOutcome.REJECTED);
            assertThat(events(x)).contains("decided 2020-12-04", "withdrawn 2021-05-01");
        });
    }

    @Test
    void suingOnlyConsideredFilesNothingAndACaseListTimeOfAHearingIsNoJudgment() {
        assertThat(filings("2020-03-26", "市を訴えるかどうか、会員で話し合います。")).isEmpty();
        List<Filing> f = filings("2020-03-26",
                "当会は２０１９年５月１０日、甲府地方裁判所に住民訴訟を起こしました。",
                "*****開廷表（第１号法廷）*****",
                "令和２年３月１３日（金）",
                "午前１０時３０分　口頭弁論",
                "*****");
        assertThat(f).singleElement().satisfies(x -> assertThat(events(x)).containsExactly("filed 2019-05-10"));
    }

    @Test
    void aJudgmentToldWithItsDateBetweenItsParticleAndItsVerbIsDecidedThatDay() {
        List<Filing> f = filings("2020-05-20",
                "当会は２０１９年５月１０日、甲府地方裁判所に住民訴訟を起こしました。",
                "その住民訴訟の判決が、５月１５日（金）に言い渡されました。",
                "控訴審の判決が、来月に言い渡される予定です。");

        assertThat(f).singleElement().satisfies(x -> assertThat(events(x)).containsExactly("filed 2019-05-10", "decided 2020-05-15"));
    }

    @Test
    void eachItemOfASpacedLinkListIsALinkOfTheFilingItTellsEvenWhenTheListTellsTwoSuits() {
        List<String> lines = List.of("当会は19年10月に甲府市監査委員に住民監査請求を行いましたが、翌19年12月に棄却の通知を受けました。",
                "当会は２０２０年１月８日、甲府地方裁判所に住民訴訟を起こしました。",
                "当会は５月１１日、甲府市長を被告とする訴えを改めて甲府地裁に起こし、最初の訴えは同月２０日に取り下げました。", "",
                "◆2019.10.31 甲府市監査委員に住民監査請求", "https://blog.example.jp/a/1.html",
                "◆2020.1.9 甲府地裁に住民訴訟を提起", "https://blog.example.jp/a/2.html",
                "◆2020.5.12 被告を市長に改め、甲府地裁に訴えを起こし直しました", "https://blog.example.jp/a/3.html");
        Extraction out = listAndProse("2020-06-01", lines);
        List<Filing> f = filings(out);

        assertThat(out.links()).hasSize(3);
        assertThat(f).extracting(Filing::kind).containsExactly(FilingKind.RESIDENT_AUDIT_REQUEST, FilingKind.RESIDENT_LAWSUIT,
                FilingKind.RESIDENT_LAWSUIT);
        assertThat(f.get(0).filed().edtf()).isEqualTo("2019-10");
        assertThat(f.get(0).links()).extracting(l -> l.url()).as("a step told by its month: the list item of its last day")
                .containsExactly("https://blog.example.jp/a/1.html");
        assertThat(f.get(1).links()).extracting(l -> l.url()).containsExactly("https://blog.example.jp/a/2.html");
        assertThat(f.get(2).links()).extracting(l -> l.url()).containsExactly("https://blog.example.jp/a/3.html");
        assertThat(f.get(2).precededBy()).isEqualTo(f.get(0).id());
    }

    @Test
    void aMarkedLineWithADateAndASpaceButNoAddressIsProseNotAListItem() {
        List<String> lines = List.of("◆2020.1.8 甲府地方裁判所に住民訴訟を起こしました。", "◆2020.5.12 第１回口頭弁論が開かれました。");
        Extraction out = listAndProse("2020-06-01", lines);

        assertThat(out.links()).isEmpty();
        assertThat(out.records()).singleElement().satisfies(r -> assertThat(events((Filing) r))
                .containsExactly("filed 2020-01-08", "hearing 2020-05-12"));
    }

    @Test
    void anAuditRequestNamedAgainInBracketsIsFiledAndACorrectionAskedByTelephoneAndBroughtInAreItsSteps() {
        List<Filing> f = filings("2024-06-20",
                "当会は５月８日、沼田市監査委員あてに住民監査請求書（沼田市職員措置請求書）を提出しました。",
                "５月１５日に事務局から電話があり、金額の書き方について補正を求められたため、５月２１日に訂正した請求書を事務局に持参しました。",
                "６月１３日付けの通知で、請求は却下されました。",
                "当会は７月中に前橋地裁に住民訴訟を起こす方向で準備しています。");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.RESIDENT_AUDIT_REQUEST);
            assertThat(x.filedWith().name()).isEqualTo("沼田市監査委員");
            assertThat(x.filedBy().name()).isEqualTo("まちの目の会");
            assertThat(x.outcome()).isEqualTo(FilingOutcome.DISMISSED);
            assertThat(events(x)).containsExactly("filed 2024-05-08", "correction_requested 2024-05-15", "corrected 2024-05-21",
                    "decided 2024-06-13");
        });
    }

    @Test
    void aBracketHoldingAClauseIsNoOtherNameAndARequestOnlyDraftedIsNoCorrection() {
        // where the rules stop: a bracket with a clause in it is passed over by nothing, and a mended request only
        // written, not handed in, is no step
        List<Filing> f = filings("2024-06-20",
                "当会は５月８日、沼田市監査委員あてに住民監査請求書（金額、日付の誤りあり）を提出しました。",
                "当会は６月１日、前橋市監査委員あてに住民監査請求書を提出しました。",
                "６月５日に補正を求められ、６月７日に訂正した請求書を作りました。");

        assertThat(f).singleElement().satisfies(x -> assertThat(events(x)).containsExactly("filed 2024-06-01",
                "correction_requested 2024-06-05"));
    }

    @Test
    void theNoticeThatTheReviewBoardWasConsultedIsAStepOfTheAppealAndTheDayALetterArrivedIsNone() {
        List<Filing> f = filings("2024-03-01",
                "当会は１０月２日、長野県知事に公文書開示請求書を提出しましたが、１０月１６日付けで非開示決定通知が届きました。",
                "当会は１２月４日、長野県知事に対し、この非開示決定の取消しを求める審査請求書を提出しました。",
                "１２月２０日付けで、県から「長野県情報公開審査会に諮問しました」という通知が届きました。",
                "今年２月６日付けで、県から非開示決定取消通知書が送られてきました。",
                "↑２月８日に書留で届いた非開示決定取消通知書↑");

        assertThat(f).hasSize(2);
        assertThat(f.get(1)).satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.APPEAL);
            assertThat(x.outcome()).isEqualTo(FilingOutcome.REVOKED);
            assertThat(events(x)).containsExactly("filed 2023-12-04", "other 2023-12-20", "decided 2024-02-06");
        });
    }

    @Test
    void aConsultationOnlyAskedForIsNoStepAndALetterArrivingWithNoDecisionToldDatesIt() {
        List<Filing> f = filings("2024-03-01",
                "当会は１２月４日、長野県知事に審査請求書を提出しました。",
                "１２月２０日、審査会に諮問するよう県に求めました。",
                "２月８日に書留で届いた取消通知書で、県は非開示決定を取り消しました。");

        assertThat(f).singleElement().satisfies(x -> assertThat(events(x)).containsExactly("filed 2023-12-04",
                "decided 2024-02-08"));
    }

    @Test
    void aStepToldBeforeTheLawsuitItsSentenceBringsIsAStepOfTheAuditRequestBeforeIt() {
        List<Filing> f = filings("2024-03-21",
                "当会は令和４年６月３日、沼田市監査委員に住民監査請求を行いました。",
                "しかし監査委員は同年８月１日付けで請求を棄却したため、当会は同年８月２９日、前橋地裁に住民訴訟を提起しました。");

        assertThat(f).hasSize(2);
        assertThat(events(f.get(0))).containsExactly("filed 2022-06-03", "decided 2022-08-01");
        assertThat(f.get(0).outcome()).isEqualTo(FilingOutcome.REJECTED);
        assertThat(events(f.get(1))).containsExactly("filed 2022-08-29");
        assertThat(f.get(1).outcome()).isNull();
        assertThat(f.get(1).filedWith().name()).isEqualTo("前橋地裁");
    }

    @Test
    void aSuitNamedByWhatItIsAboutTakesTheJudgmentToldBeforeItsStoryAndTheAppealAfterIt() {
        List<Filing> f = filings("2024-03-21",
                "本日３月２１日（木）午後２時から、前橋地裁で、図書館委託料訴訟の判決の言渡しがありました。",
                "当会は令和４年８月２９日、前橋地裁に住民訴訟を提起しました。");

        assertThat(f).singleElement().satisfies(x -> assertThat(events(x)).containsExactly("filed 2022-08-29",
                "decided 2024-03-21T14:00+09:00"));

        List<Filing> appealed = filings("2024-04-02",
                "３月２１日に前橋地裁で請求棄却の判決を受けた図書館委託料訴訟について、当会は控訴することに決めました。",
                "そして昨日４月１日、東京高等裁判所あての控訴状を前橋地裁に提出しました。");

        assertThat(appealed).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.RESIDENT_LAWSUIT);
            assertThat(x.filed()).isNull();
            assertThat(x.outcome()).isEqualTo(FilingOutcome.REJECTED);
            assertThat(events(x)).containsExactly("decided 2024-03-21", "other 2024-04-01");
        });
    }

    @Test
    void aSuitsCostsOrLawAreNoSuitAndASuitNamedWithoutItsJudgmentIsNone() {
        // where it stops: 訴訟費用 and 民事訴訟法 name no suit; a suit named by a day it was only discussed is none
        assertThat(filings("2024-03-21", "３月１日に訴訟費用の見積もりが届きました。", "民事訴訟法の本を５月２日に買いました。")).isEmpty();
        assertThat(filings("2024-04-02", "３月２１日に会員と話し合った図書館委託料訴訟について、控訴状を出すか考えています。"))
                .isEmpty();
    }

    @Test
    void aListOfASuitsStoryIsTheStoryOfTheOneSuitThePostNamesWithoutItsDayOfFiling() {
        List<String> lines = List.of("３月２１日に前橋地裁で請求棄却の判決を受けた図書館委託料訴訟について、当会は控訴しました。", "",
                "○2022年8月30日:前橋地裁へ住民訴訟を提起↓", "https://blog.example.jp/a/1.html",
                "○2023年12月16日:委託料訴訟が結審↓", "https://blog.example.jp/a/2.html");
        List<Filing> f = filings(listAndProse("2024-04-02", lines));

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.filed()).isNull();
            assertThat(x.links()).extracting(l -> l.url()).containsExactly("https://blog.example.jp/a/1.html",
                    "https://blog.example.jp/a/2.html");
        });
        // where it stops: with a second suit told here, the list is read as its own filing
        List<String> two = List.of("３月２１日に前橋地裁で請求棄却の判決を受けた図書館委託料訴訟について、当会は控訴しました。",
                "当会は４月１日、前橋地裁に住民訴訟を提起しました。", "",
                "○2022年8月30日:前橋地裁へ住民訴訟を提起↓", "https://blog.example.jp/a/1.html");
        assertThat(filings(listAndProse("2024-04-02", two))).hasSize(3);
    }

    @Test
    void aQuotedDecisionOnARequestDecidesItButItsLettersNumberIsNoReferenceNumber() {
        List<Filing> f = filings("2019-02-20",
                "当会は8月1日、県知事あてに開示請求書を提出しました。",
                "**********県からの返事",
                "総第７７号",
                "平成30年8月14日",
                "公文書非開示決定通知書",
                "請求のあった公文書は非開示とする。",
                "**********");

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.outcome()).isEqualTo(FilingOutcome.NOT_DISCLOSED);
            assertThat(events(x)).containsExactly("filed 2018-08-01", "decided 2018-08-14");
            assertThat(x.referenceNumber()).isNull();
        });
    }

    @Test
    void whatAPersonsOwnBlogFilesWithoutSayingWhoTheWriterFiles() {
        List<Filing> filed = filingsOfBlog("みなと通勤ノート", "2024-08-23",
                "そこで、８月２日（金）、港市監査委員に住民監査請求書を提出しました。", "個人で監査請求をするのは初めてです。");
        assertThat(filed).hasSize(1);
        assertThat(filed.get(0).filedBy().kind()).isEqualTo(PartyKind.PERSON);
        assertThat(filed.get(0).filedBy().name()).isNull();
        assertThat(filed.get(0).filedBy().publicFigure()).isFalse();
        // a group's blog files as the group when it speaks as one, and a person's blog names no one when
        // someone else is the sentence's subject
        assertThat(filingsOfBlog("みなと通勤ノート", "2024-08-23", "当会は８月２日、港市監査委員に住民監査請求書を提出しました。")
                .get(0).filedBy().name()).isEqualTo("みなと通勤ノート");
        assertThat(filingsOfBlog("みなと通勤ノート", "2024-08-23", "隣の町内会は８月２日、港市監査委員に住民監査請求書を提出しました。")
                .get(0).filedBy()).isNull();
        assertThat(filingsOfBlog("みなと行政ウォッチ", "2024-08-23", "８月２日、港市監査委員に住民監査請求書を提出しました。")
                .get(0).filedBy()).isNull();
    }

    @Test
    void aBodyThatPublishesDecidesInFullInItsOwnWordsButAnExtensionOfTheTimeToDecideIsNoDecision() {
        List<Filing> filed = filings("2024-02-03", "当会は、１月１５日、港市教育委員会に対し、文書の公開を請求しました。",
                "同月２９日付けで全部公開の決定がありました。");
        assertThat(filed).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(FilingOutcome.DISCLOSED);
            assertThat(events(f)).containsExactly("filed 2024-01-15", "decided 2024-01-29");
        });
        assertThat(filings("2024-02-03", "当会は、１月１５日、港市長に対し、文書の公開を請求しました。",
                "同月２９日付けで公開決定等の期間を延長するとの通知がありました。").get(0).outcome()).isNull();
    }

    @Test
    void aDeadlineARecommendationSetsDatesNoStep() {
        List<Filing> filed = filings("2019-11-02", "当会は令和元年７月１６日、港市監査委員に港市職員措置請求書を提出しました。",
                "監査委員は同年９月１３日付けで、請求には理由があると認め、市長に対して、同年１１月１２日までに措置を講じるよう勧告しました。");
        assertThat(filed).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(FilingOutcome.RECOMMENDATION);
            assertThat(events(f)).containsExactly("filed 2019-07-16", "decided 2019-09-13");
        });
    }

    @Test
    void aComplaintToAnOmbudsmanIsAFilingOfItsOwnWithItsStepsAndRecommendation() {
        List<Filing> filed = filingsOfBlog("みなと通勤ノート", "2023-12-20",
                "９月４日（月）、港市市民オンブズマンに苦情申立てをしました。", "同月１１日付けで受理の通知が届きました。",
                "１２月１５日付けで、市に是正を勧告したとの調査結果通知書が届きました。");
        assertThat(filed).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FilingKind.COMPLAINT);
            assertThat(f.filedWith().name()).isEqualTo("港市市民オンブズマン");
            assertThat(f.outcome()).isEqualTo(FilingOutcome.RECOMMENDATION);
            assertThat(events(f)).containsExactly("filed 2023-09-04", "accepted 2023-09-11", "decided 2023-12-15");
        });
    }

    @Test
    void aTimelineOfAbbreviatedEraDatesTellsEveryStepOnItsLine() {
        List<Filing> filed = filings("2023-11-09", "当会のこれまでの経過です。",
                "R5.4.12　港市監査委員に職員措置請求書を提出",
                "R5.4.20　監査委員事務局から補正の依頼（同日付けの文書をＦＡＸで受信）",
                "R5.4.26　補正書を提出",
                "R5.5.8　 請求を受理したとの通知",
                "R5.5.30　請求人の陳述（午前１０時～１１時、本庁舎６階の会議室）",
                "R5.6.9　 監査結果（棄却）。翌日、郵送で受け取る",
                "R5.7.7　 高知地方裁判所に住民訴訟を提起",
                "R5.9.21　第１回口頭弁論");
        assertThat(filed).hasSize(2);
        assertThat(filed.get(0)).satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FilingKind.RESIDENT_AUDIT_REQUEST);
            assertThat(f.outcome()).isEqualTo(FilingOutcome.REJECTED);
            assertThat(events(f)).containsExactly("filed 2023-04-12", "correction_requested 2023-04-20", "corrected 2023-04-26",
                    "accepted 2023-05-08", "hearing 2023-05-30T10:00+09:00", "decided 2023-06-09");
        });
        assertThat(filed.get(1)).satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FilingKind.RESIDENT_LAWSUIT);
            assertThat(events(f)).containsExactly("filed 2023-07-07", "hearing 2023-09-21");
        });
    }

    @Test
    void twoRequestsToTwoBodiesTakeTheDecisionsThatNameTheirBody() {
        List<Filing> filed = filingsOfBlog("みなと路地裏メモ", "2022-10-08",
                "９月５日（月）、朝いちばんで港東警察署の窓口に行き、栃木県警察本部長あてに、栃木県情報公開条例に基づく公文書開示請求書を出した。",
                "請求した文書は「港東警察署が令和４年８月に実施した、防犯カメラを設置している住宅への訪問に関して作成した文書」。",
                "翌日の昼休みには市役所にも回って、港市長あてに、市が自治会に出している補助金の交付一覧（令和元年度から令和３年度まで）の公開を請求した。",
                "■市のほうはあっさり全部出てきた",
                "市の方は話が早く、同月１５日（木）付けで全部公開の決定が出た。",
                "■警察のほうは「あるともないとも言えない」",
                "問題は警察だ。同月２０日（火）付けで届いた通知書は「公文書の存否を明らかにしない決定」。",
                "ということで、１０月３日（月）、栃木県公安委員会あてに審査請求書を出した。");
        assertThat(filed).hasSize(3);
        assertThat(filed.get(0)).satisfies(f -> {
            assertThat(f.filedWith().name()).isEqualTo("栃木県警察本部長");
            assertThat(f.outcome()).isEqualTo(FilingOutcome.NOT_DISCLOSED);
            assertThat(events(f)).containsExactly("filed 2022-09-05", "decided 2022-09-20");
        });
        assertThat(filed.get(1)).satisfies(f -> {
            assertThat(f.filedWith().name()).isEqualTo("港市長");
            assertThat(f.outcome()).isEqualTo(FilingOutcome.DISCLOSED);
            assertThat(events(f)).containsExactly("filed 2022-09-06", "decided 2022-09-15");
        });
        assertThat(filed.get(2)).satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FilingKind.APPEAL);
            assertThat(f.filedWith().name()).isEqualTo("栃木県公安委員会");
            assertThat(f.precededBy()).isEqualTo(filed.get(0).id());
            assertThat(events(f)).containsExactly("filed 2022-10-03");
        });
    }

    @Test
    void anExtensionNoticeAnAnswerWithItsNumberAndARulingRevokingPartAndRejectingTheRestAreTheAppealsSteps() {
        List<Filing> filed = filings("2024-05-30", "当会は令和5年6月12日、港県警察本部長に「県警が設置したカメラの台数が分かる文書」の開示を請求しました。",
                "ところが2週間後、同月26日付けで「開示決定等の期間延長について」という通知が届きました。",
                "8月9日付けで出た決定は部分開示でした。",
                "そこで10月2日、港県公安委員会に審査請求書を出しました。",
                "審査会は4月18日付けで答申（答申第212号）を出し、公安委員会はこれを受けて5月24日付けで裁決しました（港公委第88号）。",
                "裁決の主文は次のとおりです。",
                "「審査請求に係る処分のうち、台数を不開示とした部分を取り消す。審査請求人のその余の審査請求を棄却する。」");
        assertThat(filed).hasSize(2);
        assertThat(events(filed.get(0))).containsExactly("filed 2023-06-12", "extended 2023-06-26", "decided 2023-08-09");
        assertThat(filed.get(1)).satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(FilingOutcome.REVOKED);
            assertThat(events(f)).containsExactly("filed 2023-10-02", "other 2024-04-18", "decided 2024-05-24");
        });
    }

    @Test
    void sessionsToldAsARunOfDaysAreAHearingEachAndTheDayASuitIsFiledDatesNone() {
        List<Filing> filed = filings("2022-12-08", "当会が港町監査委員に住民監査請求をしたのは今年の3月1日。",
                "これを受けて4月22日に広島地裁へ訴状を出し、口頭弁論は6月15日、8月31日、10月19日の3回開かれました。");
        assertThat(filed).hasSize(2);
        assertThat(events(filed.get(1))).containsExactly("filed 2022-04-22", "hearing 2022-06-15", "hearing 2022-08-31",
                "hearing 2022-10-19");
    }

    @Test
    void aJudgmentToldBeforeItsSuitKeepsTheWordsOfItsOperativePartQuotedNext() {
        List<Filing> filed = filings("2022-12-08", "昨日12月7日(水)午後1時15分、当会が港町長を被告として起こしていた住民訴訟の判決が言い渡されました。",
                "主文は「本件訴えを却下する。訴訟費用は原告らの負担とする。」でした。",
                "当会は4月22日に広島地裁へ訴状を出しました。");
        assertThat(filed).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(FilingOutcome.DISMISSED);
            assertThat(events(f)).containsExactly("filed 2022-04-22", "decided 2022-12-07T13:15+09:00");
        });
    }

    @Test
    void anAddresseeNamedByItsKindIsThePostsMunicipalitysAndAStateOfficesChiefIsOne() {
        List<Filing> f = filings("2011-11-01", "田辺市が駅前に付けたカメラについて調べています。",
                "当会は平成２３年１０月１７日、市長に公文書公開請求書を提出しました。");
        assertThat(f).singleElement().satisfies(x -> assertThat(x.filedWith().name()).isEqualTo("田辺市長"));
        assertThat(filings("2023-03-01", "当会は２月１０日（金）、四国財務局長あてに、庁舎のカメラの記録の開示を請求しました。"))
                .singleElement().satisfies(x -> assertThat(x.filedWith().name()).isEqualTo("四国財務局長"));
        assertThat(filings("2023-08-01", "当会は７月３日、久留米市情報公開条例に基づき、市長に開示を請求しました。",
                "続いて７月２４日、同じく市教育委員会に、記録簿の公開を請求しました。"))
                .extracting(x -> x.filedWith().name()).as("no kana name from 同じく").containsExactly("久留米市長", "久留米市教育委員会");
    }

    @Test
    void anAppealWithdrawnAfterTheBodyChangedItsDecisionKeepsBothSteps() {
        List<Filing> f = filings("2018-11-01", "当会は６月４日（月）、臼杵市長あてに、「一覧」の公開を請求しました。同月１８日付けで部分公開の決定がありました。",
                "そこで８月６日（月）に審査請求をしたところ、市は９月２１日付けで、はじめの決定を変更し、全部を公開しました。",
                "当会は１０月１日（月）に、審査請求の取下書を提出しました。");
        assertThat(f).extracting(Filing::kind).containsExactly(FilingKind.DISCLOSURE_REQUEST, FilingKind.APPEAL);
        Filing appeal = f.get(1);
        assertThat(appeal.events()).extracting(e -> e.kind() + " " + e.when().edtf())
                .containsExactly("FILED 2018-08-06", "OTHER 2018-09-21", "WITHDRAWN 2018-10-01");
        assertThat(appeal.outcome()).isEqualTo(FilingOutcome.WITHDRAWN);
        assertThat(f.get(0).outcome()).as("the request keeps its own decision").isEqualTo(FilingOutcome.PARTIALLY_DISCLOSED);
    }

    @Test
    void anOmbudsmansNoticeThatItTakesTheComplaintUpIsItsAcceptance() {
        List<Filing> f = filings("2023-12-21", "９月４日（月）、市民オンブズマンに苦情申立書を出しました。同月１１日付けで、「調査を開始します」という通知が届きました。");
        assertThat(f).singleElement().satisfies(x -> assertThat(x.events()).extracting(e -> e.kind() + " " + e.when().edtf())
                .containsExactly("FILED 2023-09-04", "ACCEPTED 2023-09-11"));
    }

    @Test
    void aDecisionToldAsIssuedTakesItsOutcomeFromTheNextSentence() {
        List<Filing> f = filings("2009-03-16", "２月１６日に、県警察本部長あてに、文書の開示を請求した。", "その決定が３月２日付けで出た。結果は部分開示。");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.events()).extracting(e -> e.kind() + " " + e.when().edtf()).containsExactly("FILED 2009-02-16", "DECIDED 2009-03-02");
            assertThat(x.outcome()).isEqualTo(FilingOutcome.PARTIALLY_DISCLOSED);
        });
    }

    @Test
    void aRequestWithItsAddresseeBetweenItsWordsIsFiledWithIt() {
        List<Filing> f = filings("2022-09-03", "■当会は８月３０日（火）、抗議文を手渡し、９月１日（木）には、この録音データの公開を佐世保市長に請求しました。");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.DISCLOSURE_REQUEST);
            assertThat(x.filed().edtf()).isEqualTo("2022-09-01");
            assertThat(x.filedWith().name()).isEqualTo("佐世保市長");
        });
    }

    @Test
    void aTimelinesLinesFileByTheFilingWordAloneAndItsOtherNameIsNoFilingOfItsOwn() {
        List<Filing> f = filings("2024-03-28", "2023年9月4日　私たちが守山市長に、契約書の開示を請求", "2023年9月15日　全部開示の決定",
                "2023年11月20日　守山市監査委員に住民監査請求（「守山市職員措置請求書」を提出）", "2023年12月1日　請求を受理したとの通知",
                "2024年1月19日　監査結果が出る（勧告）");
        assertThat(f).extracting(Filing::kind).containsExactly(FilingKind.DISCLOSURE_REQUEST, FilingKind.RESIDENT_AUDIT_REQUEST);
        assertThat(f.get(0).outcome()).isEqualTo(FilingOutcome.DISCLOSED);
        assertThat(f.get(1).events()).extracting(e -> e.kind() + " " + e.when().edtf())
                .containsExactly("FILED 2023-11-20", "ACCEPTED 2023-12-01", "DECIDED 2024-01-19");
        assertThat(filings("2024-03-28", "当会は住民監査請求（守山市職員措置請求書）について考えています。")).as("no timeline line, no verb").isEmpty();
    }

    @Test
    void aRequestsOwnDocumentNamedByItsMunicipalityIsItsTitle() {
        assertThat(filings("2019-08-01", "■当会は令和元年７月１６日、守山市監査委員に守山市職員措置請求書を提出しました。"))
                .singleElement().satisfies(x -> assertThat(x.title()).isEqualTo("守山市職員措置請求書"));
        assertThat(filings("2024-03-28", "2023年11月20日　守山市監査委員に住民監査請求（「守山市職員措置請求書」を提出）"))
                .singleElement().satisfies(x -> assertThat(x.title()).isEqualTo("守山市職員措置請求書"));
        assertThat(filings("2019-08-01", "■当会は令和元年７月１６日、守山市監査委員に住民監査請求書を提出しました。"))
                .singleElement().satisfies(x -> assertThat(x.title()).as("a kind, no name").isNull());
    }

    @Test
    void aSumToBeReturnedMayMixDigitsAndKanji() {
        assertThat(filings("2019-08-01", "■当会は令和元年７月１６日、守山市監査委員に住民監査請求書を提出し、１８４万８千円を市に返還させるよう求めました。"))
                .singleElement().satisfies(x -> assertThat(x.remedy().amount()).isEqualTo(1848000L));
    }
}
