package org.civicwatch.importers.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.civicwatch.model.Dataset;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;

/** The page's character set: from its BOM, its declaration, or strict decoding; never mojibake. */
class CharsetTest {
    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final Charset EUC_JP = Charset.forName("EUC-JP");
    private static final String TITLE = "県庁見学～地下①";
    /** EUC-JP has neither ～ (U+FF5E) nor ①. */
    private static final String EUC_TITLE = "県庁見学・地下";

    private static Dataset read(byte[] page, Options options) throws IOException {
        return new BlogHtmlImporter().read(new ByteArrayInputStream(page), "page.html",
                options.with(BlogHtmlImporter.BASE_URL, "https://example.jp/p/1"));
    }

    private static String body(String title) {
        return "<article><h1>" + title + "</h1><p>地下1階の売店前の天井に監視カメラが２台。</p></article>";
    }

    private static byte[] page(String head, Charset charset) {
        String title = charset.equals(EUC_JP) ? EUC_TITLE : TITLE;
        return ("<html><head>" + head + "</head><body>" + body(title) + "</body></html>").getBytes(charset);
    }

    private static void assertReadRight(Dataset d) {
        assertThat(d.info().title()).isEqualTo(TITLE).contains("\uFF5E").contains("\u2460");
        assertSighting(d);
    }

    private static void assertReadRightFromEucJp(Dataset d) {
        assertThat(d.info().title()).isEqualTo(EUC_TITLE);
        assertSighting(d);
    }

    private static void assertSighting(Dataset d) {
        assertThat(d.sightings()).singleElement().satisfies(s -> {
            assertThat(s.count().value()).isEqualTo(2L);
            assertThat(s.place().area()).isEqualTo("売店前");
        });
    }

    @Test
    void readsAWindows31jPageWithFullWidthTildeAndCircledDigitHoweverItIsLabelled() throws IOException {
        assertThat(new String(TITLE.getBytes(CP932), CP932)).isEqualTo(TITLE);
        for (String head : new String[] {"<meta charset=\"Shift_JIS\">", "<meta charset=\"windows-31j\">",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=x-sjis\">",
            "<meta http-equiv=\"content-type\" content=\"text/html;charset=MS932\">", ""}) {
            assertReadRight(read(page(head, CP932), Options.EMPTY));
        }
        assertReadRight(read(page("", CP932), Options.EMPTY.with(BlogHtmlImporter.CHARSET, "Shift_JIS")));
    }

    @Test
    void readsEucJpByMetaCharsetAndUtf8AndUtf16ByTheirByteOrderMarks() throws IOException {
        assertThat(new String(EUC_TITLE.getBytes(EUC_JP), EUC_JP)).isEqualTo(EUC_TITLE);
        assertReadRightFromEucJp(read(page("<meta charset=\"EUC-JP\">", EUC_JP), Options.EMPTY));
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        utf8.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        utf8.write(page("<meta charset=\"Shift_JIS\">", StandardCharsets.UTF_8));
        assertReadRight(read(utf8.toByteArray(), Options.EMPTY));
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.write(page("", StandardCharsets.UTF_16LE));
        assertReadRight(read(utf16.toByteArray(), Options.EMPTY));
    }

    @Test
    void aPageLabelledUtf8WhoseBytesAreWindows31jIsALocatedErrorNamingTheOption() {
        byte[] page = ("<html><head><meta charset=\"utf-8\"></head>\n<body>\n" + body(TITLE) + "</body></html>").getBytes(CP932);
        assertThatThrownBy(() -> read(page, Options.EMPTY)).isInstanceOf(DataException.class)
                .satisfies(e -> assertThat(((DataException) e).location().line()).isEqualTo(3))
                .hasMessageStartingWith("page.html:3:")
                .hasMessageContaining("not UTF-8").hasMessageContaining("charset");
    }

