package org.civicwatch.blog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.When;
import org.junit.jupiter.api.Test;

class RequestFormExtractorTest {
    private static List<Filing> filings(String... lines) {
        PostText post = PostText.of("https://blog.example.jp/a/7.html", "p7", When.parse("2019-06-01"), List.of(lines));
        Extraction out = Extraction.strict(post);
        new RequestFormExtractor().extract(post, out);
        return out.records().stream().map(Filing.class::cast).toList();
    }

    @Test
    void readsAnAuditRequestFormWithAnEraDateAndItsLegalBasis() {
        List<Filing> f = filings("前文", "＊＊＊＊＊住民監査請求書＊＊＊＊＊", "令和元年5月8日", "高崎市監査委員　殿",
                "請求人　まちの目の会", "地方自治法第242条第1項の規定により、別紙事実証明書を添え、必要な措置を請求します。",
                "請求の要旨", "市長の海外視察旅費の返還を求める。", "*****", "後書き");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.RESIDENT_AUDIT_REQUEST);
            assertThat(x.filed().edtf()).isEqualTo("2019-05-08");
            assertThat(x.filed().original()).isEqualTo("令和元年5月8日");
            assertThat(x.filedWith().name()).isEqualTo("高崎市監査委員");
            assertThat(x.filedBy().name()).isEqualTo("まちの目の会");
            assertThat(x.legalBasis()).isEqualTo("地方自治法第242条第1項");
            assertThat(x.subject()).isEqualTo("市長の海外視察旅費の返還を求める。");
            assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(FilingEventKind.FILED));
            assertThat(x.provenance().quote()).startsWith("＊＊＊＊＊住民監査請求書＊＊＊＊＊\n令和元年5月8日").endsWith("*****");
        });
    }

    @Test
    void aRowOfAsterisksWithoutAFormNameIsNoForm() {
        assertThat(filings("*****", "平成29年7月18日", "*****")).isEmpty();
    }

    @Test
    void readsTheRequesterFromTheNameFieldOfTheForm() {
        List<Filing> f = filings("*****行政文書開示請求書*****", "令和3年4月1日", "渋川市長　様", "氏名又は名称　しぶかわ市政を見る会",
                "渋川市情報公開条例第5条の規定に基づき、下記のとおり開示を請求します。", "*****");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.filedBy().name()).isEqualTo("しぶかわ市政を見る会");
            assertThat(x.filedWith().name()).isEqualTo("渋川市長");
            assertThat(x.legalBasis()).isEqualTo("渋川市情報公開条例第5条");
        });
        assertThat(filings("*****開示請求書*****", "令和3年4月1日", "請求者の氏名：山田会", "*****"))
                .singleElement().satisfies(x -> assertThat(x.filedBy().name()).isEqualTo("山田会"));
    }

    @Test
    void aStaffMeasuresRequestIsAnAuditRequestFiledByTheGroupItsRepresentativeSignsFor() {
        List<Filing> f = filings("*****前橋市職員措置請求書*****", "令和元年5月20日", "前橋市監査委員　様", "請求者",
                "住所　前橋市本町二丁目１番", "氏名　前橋の予算を調べる会　代表　木村ひろし", "*****");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.RESIDENT_AUDIT_REQUEST);
            assertThat(x.title()).isEqualTo("前橋市職員措置請求書");
            assertThat(x.filedBy().name()).isEqualTo("前橋の予算を調べる会");
        });
    }

    @Test
    void aRequesterWithoutARepresentativesTitleKeepsTheWholeName() {
        assertThat(filings("*****職員措置請求書*****", "令和元年5月20日", "氏名　木村ひろし　前橋市在住", "*****"))
                .singleElement().satisfies(x -> assertThat(x.filedBy().name()).isEqualTo("木村ひろし　前橋市在住"));
        assertThat(filings("*****職員措置請求書*****", "令和元年5月20日", "氏名　市民代表者会議", "*****"))
                .singleElement().satisfies(x -> assertThat(x.filedBy().name()).isEqualTo("市民代表者会議"));
        assertThat(filings("*****是正措置申出書*****", "令和元年5月20日", "*****"))
                .singleElement().satisfies(x -> assertThat(x.kind()).isEqualTo(FilingKind.OTHER));
    }

    @Test
    void aRequesterWhoseNameHoldsNoWordOfAGroupIsAPrivatePerson() {
        assertThat(filings("*****職員措置請求書*****", "令和元年5月20日", "氏名　木村ひろし", "*****"))
                .singleElement().satisfies(x -> {
                    assertThat(x.filedBy().kind()).isEqualTo(PartyKind.PERSON);
                    assertThat(x.filedBy().name()).isEqualTo("木村ひろし");
                    assertThat(x.filedBy().publicFigure()).isFalse();
                });
        // where it stops: a group's word makes a group, but a surname opening with 会 does not
        assertThat(filings("*****開示請求書*****", "令和3年4月1日", "請求者　市民オンブズマン高崎", "*****"))
                .singleElement().satisfies(x -> assertThat(x.filedBy().kind()).isEqualTo(PartyKind.GROUP));
        assertThat(filings("*****開示請求書*****", "令和3年4月1日", "請求者　会田まさる", "*****"))
                .singleElement().satisfies(x -> assertThat(x.filedBy().kind()).isEqualTo(PartyKind.PERSON));
    }

    @Test
    void aRowLabelledByThePostTakesTheFormsOwnTitleFromTheLineAfterIt() {
        List<Filing> f = filings("*****5/8監査請求書*****PDF ⇒ 20190508seikyu.pdf", "沼田市職員措置請求書", "１　請求の要旨",
                "市長の視察旅費の支出", "氏名　沼田の市政を見る会　代表　森山たかし", "令和元年5月8日", "沼田市監査委員　様", "*****");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FilingKind.RESIDENT_AUDIT_REQUEST);
            assertThat(x.title()).isEqualTo("沼田市職員措置請求書");
            assertThat(x.filed().original()).isEqualTo("令和元年5月8日");
            assertThat(x.filedWith().name()).isEqualTo("沼田市監査委員");
            assertThat(x.filedBy().name()).isEqualTo("沼田の市政を見る会");
            assertThat(x.subject()).isEqualTo("市長の視察旅費の支出");
        });
        // a label whose next line heads a part of its own gives no subject
        assertThat(filings("*****監査請求書*****", "１　請求の要旨", "（１）請求の対象となる職員", "沼田市長", "令和元年5月8日", "*****"))
                .singleElement().satisfies(x -> assertThat(x.subject()).isNull());
        // where it stops: a line of prose after the row is no title, so the row's label names the form
        assertThat(filings("*****開示請求書*****", "次のとおり請求しました。", "令和元年5月8日", "*****"))
                .singleElement().satisfies(x -> assertThat(x.title()).isEqualTo("開示請求書"));
        // and a row with words after it other than a file's link is no form's
        assertThat(filings("*****開示請求書*****の写し", "令和元年5月8日", "*****")).isEmpty();
    }
}
