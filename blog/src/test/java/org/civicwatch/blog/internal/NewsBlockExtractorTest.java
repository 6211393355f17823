package org.civicwatch.blog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.When;
import org.junit.jupiter.api.Test;

class NewsBlockExtractorTest {
    private static List<NewsReference> news(String... lines) {
        PostText post = PostText.of("https://blog.example.jp/a/1.html", "p1", When.parse("2017-06-14"), List.of(lines));
        Extraction out = Extraction.strict(post);
        new NewsBlockExtractor().extract(post, out);
        return out.news();
    }

    @Test
    void readsOutletMinuteHeadlineAndAgencyCredit() {
        List<NewsReference> found = news("前置き", "**********上毛新聞2017年6月14日1:50", "見出しの一行", "本文です。〔共同〕",
                "*********", "後書き");
        assertThat(found).hasSize(1);
        NewsReference n = found.get(0);
        assertThat(n.outlet()).isEqualTo("上毛新聞");
        assertThat(n.headline()).isEqualTo("見出しの一行");
        assertThat(n.published().edtf()).isEqualTo("2017-06-14T01:50+09:00");
        assertThat(n.via()).isEqualTo("共同");
        assertThat(n.language()).isEqualTo("ja");
        assertThat(n.id()).isEqualTo("p1.news-1");
        assertThat(n.provenance().extractor()).isEqualTo("blog-html/news");
        assertThat(n.provenance().quote()).isEqualTo("**********上毛新聞2017年6月14日1:50\n見出しの一行");
    }

    @Test
    void keepsDayPrecisionWhenTheHeaderHasNoTimeAndEndsABlockAtTheNextHeader() {
        List<NewsReference> found = news("**********NHK News Web 2017年6月13日", "一つ目", "本文", "",
                "**********朝日新聞 2017年6月15日 7時05分", "二つ目", "本文");
        assertThat(found).extracting(NewsReference::outlet).containsExactly("NHK News Web", "朝日新聞");
        assertThat(found).extracting(n -> n.published().edtf()).containsExactly("2017-06-13", "2017-06-15T07:05+09:00");
        assertThat(found.get(0).via()).isNull();
    }

    @Test
    void ignoresARowOfAsterisksThatIsOnlyASeparator() {
        assertThat(news("*********", "本文", "*****")).isEmpty();
    }

    @Test
    void readsTheOutletInBracketsAboveTheHeadlineAndTheDateTrailingTheArticle() {
        List<NewsReference> found = news("**********", "【毎日新聞】", "見出し", "本文です。", "(2019年3月5日 9時12分)", "**********",
                "**********東京新聞", "二つ目", "本文。", "（2019年3月8日 7時05分）", "**********");
        assertThat(found).extracting(NewsReference::outlet).containsExactly("毎日新聞", "東京新聞");
        assertThat(found).extracting(NewsReference::headline).containsExactly("見出し", "二つ目");
        assertThat(found).extracting(n -> n.published().edtf()).containsExactly("2019-03-05T09:12+09:00", "2019-03-08T07:05+09:00");
    }

    @Test
    void dropsAnEditionAfterTheOutletButKeepsTheNameItBrandsItselfWith() {
        List<NewsReference> found = news("**********読売新聞 群馬版 2019年3月7日", "見出し", "本文", "**********",
                "**********上毛新聞電子版 2022年1月13日", "見出し", "本文", "**********",
                "**********NHK前橋放送局 NEWS WEB 2019年3月6日 18時40分", "見出し", "本文", "**********");
        assertThat(found).extracting(NewsReference::outlet).containsExactly("読売新聞", "上毛新聞", "NHK前橋放送局 NEWS WEB");
    }

    @Test
    void aLetterOrANoticeBetweenRowsOfAsterisksIsNoNews() {
        assertThat(news("**********太田市長からの回答書", "太総発第８８号", "平成31年3月11日", "**********",
                "**********", "安監発第1419号", "平成23年4月12日", "**********",
                "*****開廷表*****", "平成29年6月16日(金)", "*****")).isEmpty();
    }