    @Test
    void aPageLabelledEucJpWhoseBytesAreWindows31jIsALocatedError() {
        byte[] page = page("<meta charset=\"EUC-JP\">", CP932);
        assertThatThrownBy(() -> read(page, Options.EMPTY)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("page.html:1:").hasMessageContaining("not EUC-JP");
    }

    @Test
    void aPageLabelledShiftJisWhoseBytesAreUtf8IsReadAsUtf8NotAsMojibake() throws IOException {
        assertReadRight(read(page("<meta charset=\"Shift_JIS\">", StandardCharsets.UTF_8), Options.EMPTY));
        assertReadRight(read(page("<meta charset=\"EUC-JP\">", StandardCharsets.UTF_8), Options.EMPTY));
    }

    @Test
    void aPageLabelledShiftJisWhoseBytesAreEucJpIsNeverReadAsMojibake() throws IOException {
        byte[] page = page("<meta charset=\"Shift_JIS\">", EUC_JP);
        try {
            assertReadRightFromEucJp(read(page, Options.EMPTY));
        } catch (DataException e) {
            assertThat(e.getMessage()).startsWith("page.html").contains("EUC-JP").contains("charset");
        }
        assertReadRightFromEucJp(read(page, Options.EMPTY.with(BlogHtmlImporter.CHARSET, "EUC-JP")));
    }

    @Test
    void aBinaryFileNamedHtmlIsCalledNotAPageRatherThanACharsetProblem() {
        byte[] binary = new byte[3000];
        new java.util.Random(7).nextBytes(binary);
        binary[10] = 0;
        assertThatThrownBy(() -> read(binary, Options.EMPTY)).isInstanceOf(DataException.class)
                .hasMessage("page.html: this is not a web page: it holds binary data (NUL bytes or control characters),"
                        + " not text. Give the blog page saved as HTML (in a browser: Save Page As, Web Page, HTML only).")
                .hasMessageNotContaining("character set");
    }

    @Test
    void anImageOrACompressedPageIsNamedForWhatItIs() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', '<', 'h'};
        byte[] gzip = {0x1F, (byte) 0x8B, 8, 0, '<', 'h', 't', 'm', 'l', '>'};
        assertThatThrownBy(() -> read(png, Options.EMPTY)).hasMessageContaining("it holds a PNG image");
        assertThatThrownBy(() -> read(gzip, Options.EMPTY))
                .hasMessageContaining("gzip-compressed data; decompress it (gunzip) and read the page inside");
    }

    @Test
    void aTextPageWithAStrayNulByteIsStillAPage() throws IOException {
        byte[] page = ("<html><head><meta charset=\"utf-8\"></head><body>" + body(TITLE) + "\u0000</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertReadRight(read(page, Options.EMPTY));
    }

    @Test
    void aUtf8PageBehindAUtf16ByteOrderMarkSaysSoAndLenientlyReadsAsUtf8() throws IOException {
        for (int[] mark : new int[][] {{0xFF, 0xFE}, {0xFE, 0xFF}}) {
            byte[] utf8 = page("<meta charset=\"utf-8\">", StandardCharsets.UTF_8);
            ByteArrayOutputStream behind = new ByteArrayOutputStream();
            behind.write(mark[0]);
            behind.write(mark[1]);
            behind.writeBytes(utf8);

            assertThatThrownBy(() -> read(behind.toByteArray(), Options.EMPTY)).isInstanceOf(DataException.class)
                    .hasMessageStartingWith("page.html:1:1: the page starts with a UTF-16 byte order mark (")
                    .hasMessageContaining("but its text is UTF-8; remove the first two bytes");
            assertReadRight(read(behind.toByteArray(), Options.EMPTY.with(org.civicwatch.spi.StandardOptions.LENIENT,
                    true)));
        }
    }

    @Test
    void aUtf16PageBehindItsMarkStillReadsAsUtf16() throws IOException {
        for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("\uFEFF".getBytes(utf16));
            out.writeBytes(page("", utf16));
            assertReadRight(read(out.toByteArray(), Options.EMPTY));
        }
    }
}
