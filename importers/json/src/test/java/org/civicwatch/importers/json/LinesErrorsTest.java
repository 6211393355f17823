package org.civicwatch.importers.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.junit.jupiter.api.Test;

class LinesErrorsTest {
    private final JsonLinesImporter importer = new JsonLinesImporter();

    private static final String INFO = "{\"type\":\"info\",\"civicwatch\":\"1\",\"info\":{\"title\":\"t\"}}\n";
    private static final String S1 = "{\"type\":\"sighting\",\"record\":{\"id\":\"s1\",\"device\":\"camera\"}}\n";

    private DataException error(String text) {
        return catchThrowableOfType(DataException.class, () -> Inputs.read(importer, text));
    }

    @Test
    void wrongTypeIsLocatedByLineColumnAndPointerWithinTheLine() {
        DataException e = error(INFO + S1
                + "{\"type\":\"sighting\",\"record\":{\"id\":\"s2\",\"device\":\"camera\",\"place\":{\"floor\":3}}}\n");
        assertThat(e.location()).isEqualTo(new Location("test.json", 3, 75, 2, "/record/place/floor"));
        assertThat(e.detail()).isEqualTo("expected a string (a floor such as 1, -1 or 3..30), got the number 3");
    }

    @Test
    void malformedLineIsSkippedInLenientModeAndTheRestRead() throws IOException {
        List<CivicRecord> records = new ArrayList<>();
        List<String> problems = Inputs.lenientProblems(importer, INFO + "{\"type\":\"sighting\",\"record\":{\n" + S1
                + "\n" + "{\"type\":\"sighting\",\"record\":{\"id\":\"s1\",\"device\":\"other\"}}\n", records);
        assertThat(records).extracting(CivicRecord::id).containsExactly("s1");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).isEqualTo("test.json:2:30: field '/record': malformed JSON: Unexpected"
                + " end-of-input: expected close marker for Object");
        assertThat(problems.get(1)).isEqualTo("test.json:5:35: record 2, field '/record/id': duplicate id 's1':"
                + " record 1 (line 3, /record) has it too; ids must be unique in a dataset");
    }

    @Test
    void malformedLineIsAnErrorInStrictMode() {
        DataException e = error(INFO + "{\"type\":\"sighting\" \"record\":{}}\n");
        assertThat(e.location().line()).isEqualTo(2);
        assertThat(e.location().column()).isEqualTo(20);
        assertThat(e.detail()).startsWith("malformed JSON: Unexpected character");
    }

    @Test
    void lineWithoutTypeOrWithUnknownTypeIsRefused() {
        assertThat(error("{\"record\":{}}\n").getMessage()).isEqualTo("test.json:1:1: the line has no \"type\"; it"
                + " must be one of info, incident, sighting, filing, news");
        assertThat(error("{\"type\":\"camera\",\"record\":{}}\n").getMessage()).isEqualTo("test.json:1:9: field"
                + " '/type': unknown type \"camera\"; it must be one of info, incident, sighting, filing, news");
    }

    @Test
    void infoLineMustComeFirst() {
        assertThat(error(S1 + INFO).getMessage()).isEqualTo("test.json:2:9: field '/type': an info line must be"
                + " the first line; this one was left out");
    }

    @Test
    void unknownMemberOfALineIsAnErrorInStrictModeAndLeftOutInLenientMode() throws IOException {
        String text = "{\"type\":\"sighting\",\"record\":{\"id\":\"s1\",\"device\":\"camera\"},\"x\":1}\n";
        assertThat(error(text).getMessage()).isEqualTo("test.json:1:63: record 1, field '/x': unknown member 'x';"
                + " a line has type, record");
        List<CivicRecord> records = new ArrayList<>();
        assertThat(Inputs.lenientProblems(importer, text, records)).singleElement().asString().endsWith("; it was left out");
        assertThat(records).hasSize(1);
    }

    @Test
    void blankLinesCrlfAndByteOrderMarkAreAccepted() throws IOException {
        var dataset = Inputs.read(importer, "\uFEFF" + INFO.replace("\n", "\r\n") + "\r\n\n" + S1);
        assertThat(dataset.info().title()).isEqualTo("t");
        assertThat(dataset.sightings()).hasSize(1);
    }

    @Test
    void notUtf8IsAnError() {
        DataException e = catchThrowableOfType(DataException.class, () -> importer.read(
                new java.io.ByteArrayInputStream(new byte[] {'{', (byte) 0xff, '}', '\n'}), "bad.jsonl",
                org.civicwatch.spi.Options.EMPTY));
        assertThat(e.getMessage()).isEqualTo("bad.jsonl:1: the input is not UTF-8 text (it holds bytes that are not"
                + " UTF-8); JSON must be UTF-8 (RFC 8259): save the file as UTF-8");
    }

    /**
     * Bytes that are not UTF-8 inside a record's strings end the input with the encoding error at their line,
     * whether the byte parser could read the line or not, and never give a record.
     */
    @Test
    void notUtf8InsideAStringIsAnErrorAtItsLineWhateverTheBytes() {
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 3_000; n++) {
            java.io.ByteArrayOutputStream bad = new java.io.ByteArrayOutputStream();
            int length = 1 + random.nextInt(4);
            for (int i = 0; i < length; i++) {
                bad.write(0x80 + random.nextInt(0x80));
            }
            byte[] broken = bad.toByteArray();
            boolean utf8;
            try {
                java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(broken));
                utf8 = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                utf8 = false;
            }
            if (utf8) {
                continue;
            }
            java.io.ByteArrayOutputStream input = new java.io.ByteArrayOutputStream();
            input.writeBytes((INFO + S1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            input.writeBytes("{\"type\":\"sighting\",\"record\":{\"id\":\"s2\",\"device\":\"camera\",\"notes\":\"カメラ"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            input.writeBytes(broken);
            input.writeBytes("です\"}}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            input.writeBytes(S1.replace("s1", "s3").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            DataException e = catchThrowableOfType(DataException.class, () -> importer.read(
                    new java.io.ByteArrayInputStream(input.toByteArray()), "bad.jsonl", org.civicwatch.spi.Options.EMPTY));
            assertThat(e).as(java.util.HexFormat.of().formatHex(broken)).isNotNull();
            assertThat(e.getMessage()).as(java.util.HexFormat.of().formatHex(broken)).isEqualTo("bad.jsonl:3: the input"
                    + " is not UTF-8 text (it holds bytes that are not UTF-8); JSON must be UTF-8 (RFC 8259): save the"
                    + " file as UTF-8");
        }
    }
}