    @Test
    void anOutletInDoubleAngleBracketsADateBeforeTheOutletAndAYearlessTrailingDate() {
        List<NewsReference> found = news("**********", "≪下野新聞≫", "隣県でも同様の問題", "本文です。", "（6月5日 7時00分）",
                "**********", "", "**********令和3年6月7日付 上毛新聞", "市長が謝罪", "本文です。", "**********");

        assertThat(found).extracting(NewsReference::outlet).containsExactly("下野新聞", "上毛新聞");
        assertThat(found).extracting(n -> n.published().edtf()).containsExactly("2017-06-05T07:00+09:00", "2021-06-07");
        assertThat(found).extracting(NewsReference::headline).containsExactly("隣県でも同様の問題", "市長が謝罪");
    }

    @Test
    void aNewspapersWebEditionInLatinLettersAfterItsNameIsNoPartOfTheOutlet() {
        List<NewsReference> found = news("**********", "【北関東新聞 KITAKAN Web】", "市の補助金に住民が異議", "本文です。",
                "（2017年6月12日 20時05分）", "**********", "**********NHK News Web 2017年6月13日", "見出し", "本文",
                "**********");

        assertThat(found).extracting(NewsReference::outlet).containsExactly("北関東新聞", "NHK News Web");
        assertThat(found.get(0).published().edtf()).isEqualTo("2017-06-12T20:05+09:00");
    }

