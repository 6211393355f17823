package org.civicwatch.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Sighting;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.OptionException;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;

/** Charsets as Japanese files come: UTF-8 with and without a BOM, windows-31j declared or detected, UTF-16. */
class EncodingTest {
    private static final Charset SJIS = Charset.forName("windows-31j");
    /** NEC and IBM extensions that strict Shift_JIS (JIS X 0208) lacks, and a wave dash. */
    private static final String TEXT = "id,device,place_area\ns1,camera,①番窓口 ㈱前の廊下～階段\n";

    private static Sighting first(byte[] bytes, Options options) throws IOException {
        return Inputs.read(bytes, "sightings.csv", options).sightings().get(0);
    }

    @Test
    void aUtf8ByteOrderMarkIsReadAndNeverLeftInTheFirstColumnName() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(first(out.toByteArray(), Options.EMPTY).id()).isEqualTo("s1");
        assertThat(first(out.toByteArray(), Options.EMPTY.with(CsvReadSettings.CHARSET, "utf-8")).place().area())
                .isEqualTo("①番窓口 ㈱前の廊下～階段");
    }

    @Test
    void windows31jIsReadWhenDeclaredUnderAnyOfItsNames() throws IOException {
        for (String name : new String[] {"windows-31j", "Shift_JIS", "sjis", "MS932", "cp932"}) {
            assertThat(first(TEXT.getBytes(SJIS), Options.EMPTY.with(CsvReadSettings.CHARSET, name)).place().area())
                    .as(name).isEqualTo("①番窓口 ㈱前の廊下～階段");
        }
    }

    @Test
    void windows31jIsDetectedWhenTheBytesAreNotUtf8ButAreStrictlyWindows31j() throws IOException {
        assertThat(first(TEXT.getBytes(SJIS), Options.EMPTY).place().area()).isEqualTo("①番窓口 ㈱前の廊下～階段");
    }

    @Test
    void utf16IsReadByItsByteOrderMark() throws IOException {
        byte[] le = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE);
        assertThat(first(le, Options.EMPTY).place().area()).isEqualTo("①番窓口 ㈱前の廊下～階段");
        assertThat(first(be, Options.EMPTY).place().area()).isEqualTo("①番窓口 ㈱前の廊下～階段");
    }

    @Test
    void bytesThatAreNeitherAreNotGuessedAndTheErrorSaysHowToDeclare() {
        byte[] neither = "id,device,notes\ns1,camera,ok\ns2,camera,\u0000\n".getBytes(StandardCharsets.US_ASCII);
        neither[neither.length - 2] = (byte) 0x81;
        neither = java.util.Arrays.copyOf(neither, neither.length + 1);
        neither[neither.length - 2] = 0x20;
        neither[neither.length - 1] = '\n';
        byte[] input = neither;
        DataException e = catchThrowableOfType(DataException.class, () -> first(input, Options.EMPTY));
        assertThat(e).hasMessage("sightings.csv:3: cannot tell the charset: the file is neither UTF-8 (bytes 0x81 at"
                + " byte 39, line 3) nor windows-31j, that is Shift_JIS (bytes 0x81 at byte 39, line 3). Declare"
                + " its charset: the option charset (charset=euc-jp, charset=utf-16...) or \"charset\" in a"
                + " column-mapping file");
    }

    @Test
    void windows31jBytesAfterAUtf8LookingStartStopTheReadWithTheirPlaceAndTheWayToDeclare() {
        StringBuilder s = new StringBuilder("id,device,notes\n");
        for (int i = 1; s.length() < 70_000; i++) {
            s.append("s").append(i).append(",camera,plain ascii text\n");
        }
        long line = s.chars().filter(c -> c == '\n').count() + 1;
        s.append("late,camera,監視カメラ\n");
        byte[] bytes = s.toString().getBytes(SJIS);
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.read(bytes, "sightings.csv",
                Options.EMPTY));
        assertThat(e.location().line()).isEqualTo(line);
        assertThat(e.location().column()).isEqualTo(13);
        assertThat(e).hasMessageContaining("the bytes 0x8A at byte " + (bytes.length - 11) + " are not UTF-8 text;"
                + " its first 65536 bytes read as UTF-8. If the file is windows-31j (Shift_JIS), declare it: the option"
                + " charset=windows-31j, or \"charset\" in a column-mapping file");
        assertThat(catchThrowableOfType(DataException.class, () -> Inputs.read(bytes, "s.csv",
                Options.EMPTY.with(CsvReadSettings.CHARSET, "utf-8"))))
                .hasMessageContaining("are not UTF-8 text; check the declared charset");
    }

    @Test
    void aDeclarationThatContradictsTheByteOrderMarkIsRefused() {
        byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        DataException e = catchThrowableOfType(DataException.class, () -> first(bom,
                Options.EMPTY.with(CsvReadSettings.CHARSET, "windows-31j")));
        assertThat(e).hasMessage("sightings.csv:1:1: the file starts with a UTF-8 byte order mark, but the charset"
                + " windows-31j was declared; declare UTF-8 or leave the charset out");
    }

    @Test
    void anUnknownCharsetIsAnOptionError() {
        OptionException e = catchThrowableOfType(OptionException.class, () -> first(TEXT.getBytes(SJIS),
                Options.EMPTY.with(CsvReadSettings.CHARSET, "klingon-8")));
        assertThat(e).hasMessageStartingWith("charset \"klingon-8\" is not one Java knows; use utf-8, windows-31j");
    }

    @Test
    void eucJpIsReadWhenDeclared() throws IOException {
        Dataset d = Inputs.read(TEXT.replace("①", "1").replace("㈱", "(株)").getBytes(Charset.forName("EUC-JP")),
                "sightings.csv", Options.EMPTY.with(CsvReadSettings.CHARSET, "euc-jp"));
        assertThat(d.sightings().get(0).place().area()).isEqualTo("1番窓口 (株)前の廊下～階段");
    }
}
