package org.civicwatch.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicwatch.model.Sighting;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.StandardOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lenient reading goes on past bad rows, reports each, and sets each aside exactly as it was. */
class LenientTest {
    @TempDir
    Path dir;

    private static final String CSV = "id,device,notes\r\n"
            + "s1,camera,fine\r\n"
            + "s2,webcam,\"bad device,\r\nover two lines\"\r\n"
            + "s3,camera,one,too many\r\n"
            + "\"s4\",camera,\"quoted \"\"fine\"\"\"\r\n"
            + "s 5,camera,bad id\r\n"
            + "s6,motion_sensor,last\r\n";

    @Test
    void goodRowsAreReadAndBadRowsReportedAndHandedOnVerbatim() throws IOException {
        Inputs.Lenient r = Inputs.lenient(new CsvImporter(), CSV.getBytes(StandardCharsets.UTF_8), "sightings.csv",
                Options.EMPTY);
        assertThat(r.dataset().sightings()).extracting(Sighting::id).containsExactly("s1", "s4", "s6");
        assertThat(r.dataset().sightings().get(1).notes()).isEqualTo("quoted \"fine\"");
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "sightings.csv:3:2: record 2, field 'device': \"webcam\" is not one of camera, motion_sensor,"
                        + " microphone, alpr, other",
                "sightings.csv:5: record 3: the row has 4 cells but the header has 3 columns (id, device, notes); a cell"
                        + " holding the delimiter or a line break must be quoted",
                "sightings.csv:7:1: record 5, field 'id': \"s 5\" is not a valid id: use 1 to 128 letters, digits,"
                        + " '.', '_', ':' or '-', starting with a letter or digit");
        assertThat(r.rejected()).extracting(Problem::rejected).containsExactly(
                "s2,webcam,\"bad device,\r\nover two lines\"\r\n",
                "s3,camera,one,too many\r\n",
                "s 5,camera,bad id\r\n");
        assertThat(r.rejected()).isEqualTo(r.problems());
    }

    @Test
    void aRejectsFileGetsTheHeaderAndEveryRejectedRowInTheInputsCharset() throws IOException {
        Charset sjis = Charset.forName("windows-31j");
        String text = CSV.replace("fine", "正常").replace("bad id", "不正なid");
        Path rejects = dir.resolve("rejects.csv");
        Inputs.lenient(new CsvImporter(), text.getBytes(sjis), "sightings.csv",
                Options.EMPTY.with(CsvReadSettings.REJECTS, rejects.toString()));
        assertThat(new String(Files.readAllBytes(rejects), sjis)).isEqualTo("id,device,notes\r\n"
                + "s2,webcam,\"bad device,\r\nover two lines\"\r\n"
                + "s3,camera,one,too many\r\n"
                + "s 5,camera,不正なid\r\n");
    }

    @Test
    void noRejectsFileIsWrittenWhenNothingIsRejectedOrReadingIsStrict() throws IOException {
        Path rejects = dir.resolve("rejects.csv");
        Inputs.lenient(new CsvImporter(), "id,device\ns1,camera\n".getBytes(StandardCharsets.UTF_8), "sightings.csv",
                Options.EMPTY.with(CsvReadSettings.REJECTS, rejects.toString()));
        assertThat(rejects).doesNotExist();
        catchThrowableOfType(DataException.class, () -> Inputs.read(CSV.getBytes(StandardCharsets.UTF_8),
                "sightings.csv", Options.EMPTY.with(CsvReadSettings.REJECTS, rejects.toString())));
        assertThat(rejects).doesNotExist();
    }

    @Test
    void leniencyEndsAtTheBoundOnProblems() {
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.lenient(new CsvImporter(),
                CSV.getBytes(StandardCharsets.UTF_8), "sightings.csv", Options.EMPTY.with(StandardOptions.MAX_PROBLEMS, 2L)));
        assertThat(e).hasMessageStartingWith("sightings.csv:7:1: record 5, field 'id': more than 2 problems; giving up."
                + " The first was: sightings.csv:3:2: record 2, field 'device'");
    }

    @Test
    void anUnterminatedQuoteEndsEvenALenientReadAfterTheRowsBeforeIt() throws IOException {
        String text = "id,device,notes\ns1,camera,ok\ns2,webcam,x\ns3,camera,\"open\ns4,camera,x\n";
        java.util.List<Problem> seen = new java.util.ArrayList<>();
        DataException e = catchThrowableOfType(DataException.class, () -> {
            try (var reader = new CsvImporter().open(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    "sightings.csv", Options.EMPTY.with(StandardOptions.LENIENT, true)
                            .with(StandardOptions.REJECTED, seen::add))) {
                assertThat(reader.next().id()).isEqualTo("s1");
                reader.next();
            }
        });
        assertThat(seen).extracting(Problem::rejected).containsExactly("s2,webcam,x\n");
        assertThat(e).hasMessageStartingWith("sightings.csv:4:11: record 3, field 'notes': the quote that opens this"
                + " cell is never closed");
    }
}