    @Test
    void aReporterCreditedInBracketsAtTheEndIsTheAuthorAndAnAgencyIsNot() {
        List<NewsReference> found = news("**********上毛新聞 2017年6月12日 18時05分（最終更新 6月12日 19時40分）", "見出しの一行",
                "本文です。", "【高橋一郎】", "**********", "**********東京新聞 2017年6月13日", "二つ目", "本文です。", "【共同】",
                "**********");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).authors()).containsExactly("高橋一郎");
        assertThat(found.get(0).published().edtf()).isEqualTo("2017-06-12T18:05+09:00");
        assertThat(found.get(0).excerpt()).isEqualTo("本文です。");
        assertThat(found.get(1).authors()).isEmpty();
        assertThat(found.get(1).via()).isEqualTo("共同");
    }

    @Test
    void anOutletWithItsEditionInBracketsAndTheDateWithTsukeAfterThem() {
        List<NewsReference> found = news("**********", "【上毛新聞・群馬版】2017年6月10日付", "見出しの一行", "本文です。", "**********",
                "**********", "【お知らせ】次回の例会は６月２０日です", "本文", "**********");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).outlet()).isEqualTo("上毛新聞");
        assertThat(found.get(0).headline()).isEqualTo("見出しの一行");
        assertThat(found.get(0).published().edtf()).isEqualTo("2017-06-10");
    }
    @Test
    void aHeadingMarkWithADottedDateAndTheOutletClosedByTheMarkAloneIsAnArticle() {
        List<NewsReference> found = news("■前回の報告の続きです。", "■2017.05.30　東毛日報", "図書館の防犯カメラ、録画を延長",
                "館林市は２９日、市立図書館の防犯カメラの録画の保存期間を延ばすと発表した。", "■", "",
                "■2017年6月2日　会の例会", "今月の例会は図書館で開きます。", "");
        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.outlet()).isEqualTo("東毛日報");
            assertThat(n.headline()).isEqualTo("図書館の防犯カメラ、録画を延長");
            assertThat(n.published().edtf()).isEqualTo("2017-05-30");
        });
    }

    @Test
    void aBareRowOfAsterisksThenTheOutletAndAYearlessDateUnbracketedOpensAnArticle() {
        List<NewsReference> found = news("＊＊＊＊＊＊＊＊", "両毛タイムス　6月9日", "市議会、カメラ条例を可決", "本文です。", "＊＊＊＊＊＊＊＊",
                "", "**********", "令和元年6月1日　館林市長　様", "請求の件について回答します。", "**********");
        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.outlet()).isEqualTo("両毛タイムス");
            assertThat(n.headline()).isEqualTo("市議会、カメラ条例を可決");
            assertThat(n.published().edtf()).as("the year of the post").isEqualTo("2017-06-09");
        });
    }

    @Test
    void anAgencyCreditedInBracketsAfterTheOutletIsItsViaAndNoPartOfItsName() {
        List<NewsReference> found = news("**********北陸日報（時事通信配信） 2017年5月2日 8時10分", "県立病院で患者情報を紛失",
                "本文です。", "**********", "", "**********まちの新聞（共同発行） 2017年5月3日", "商店街に街灯を増設", "本文。",
                "**********");
        assertThat(found).extracting(NewsReference::outlet).containsExactly("北陸日報", "まちの新聞（共同発行）");
        assertThat(found).extracting(NewsReference::via).as("共同 there publishes together: no agency")
                .containsExactly("時事", null);
        assertThat(found.get(0).published().edtf()).isEqualTo("2017-05-02T08:10+09:00");
    }

    @Test
    void anArticleWithTheHeadlineFirstEndsWithItsDateAndOutletInBracketsBeforeTheClosingRow() {
        List<NewsReference> found = news("●報道から", "**********", "市立体育館の監視カメラ、録画を公開へ",
                "甲府市は３日、市立体育館の監視カメラの録画を開示請求に応じて公開すると明らかにした。", "（2017年3月4日　甲斐日報夕刊）",
                "**********");
        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.outlet()).as("the edition is no part of the outlet").isEqualTo("甲斐日報");
            assertThat(n.headline()).isEqualTo("市立体育館の監視カメラ、録画を公開へ");
            assertThat(n.published().edtf()).isEqualTo("2017-03-04");
            assertThat(n.excerpt()).startsWith("甲府市は３日");
        });
    }

    @Test
    void aBlockEndingWithADateAloneOrNotClosedByARowIsNoArticle() {
        assertThat(news("**********", "市からの回答の要旨", "カメラの台数は公表しない。", "（2017年3月4日）", "**********")).isEmpty();
        assertThat(news("**********", "市立体育館の監視カメラ、録画を公開へ", "本文です。", "（2017年3月4日　甲斐日報夕刊）"))
                .isEmpty();
    }

    @Test
    void aRowLabelledByADocumentsTitleBetweenAsterisksIsNoNewsButOneLabelledByAnOutletIs() {
        assertThat(news("*****回答書*****PDF ⇒ 20170401kaito.pdf", "総第１２号", "令和２年４月１日", "当会　様", "**********"))
                .isEmpty();
        assertThat(news("*****北陸日報*****2017年3月4日", "市議会、カメラ条例を可決", "本文です。", "**********"))
                .singleElement().satisfies(n -> {
                    assertThat(n.outlet()).isEqualTo("北陸日報");
                    assertThat(n.published().edtf()).isEqualTo("2017-03-04");
                });
    }

    @Test
    void anArticlePastedHeadlineFirstHasTheDateAndOutletOnItsSecondLineAndTheReporterLast() {
        List<NewsReference> found = news("■けさの新聞から", "**********", "駅前の監視カメラ　市が台数を公表へ",
                "2017年6月12日 07:30 甲斐日報", "甲府市は、駅前に設置した監視カメラの台数を公表する方針を決めた。", "（山本花子）",
                "**********");
        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.outlet()).isEqualTo("甲斐日報");
            assertThat(n.headline()).isEqualTo("駅前の監視カメラ　市が台数を公表へ");
            assertThat(n.published().edtf()).isEqualTo("2017-06-12T07:30+09:00");
            assertThat(n.authors()).containsExactly("山本花子");
            assertThat(n.excerpt()).startsWith("甲府市は、");
        });
    }

    @Test
    void aLetterWithItsTitleFirstAndItsDateAndSenderUnderItIsNoArticle() {
        assertThat(news("**********", "監査結果通知書", "令和２年４月１日　甲府市監査委員", "請求を却下します。", "**********"))
                .isEmpty();
        assertThat(news("**********", "駅前の監視カメラ　市が台数を公表へ", "令和２年４月１日　甲府市監査委員", "本文です。"))
                .as("not closed by a row, and signed by no news outlet").isEmpty();
        // not closed by a row either, but its outlet line names a paper beside a headline
        assertThat(news("**********", "駅前の監視カメラ　市が台数を公表へ", "2017年6月12日 07:30 甲斐日報", "本文です。"))
                .extracting(NewsReference::outlet).containsExactly("甲斐日報");
    }

    @Test
    void aLineGivingTheArticlesFileBeforeItsHeadlineIsNoHeadline() {
        List<NewsReference> found = news("**********甲斐日報2017年6月12日 07:30", "PDF ⇒ 20170612kaihi.pdf",
                "駅前の監視カメラ　市が台数を公表へ", "本文です。", "**********",
                "**********甲斐日報2017年6月13日", "PDFで配布された資料を市が撤回", "本文です。", "**********");
        assertThat(found).extracting(NewsReference::headline)
                .containsExactly("駅前の監視カメラ　市が台数を公表へ", "PDFで配布された資料を市が撤回");
    }

    @Test
    void anOutletAndDateLineUnderAHeadlineWithNoRowsIsAnArticleAndALineOfAnAddressIsItsUrl() {
        // a quoted block's paragraphs: the headline, the outlet and minute, the address
        List<NewsReference> found = news("地元紙にも載りました。", "", "公園のカメラ　市が撤去を決める", "",
                "北信日報　2017/6/12 18:05", "", "https://www.hokushin.example.jp/news/123.html", "", "私の感想です。");
        assertThat(found).hasSize(1);
        NewsReference n = found.get(0);
        assertThat(n.outlet()).isEqualTo("北信日報");
        assertThat(n.headline()).isEqualTo("公園のカメラ　市が撤去を決める");
        assertThat(n.url()).isEqualTo("https://www.hokushin.example.jp/news/123.html");
        assertThat(n.published().edtf()).isEqualTo("2017-06-12T18:05+09:00");
        assertThat(n.excerpt()).isNull();
    }

    @Test
    void aMarkedHeadlineThenTheOutletAndDateThenTheTextIsAnArticle() {
        List<NewsReference> found = news("■駅前のカメラ訴訟　住民側が敗訴", "東西新聞　2017年6月8日", "　市は７日、説明した。", "",
                "後の段落です。");
        assertThat(found).extracting(NewsReference::headline).containsExactly("駅前のカメラ訴訟　住民側が敗訴");
        assertThat(found).extracting(NewsReference::outlet).containsExactly("東西新聞");
        assertThat(found).extracting(NewsReference::excerpt).containsExactly("市は７日、説明した。");
    }

    @Test
    void anOutletAndDateLineNeedsANewsOutletsNameAndAHeadlineBesideIt() {
        // a group's meeting note and a sentence about a paper are no articles
        assertThat(news("定例会のお知らせ", "市民の会　2017年6月20日", "", "新聞に出ていました。", "", "朝日新聞　2017年6月8日",
                "", "記事によれば、市はカメラを増やすそうです。")).isEmpty();
    }

    @Test
    void theAddressOfAnArticleBetweenRowsIsItsUrlNotItsHeadline() {
        List<NewsReference> found = news("**********NHK鳥取 2017年6月13日 18時40分", "https://www3.nhk.example/news/1.html",
                "見出しの一行", "本文です。", "**********");
        assertThat(found).extracting(NewsReference::headline).containsExactly("見出しの一行");
        assertThat(found).extracting(NewsReference::url).containsExactly("https://www3.nhk.example/news/1.html");
        assertThat(found).extracting(NewsReference::excerpt).containsExactly("本文です。");
    }

    @Test
    void aQuotationOpenedByItsSourceOrAHeadlineInBracketsClosedByItsSourceIsAnArticle() {
        List<NewsReference> quoted = news("翌日の朝刊に記事が出ていました。", "", "▽以下、5月29日付 山陽新聞朝刊より引用▽", "",
                "【県警の防犯カメラ台数「開示を」　公安委が審査請求一部認める】", "", "　県公安委員会は、不開示の一部を取り消す裁決をした。",
                "", "▽引用ここまで▽");
        assertThat(quoted).singleElement().satisfies(n -> {
            assertThat(n.outlet()).isEqualTo("山陽新聞");
            assertThat(n.headline()).isEqualTo("県警の防犯カメラ台数「開示を」　公安委が審査請求一部認める");
            assertThat(n.published().edtf()).isEqualTo("2017-05-29");
        });

        List<NewsReference> trailing = news("■報道も二つありました。", "", "『通学路の防犯カメラ訴訟、住民側の訴え却下　広島地裁』", "",
                " 広島地裁は7日、訴えを却下した。裁判長は、請求が遅れたと述べた。", "", "(中国新聞 2016年12月8日 朝刊)", "", "",
                "『防犯カメラ住民訴訟　訴え退ける』", "", " 広島地方裁判所は訴えを退けました。", "", "(NHK広島放送局 12月7日 18時22分)", "",
                "https://www3.nhk.or.jp/lnews/hiroshima/20221207/4000021543.html", "", " NHKは「退けました」と書いていますが、却下です。");
        assertThat(trailing).hasSize(2);
        assertThat(trailing.get(0)).satisfies(n -> {
            assertThat(n.outlet()).isEqualTo("中国新聞");
            assertThat(n.headline()).isEqualTo("通学路の防犯カメラ訴訟、住民側の訴え却下　広島地裁");
            assertThat(n.published().edtf()).isEqualTo("2016-12-08");
        });
        assertThat(trailing.get(1)).satisfies(n -> {
            assertThat(n.outlet()).isEqualTo("NHK広島放送局");
            assertThat(n.published().edtf()).isEqualTo("2016-12-07T18:22+09:00");
            assertThat(n.url()).isEqualTo("https://www3.nhk.or.jp/lnews/hiroshima/20221207/4000021543.html");
        });
        assertThat(news("『港の話』", "", "本文です。", "", "(港市役所 2016年12月8日)")).as("no news outlet's name").isEmpty();
    }

    @Test
    void aSharedCardAPortalsDeliveryLineAndAnEditionOrAFileAfterTheOutletAreRead() {
        List<NewsReference> card = news("この裁決については、13日の新潟日報にも小さな記事が出ている。", "",
                "公園の防犯カメラ位置図、全面公開へ　新潟市長が審査請求を認める | 新潟日報 https://www.niigata-nippo.co.jp/articles/-/318452");
        assertThat(card).singleElement().satisfies(n -> {
            assertThat(n.outlet()).isEqualTo("新潟日報");
            assertThat(n.headline()).isEqualTo("公園の防犯カメラ位置図、全面公開へ　新潟市長が審査請求を認める");
            assertThat(n.url()).isEqualTo("https://www.niigata-nippo.co.jp/articles/-/318452");
            assertThat(n.published().edtf()).isEqualTo("2017-06-13");
        });

        List<NewsReference> portal = news("ヤフーニュースに転載されていたものを貼っておく。", "", "━━━━━━━━━━",
                "防犯カメラ設置宅を警官が訪問　映像提供へ協力呼び掛け", "5/28(日) 7:00配信　下野新聞SOON",
                "　港東署は署員が住宅を訪ねている。", "", "https://news.yahoo.co.jp/articles/6d2b0f9e41a7c3b58e", "━━━━━━━━━━");
        assertThat(portal).singleElement().satisfies(n -> {
            assertThat(n.outlet()).isEqualTo("下野新聞SOON");
            assertThat(n.published().edtf()).isEqualTo("2017-05-28T07:00+09:00");
            assertThat(n.url()).isEqualTo("https://news.yahoo.co.jp/articles/6d2b0f9e41a7c3b58e");
        });

        assertThat(news("**********中日新聞（西濃版）　令和元年５月１９日", "補助金の監査請求を却下", "本文。", "**********"))
                .extracting(NewsReference::outlet).containsExactly("中日新聞");
        assertThat(news("*****北國新聞 PDF ⇒ 20170306hokkoku.pdf*****2017年3月6日", "市役所、代表電話を録音", "本文。", "*****"))
                .extracting(NewsReference::outlet).containsExactly("北國新聞");
    }

    @Test
    void aPageTitlesSiteNameIsCutOnlyWhenItNamesTheOutlet() {
        assertThat(NewsBlockExtractor.withoutSiteName("県警のカメラ、設置場所は非公開 - 毎日jp(毎日新聞)", "毎日新聞"))
                .isEqualTo("県警のカメラ、設置場所は非公開");
        assertThat(NewsBlockExtractor.withoutSiteName("県警のカメラ | 中国新聞デジタル", "中国新聞")).isEqualTo("県警のカメラ");
        assertThat(NewsBlockExtractor.withoutSiteName("市長 - 議会の答弁", "毎日新聞")).as("no outlet's name after the dash")
                .isEqualTo("市長 - 議会の答弁");
        assertThat(NewsBlockExtractor.withoutSiteName("- 毎日新聞", "毎日新聞")).as("nothing before it").isEqualTo("- 毎日新聞");
    }

    @Test
    void anArticlePastedFromAKnownNewsSiteNamesItsOutletByTheAddress() {
        List<NewsReference> found = news("こんな記事がありました。", "－－－－－－－－－－", "県警のカメラ、場所は非公開のまま",
                "　県警は設置場所を公表しない方針を示した。", "（2017/06/12-09:05）", "https://www.jiji.com/jc/article?k=2017061200123",
                "－－－－－－－－－－", "以上です。");
        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.outlet()).isEqualTo("時事通信");
            assertThat(n.headline()).isEqualTo("県警のカメラ、場所は非公開のまま");
            assertThat(n.published().edtf()).isEqualTo("2017-06-12T09:05+09:00");
            assertThat(n.url()).isEqualTo("https://www.jiji.com/jc/article?k=2017061200123");
        });
        assertThat(news("見出しのような一行", "本文です。", "（2017/06/12-09:05）", "https://example.org/news/1")).as("no news site's address")
                .isEmpty();
        assertThat(NewsBlockExtractor.outletOfHost("https://digital.asahi.com/articles/x")).as("a parent domain").isEqualTo("朝日新聞");
        assertThat(NewsBlockExtractor.outletOfHost("https://notasahi.com/x")).isNull();
    }

    @Test
    void anArticleToldInASentenceByOutletDateAndQuotedHeadline() {
        List<NewsReference> found = news("この話は、６月３日付けの山陰中央新報の朝刊に「会議室に集音マイク」という見出しで載りました。ネット版はありません。");
        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.outlet()).isEqualTo("山陰中央新報");
            assertThat(n.headline()).isEqualTo("会議室に集音マイク");
            assertThat(n.published().edtf()).isEqualTo("2017-06-03");
            assertThat(n.url()).isNull();
        });
        assertThat(news("「会議室に集音マイク」という見出しを考えました。")).as("no outlet, no date").isEmpty();
    }

    @Test
    void aQuotationsFirstLineIsTheHeadlineOfTheArticleItsTrailingSourceEnds() {
        List<NewsReference> found = news("＜以下、引用＞", "防犯カメラ訴訟、住民側の請求棄却", "　市が設置した防犯カメラの購入費をめぐる訴訟で…。",
                "(2017年6月9日14時22分  読売新聞)", "＜引用ここまで＞");
        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.outlet()).isEqualTo("読売新聞");
            assertThat(n.headline()).isEqualTo("防犯カメラ訴訟、住民側の請求棄却");
            assertThat(n.published().edtf()).isEqualTo("2017-06-09T14:22+09:00");
        });
    }

    @Test
    void aQuotationsHeadlineAloneInItsFirstParagraphHeadsTheArticleItsTrailingSourceEnds() {
        List<NewsReference> found = news("けさの新聞にも載りました。", "", "市教委、カメラの場所は非公開のまま", "",
                "市民グループが求めていた審査請求について、市教委は棄却した。", "（福井新聞　2017年6月10日）", "", "▼関連記事", "・2017/05/01　前の記事");
        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.outlet()).isEqualTo("福井新聞");
            assertThat(n.headline()).isEqualTo("市教委、カメラの場所は非公開のまま");
            assertThat(n.published().edtf()).isEqualTo("2017-06-10");
        });
    }
}
