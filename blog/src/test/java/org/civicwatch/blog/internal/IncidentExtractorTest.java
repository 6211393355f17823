package org.civicwatch.blog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Incident;
import org.civicwatch.model.IncidentStatus;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.Place;
import org.civicwatch.model.When;
import org.junit.jupiter.api.Test;

class IncidentExtractorTest {
    private static Extraction run(String... lines) {
        PostText post = PostText.of("https://blog.example.jp/a/5.html", "p5", "市役所の話", When.parse("2018-10-01"),
                List.of(lines));
        Extraction out = Extraction.strict(post);
        new NewsBlockExtractor().extract(post, out);
        new IncidentExtractor().extract(post, out);
        return out;
    }

    private static List<Incident> incidents(Extraction out) {
        return out.records().stream().filter(Incident.class::isInstance).map(Incident.class::cast).toList();
    }

    @Test
    void readsADatedStatementWithTheYearOfThePostAndMergesTheAddendumAboutIt() {
        List<Incident> found = incidents(run("9月3日(月)10時、会員3名で市役所5階の契約課を訪れたところ、職員らが録音機で盗聴していた。", "",
                "【2018年9月20日追記】", "2018年9月3日に盗聴していたのは総務課の職員ら2名でした。", "https://youtu.be/xyz"));
        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("p5.incident-1");
            assertThat(i.when().edtf()).isEqualTo("2018-09-03T10:00+09:00");
            assertThat(i.type()).isEqualTo("eavesdropping");
            assertThat(i.status()).isEqualTo(IncidentStatus.ALLEGED);
            assertThat(i.place().floor()).isEqualTo(Floor.of(5));
            assertThat(i.place().area()).isEqualTo("契約課");
            assertThat(i.parties()).extracting(p -> p.role()).containsExactly(PartyRole.AFFECTED,
                    PartyRole.ALLEGED_PERPETRATOR);
            assertThat(i.parties().get(0).size().value()).isEqualTo(3L);
            assertThat(i.parties().get(1).size().value()).as("from the addendum").isEqualTo(2L);
            assertThat(i.parties().get(1).organisation()).isEqualTo("総務課");
            assertThat(i.links()).singleElement().satisfies(l -> {
                assertThat(l.kind()).isEqualTo(LinkKind.VIDEO);
                assertThat(l.published().edtf()).isEqualTo("2018-09-20");
            });
            assertThat(i.provenance().extractor()).isEqualTo("blog-html/incidents");
        });
    }

    @Test
    void makesOneIncidentOfTheNewsAboutOneTownLinkedBothWays() {
        Extraction out = run("**********A新聞 2018年9月1日", "町職員が住民情報を悪用", " 山田県川辺町の職員が2017年4月以降、住民情報を悪用していた。町は懲戒免職とした。",
                "", "**********B新聞 2018年9月2日", "川辺町、職員を懲戒免職", " 川辺町は職員が住民情報を不正使用したと発表した。", "*****");
        Incident i = incidents(out).get(0);
        assertThat(incidents(out)).hasSize(1);
        assertThat(i.place().jurisdiction()).isEqualTo("川辺町");
        assertThat(i.when().edtf()).isEqualTo("2017-04/..");
        assertThat(i.type()).isEqualTo("data-misuse");
        assertThat(i.outcome()).isEqualTo("懲戒免職");
        assertThat(i.status()).isEqualTo(IncidentStatus.CONFIRMED);
        assertThat(i.related()).containsExactly("p5.news-1", "p5.news-2");
        assertThat(out.news()).extracting(NewsReference::related).containsOnly(List.of(i.id()));
    }

    @Test
    void anUndatedAccusationIsNoIncident() {
        assertThat(incidents(run("職員が盗聴しているのではないかと思う。"))).isEmpty();
    }

    @Test
    void aStatementTheQuotedNewsAlsoReportsIsOneIncidentConfirmedByTheSanction() {
        Extraction out = run("渋川市の税務課職員が、2017年6月から2018年3月にかけて、住民の納税情報を知人に漏洩していたとして、市は4月2日、この職員を停職6か月とした。",
                "", "**********C新聞 2018年4月3日", "渋川市職員が納税情報を外部へ", " 群馬県渋川市は2日、納税情報を外部に漏らしたとして職員を停職6カ月の懲戒処分にしたと発表した。", "*****");
        assertThat(incidents(out)).singleElement().satisfies(i -> {
            assertThat(i.place().jurisdiction()).isEqualTo("渋川市");
            assertThat(i.when().edtf()).isEqualTo("2017-06/2018-03");
            assertThat(i.type()).isEqualTo("data-misuse");
            assertThat(i.status()).isEqualTo(IncidentStatus.CONFIRMED);
            assertThat(i.outcome()).as("in the post's own words").isEqualTo("停職6か月");
            assertThat(i.related()).containsExactly("p5.news-1");
        });
        assertThat(out.news()).extracting(NewsReference::related).containsOnly(List.of("p5.incident-1"));
    }

    @Test
    void aStatementWithoutASanctionStaysAlleged() {
        assertThat(incidents(run("2018年5月10日、町の委託業者から住民名簿が流出したと聞いた。"))).singleElement()
                .satisfies(i -> {
                    assertThat(i.status()).isEqualTo(IncidentStatus.ALLEGED);
                    assertThat(i.outcome()).isNull();
                });
    }

    @Test
    void footageTakenOutIsDataMisuseButATopicBroughtUpIsNot() {
        assertThat(incidents(run("９月２日に前橋市立図書館で、職員が防犯カメラの映像をＵＳＢメモリーに写して持ち出していた件で、市に申し入れた。")))
                .singleElement().satisfies(i -> {
                    assertThat(i.type()).isEqualTo("data-misuse");
                    assertThat(i.when().edtf()).isEqualTo("2018-09-02");
                    assertThat(i.place().facility()).isEqualTo("前橋市立図書館");
                    assertThat(i.place().jurisdiction()).isEqualTo("前橋市");
                });
        assertThat(incidents(run("９月２日の会議で、職員が古い話を持ち出してきた。"))).isEmpty();
    }

    @Test
    void aQuotedLetterBetweenRowsOfAsterisksTellsNoIncident() {
        assertThat(incidents(run("次の申入書を市長に手渡しました。", "*****申入書*****", "平成３０年９月２０日", "前橋市長　様",
                "映像の持ち出しを防ぐ仕組みを作るよう申し入れます。", "*****"))).isEmpty();
    }

    @Test
    void theDayTheNewsLeavesOutToldAfterItIsTheIncidentTheNewsReports() {
        Extraction out = run("**********上毛新聞 2018年9月7日", "図書館の映像、職員が持ち出し",
                "高崎市は６日、市立図書館の職員が防犯カメラの映像を無断で持ち出していたと発表した。", "**********", "",
                "記事によれば、持ち出しは９月２日で、映像は利用者が写ったものだったそうです。");

        assertThat(incidents(out)).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo("data-misuse");
            assertThat(i.when().edtf()).isEqualTo("2018-09-02");
            assertThat(i.place().jurisdiction()).isEqualTo("高崎市");
            assertThat(i.place().facility()).isEqualTo("高崎市立図書館");
            assertThat(i.related()).containsExactly(out.news().get(0).id());
        });
    }
    @Test
    void aRecorderFoundHiddenIsEavesdroppingAndAFilingAboutItIsNoSecondIncidentButTheListedPostIsItsLink() {
        List<Incident> found = incidents(run("◎町の説明では、９月２日の夕方、清掃員が３階の第２会議室の机の裏に小さな包みが貼られているのに"
                + "気づき、開けてみると、中に録音機が仕掛けられていました。",
                "◎当会は９月２０日、町教育委員会に対し、録音機が仕掛けられた経緯が分かる文書の開示請求書を提出しました。", "",
                "◎これまでの記事です。", "◎2018年9月4日:会議室に盗聴器が仕掛けられる　https://blog.example.jp/a/4.html",
                "◎2018年9月30日:会議室に盗聴器が仕掛けられる（続き）　https://blog.example.jp/a/6.html"));
        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo("eavesdropping");
            assertThat(i.when().edtf()).isEqualTo("2018-09-02");
            assertThat(i.place().floor()).isEqualTo(Floor.of(3));
            assertThat(i.place().area()).isEqualTo("第２会議室");
            assertThat(i.links()).as("only the post dated within two weeks of it")
                    .extracting(l -> l.url()).containsExactly("https://blog.example.jp/a/4.html");
        });
    }

    @Test
    void aMatterNamedWithItsOwnDateInASentenceFilingARequestIsStillAnIncident() {
        List<Incident> found = incidents(run("9月3日に市役所で職員らが会話を盗聴していた件で、当会は9月10日付けで開示請求書を市長あてに提出しました。"));
        assertThat(found).singleElement().satisfies(i -> assertThat(i.when().edtf()).isEqualTo("2018-09-03"));
    }

    @Test
    void footageViewedForNoReasonOfWorkToldRoughlyThenExactlyIsOneIncidentWithTheSanctionOfTheNextSentence() {
        List<Incident> found = incidents(run("◆昨年の秋に図書館で防犯カメラの映像が私的に見られていた件を受けて、９月３日、会員２人で館内を歩きました。",
                "◆入口の天井にカメラが２台ありました。", "",
                "◆なお、冒頭の件は、昨年１０月に総務課の職員が、録画映像を業務と関係なく閲覧していたというものです。"
                        + "町は１１月２日に発表し、この職員を減給１か月の懲戒処分にしました。"));
        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo("data-misuse");
            assertThat(i.when().edtf()).isEqualTo("2017-10");
            assertThat(i.outcome()).isEqualTo("減給1か月");
            assertThat(i.status()).isEqualTo(IncidentStatus.CONFIRMED);
        });
    }

    @Test
    void aMatterDatedOnlyByItsSanctionTakesTheDateTheNextSentenceGivesIt() {
        List<Incident> found = incidents(run("佐野市の職員が、市の基金から現金を着服していたことが分かり、佐野市は９月２０日付けでこの職員を懲戒免職としました。"
                + "市によると、着服は２０１６年５月から２０１８年３月にかけて３０回に及びます。"));

        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.when().edtf()).isEqualTo("2016-05/2018-03");
            assertThat(i.status()).isEqualTo(IncidentStatus.CONFIRMED);
            assertThat(i.outcome()).isEqualTo("懲戒免職");
            assertThat(i.place().jurisdiction()).isEqualTo("佐野市");
        });
    }

    @Test
    void aSanctionsDateWithAPauseAfterItIsStillTheSanctions() {
        List<Incident> found = incidents(run("佐野市の職員が、市の基金から現金を着服していたことが分かり、佐野市は９月２０日付けで、この職員を懲戒免職としました。"
                + "市によると、着服は２０１６年５月から２０１８年３月にかけて３０回に及びます。"));

        assertThat(found).singleElement().satisfies(i -> assertThat(i.when().edtf()).isEqualTo("2016-05/2018-03"));
    }

    @Test
    void aSanctionsDateStaysTheMattersWhenNoNextSentenceRetellsIt() {
        assertThat(incidents(run("佐野市は９月２０日付けで、基金を着服した職員を懲戒免職としました。")))
                .singleElement().satisfies(i -> assertThat(i.when().edtf()).isEqualTo("2018-09-20"));
        // with the pause after 付けで as without it, the date is the sanction's; the sentence between stops the retelling
        List<Incident> two = incidents(run("佐野市は９月２０日付けで、基金を着服した職員を懲戒免職としました。市は再発防止に努めるとしています。"
                + "着服は２０１６年５月から２０１８年３月にかけて３０回に及びます。"));
        assertThat(two).extracting(i -> i.when().edtf()).as("a sentence between: no retelling")
                .containsExactly("2018-09-20", "2016-05/2018-03");
    }

    @Test
    void theFacilityAndSpotRightAfterTheDateAreWhereItHappenedAndTheNewsNamingThemIsTheSameMatter() {
        Extraction out = run("きっかけは、５月２０日にすみれ公園の男子トイレで小型カメラが見つかった盗撮事件です。", "",
                "**********川辺新聞 2018年5月21日", "公園トイレに小型カメラ", "　山田県川辺町のすみれ公園の男子トイレで小型カメラが見つかった。署は盗撮の疑いで調べている。",
                "**********");

        assertThat(incidents(out)).singleElement().satisfies(i -> {
            assertThat(i.when().edtf()).isEqualTo("2018-05-20");
            assertThat(i.place().jurisdiction()).isEqualTo("川辺町");
            assertThat(i.place().facility()).isEqualTo("すみれ公園");
            assertThat(i.place().area()).isEqualTo("男子トイレ");
            assertThat(i.related()).hasSize(1);
        });
    }

    @Test
    void aFacilitysNameMayHoldAParticlesLetterOrAnOfButNotBeOnlyWhereItLies() {
        Extraction named = run("７月２日にひがし公園の東口トイレで小型カメラが見つかった盗撮事件がありました。");
        Extraction ofForest = run("７月２日に緑の森公園の管理棟で小型カメラが見つかった盗撮事件がありました。");
        Extraction unnamed = run("７月２日に市内の公園のトイレで小型カメラが見つかった盗撮事件がありました。");

        assertThat(incidents(named)).singleElement().satisfies(i -> {
            assertThat(i.place().facility()).isEqualTo("ひがし公園");
            assertThat(i.place().area()).isEqualTo("東口トイレ");
        });
        assertThat(incidents(ofForest)).singleElement().satisfies(i -> assertThat(i.place().facility())
                .isEqualTo("緑の森公園"));
        assertThat(incidents(unnamed)).singleElement().satisfies(i -> {
            Place where = i.place();
            assertThat(where == null ? null : where.facility()).isNull();
        });
    }

    @Test
    void aPlaceNotNamedRightAfterTheDateIsNoFacilityAndNewsOfAnotherParkIsAnotherMatter() {
        Extraction out = run("きっかけは、５月２０日に近くの公園で小型カメラが見つかった盗撮事件です。", "",
                "**********川辺新聞 2018年5月21日", "公園トイレに小型カメラ", "　山田県川辺町のあやめ公園のトイレで小型カメラが見つかった。署は盗撮の疑いで調べている。",
                "**********");

        assertThat(incidents(out)).hasSize(2);
        Place where = incidents(out).get(0).place();
        assertThat(where == null ? null : where.facility()).isNull();
    }

    @Test
    void aMatterNamedAsToldInAnEarlierPostIsAnUndatedIncidentOfItsType() {
        assertThat(incidents(run("先日お伝えした盗撮の件で、当会は市に要望書を出しました。"))).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo("voyeurism");
            assertThat(i.when()).isNull();
        });
        assertThat(incidents(run("盗撮の件で、当会は市に要望書を出しました。", "今後もお伝えする盗撮の件です。"))).isEmpty();
    }

    @Test
    void dataLookedAtForNoReasonOfWorkWithTheReasonFirstAndTheWarningThatFollowsConfirmsIt() {
        List<Incident> found = incidents(run("今年５月、北市役所の男性職員が、業務と関係なく知人の住所を住民基本台帳のシステムで閲覧していたことが分かりました。",
                "市は７月、この職員を訓告としました。"));

        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo("data-misuse");
            assertThat(i.when().edtf()).isEqualTo("2018-05");
            assertThat(i.status()).isEqualTo(org.civicwatch.model.IncidentStatus.CONFIRMED);
            assertThat(i.outcome()).isEqualTo("訓告");
        });
    }

    @Test
    void footageShownToSomeoneIsDataMisuseAndAResignationItsOutcome() {
        List<Incident> found = incidents(run("６月２日の夜、副部長が、会員から頼まれて、集会所でカメラの録画を再生して見せていたことがわかりました。",
                "本人から、副部長を辞任したいという申し出がありました。"));

        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo("data-misuse");
            assertThat(i.when().edtf()).isEqualTo("2018-06-02");
            assertThat(i.outcome()).isEqualTo("辞任");
        });
        // asking someone to resign is no outcome
        assertThat(incidents(run("６月２日、職員が録画を再生して見せていたことがわかりました。", "この職員の辞任を求めます。")))
                .singleElement().satisfies(i -> assertThat(i.outcome()).isNull());
    }

    @Test
    void aMatterToldRightAfterASentenceOfItsDateTakesThatDate() {
        List<Incident> found = incidents(run("発端は、7月9日(月)の夕方でした。会員2名が、香川県庁東館3階の相談コーナーで話していたところ、"
                + "衝立の向こうで職員がこちらの会話をメモしているのが見えたのです。"));
        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo("eavesdropping");
            assertThat(i.when().edtf()).as("the date of the sentence before").isEqualTo("2018-07-09");
            assertThat(i.place().facility()).as("the annex, part of the office's name").isEqualTo("香川県庁東館");
            assertThat(i.place().floor()).isEqualTo(Floor.of(3));
            assertThat(i.status()).isEqualTo(IncidentStatus.ALLEGED);
        });
    }

    @Test
    void aDateOfAFilingOrOfTwoThingsIsNoDateOfTheMatterAfterIt() {
        assertThat(incidents(run("当会は8月1日、市長に公文書公開請求書を提出しました。職員が相談者の会話をメモしていたのです。")))
                .as("the sentence before files a request").isEmpty();
        assertThat(incidents(run("8月1日と8月3日に訪ねました。職員が相談者の会話をメモしていたのです。")))
                .as("two dates before: which is the matter's is not known").isEmpty();
    }

    @Test
    void footageSharedOrFilmedOffTheScreenOrCopiedAndCarriedOffIsDataMisuse() {
        assertThat(incidents(run("9月5日、職員が録画の静止画を職員どうしのグループチャットに貼っていた。")))
                .extracting(Incident::type).containsExactly("data-misuse");
        assertThat(incidents(run("9月5日、警備員がモニターの映像をスマホで撮影し、知人に送った。")))
                .extracting(Incident::type).containsExactly("data-misuse");
        assertThat(incidents(run("9月5日、署員が館内のカメラの映像を見たうえで、その一部をＵＳＢメモリに複製して持ち帰った。")))
                .extracting(Incident::type).containsExactly("data-misuse");
        assertThat(incidents(run("9月5日、会員が自分で撮った写真を持ち帰った。"))).as("no footage or data").isEmpty();
    }

    @Test
    void eavesdroppingHasMoreWordsThan盗聴() {
        assertThat(List.of(incidents(run("9月5日、隣の部屋で職員が盗み聞きしていた。")),
                incidents(run("9月5日、課長が窓口の通話を無断で録音していた。")),
                incidents(run("9月5日、代表電話の通話を知らせずに録音していた。"))))
                .allSatisfy(l -> assertThat(l).extracting(Incident::type).containsExactly("eavesdropping"));
        assertThat(incidents(run("9月5日、窓口で話を聞いてもらいました。"))).as("talk listened to at one's asking").isEmpty();
    }

    @Test
    void theSanctionAndAdmissionOfThePostsOneMatterAreReadAnywhereInThePost() {
        List<Incident> found = incidents(run("6月20日、館長が防犯カメラの映像を複製して持ち帰らせた。", "",
                "その後、警察にも問い合わせました。", "",
                "市教委の回答書は「手続によらなかったことは不適切であった」と認め、館長を9月8日付けで文書訓告としたとのことです。"));
        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(IncidentStatus.CONFIRMED);
            assertThat(i.outcome()).isEqualTo("文書訓告");
        });
        List<Incident> admitted = incidents(run("6月20日、警備員がモニターの映像をスマホで撮影していた。", "",
                "財務局は、映像を撮っていたことを本人が認めた、と伝えてきました。"));
        assertThat(admitted).singleElement().satisfies(i -> {
            assertThat(i.status()).as("admitted, with no sanction").isEqualTo(IncidentStatus.CONFIRMED);
            assertThat(i.outcome()).isNull();
        });
        List<Incident> two = incidents(run("6月20日、職員が映像を複製して持ち帰った。", "", "7月2日、別の職員が会話を無断で録音していた。", "",
                "市は職員を厳重注意とした。"));
        assertThat(two).hasSize(2).allSatisfy(i -> assertThat(i.outcome()).as("of which of two matters is not told").isNull());
    }

    @Test
    void aMisuseFearedOrPreventedIsNoIncident() {
        assertThat(incidents(run("9月5日、市は「場所が分かると悪用されるおそれがある」と説明した。"))).isEmpty();
        assertThat(incidents(run("9月5日、盗撮防止のためにカメラを付けた。"))).isEmpty();
        assertThat(incidents(run("9月5日、職員が名簿を悪用していた。悪用されるおそれは前から指摘されていた。")))
                .extracting(Incident::type).containsExactly("data-misuse");
    }

    @Test
    void theDateInTheClauseThatTellsTheMatterComesBeforeTheDayOfItsSanction() {
        PostText post = PostText.of("https://blog.example.jp/a/5.html", "p5", "市役所の話", When.parse("2022-09-30"),
                List.of("■佐世保市は昨日９月２９日（木）、８月２７日（土）に当会の勉強会を無断で録音した都市整備部の職員を、同日付けで訓告としました。"));
        Extraction out = Extraction.strict(post);
        new IncidentExtractor().extract(post, out);
        assertThat(incidents(out)).singleElement().satisfies(i -> {
            assertThat(i.when().edtf()).as("the matter's own day, in the year its weekday fits").isEqualTo("2022-08-27");
            assertThat(i.place().jurisdiction()).as("佐世保市, not 都市 of 都市整備部").isEqualTo("佐世保市");
            assertThat(i.outcome()).isEqualTo("訓告");
        });
    }
}
