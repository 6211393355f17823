package org.civicwatch.importers.html.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingKind;
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
}
