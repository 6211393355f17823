package org.civicwatch.importers.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.spi.DataException;
import org.junit.jupiter.api.Test;

/** A JSON Lines file whose info line announces an end line is refused when cut short. */
class EndLineTest {
    private final JsonLinesImporter importer = new JsonLinesImporter();

    private static final String INFO = "{\"type\":\"info\",\"civicwatch\":\"1\",\"trailer\":true,\"info\":{\"title\":\"t\"}}\n";
    private static final String S1 = "{\"type\":\"sighting\",\"record\":{\"id\":\"s1\",\"device\":\"camera\"}}\n";
    private static final String S2 = "{\"type\":\"sighting\",\"record\":{\"id\":\"s2\",\"device\":\"camera\"}}\n";
    private static final String END = "{\"type\":\"end\",\"records\":2}\n";

    @Test
    void wholeFileReads() throws IOException {
        assertThat(Inputs.read(importer, INFO + S1 + S2 + END).size()).isEqualTo(2);
        assertThat(Inputs.read(importer, INFO + S1 + S2 + END + "\n\n").size()).isEqualTo(2);
    }

    @Test
    void fileCutAtALineEndIsRefused() {
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.read(importer, INFO + S1 + S2));
        assertThat(e.getMessage()).isEqualTo("test.json:4: the input ends before its end line, which its info line"
                + " says follows: it was cut short after line 3; write it again, or copy it whole");
    }

    @Test
    void fileCutInsideALineIsRefusedTwiceInLenientMode() throws IOException {
        String cut = INFO + S1 + S2.substring(0, 30);
        List<CivicRecord> records = new ArrayList<>();
        List<String> problems = Inputs.lenientProblems(importer, cut, records);
        assertThat(records).extracting(CivicRecord::id).containsExactly("s1");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(1)).startsWith("test.json:4: the input ends before its end line");
    }

    @Test
    void endLineCountingOtherThanTheRecordsIsRefused() {
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.read(importer,
                INFO + S1 + "{\"type\":\"end\",\"records\":2}\n"));
        assertThat(e.getMessage()).isEqualTo("test.json:3:25: field '/records': the end line counts 2 record lines,"
                + " but 1 came before it: lines were lost or added; write the file again");
    }

    @Test
    void lineAfterTheEndLineIsRefused() {
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.read(importer,
                INFO + S1 + S2 + END + S1));
        assertThat(e.getMessage()).isEqualTo("test.json:5:1: a line after the end line; the end line must be the last");
    }

    @Test
    void plainJsonLinesWithoutTheAnnouncementNeedNoEndLine() throws IOException {
        assertThat(Inputs.read(importer, S1 + S2).size()).isEqualTo(2);
        assertThat(Inputs.read(importer, "{\"type\":\"info\",\"civicwatch\":\"1\"}\n" + S1).size()).isEqualTo(1);
    }

    @Test
    void aMalformedLineRejectedInLenientModeStillCountsTowardsTheEndLine() throws IOException {
        String damaged = "{\"type\":\"sighting\",\"record\":{\"id\":\"s2\",\"device\"\n";
        List<CivicRecord> records = new ArrayList<>();
        List<String> problems = Inputs.lenientProblems(importer, INFO + S1 + damaged + END, records);
        assertThat(records).extracting(CivicRecord::id).containsExactly("s1");
        assertThat(problems).singleElement().asString().startsWith("test.json:3:").doesNotContain("lost");
    }

    @Test
    void everyKindOfRejectedRecordLineCountsTowardsTheEndLine() throws IOException {
        String[] rejected = {
            "not json at all\n",
            "[1, 2]\n",
            "{\"record\":{\"id\":\"s2\"}}\n",
            "{\"type\":\"sightings\",\"record\":{\"id\":\"s2\"}}\n",
            "{\"type\":\"sighting\",\"record\":7}\n",
            "{\"type\":\"sighting\",\"record\":{\"id\":\"s1\",\"device\":\"camera\"}}\n",
            "{\"type\":\"sighting\",\"record\":{\"id\":\"s2\",\"device\":\"no such device\"}}\n",
            "{\"type\":\"sighting\",\"record\":{\"id\":\"s2\",\"device\":\"camera\"}} {}\n",
        };
        for (String line : rejected) {
            List<CivicRecord> records = new ArrayList<>();
            List<String> problems = Inputs.lenientProblems(importer, INFO + S1 + line + END, records);
            assertThat(records).as(line).extracting(CivicRecord::id).containsExactly("s1");
            assertThat(problems).as(line).singleElement().asString().startsWith("test.json:3")
                    .doesNotContain("lost");
        }
    }

    @Test
    void aLineTrulyLostIsStillToldInLenientModeBesideARejectedOne() throws IOException {
        List<CivicRecord> records = new ArrayList<>();
        List<String> problems = Inputs.lenientProblems(importer, INFO + "garbage\n" + "{\"type\":\"end\",\"records\":3}\n",
                records);
        assertThat(records).isEmpty();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(1)).contains("the end line counts 3 record lines, but 1 came before it");
    }
}
