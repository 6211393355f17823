package org.civicwatch.importers.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Sighting;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.junit.jupiter.api.Test;

class DocumentErrorsTest {
    private final JsonImporter importer = new JsonImporter();

    private static String document(String... sightings) {
        return "{\n  \"civicwatch\": \"1\",\n  \"sightings\": [\n    " + String.join(",\n    ", sightings) + "\n  ]\n}\n";
    }

    private DataException error(String text) {
        return (DataException) org.assertj.core.api.Assertions.catchThrowable(() -> Inputs.read(importer, text));
    }

    @Test
    void wrongTypeIsLocatedAtTheValueWithItsPointer() {
        DataException e = error(document("{\"id\": \"s1\", \"device\": \"camera\"}",
                "{\"id\": \"s2\", \"device\": \"camera\", \"place\": {\"floor\": 3}}"));
        assertThat(e.location()).isEqualTo(new Location("test.json", 5, 57, 2, "/sightings/1/place/floor"));
        assertThat(e.detail()).isEqualTo("expected a string (a floor such as 1, -1 or 3..30), got the number 3");
        assertThat(e.getMessage()).startsWith("test.json:5:57: record 2, field '/sightings/1/place/floor': expected");
    }

    @Test
    void badDateIsLocatedAtTheDate() {
        DataException e = error(document("{\"id\": \"s1\", \"device\": \"camera\", \"observed\": \"2017-02-30\"}"));
        assertThat(e.location()).isEqualTo(new Location("test.json", 4, 50, 1, "/sightings/0/observed"));
        assertThat(e.detail()).isEqualTo("cannot read \"2017-02-30\": 2017-02-30 does not exist: 2017-02 has 28 days");
    }

    @Test
    void missingRequiredFieldIsLocatedAtItsObject() {
        DataException e = error(document("{\"id\": \"s1\", \"observed\": \"2017\"}"));
        assertThat(e.location()).isEqualTo(new Location("test.json", 4, 5, 1, "/sightings/0/device"));
        assertThat(e.detail()).isEqualTo("is required");
    }

    @Test
    void unknownFieldIsAnErrorInStrictMode() {
        DataException e = error(document("{\"id\": \"s1\", \"device\": \"camera\", \"colour\": \"red\"}"));
        assertThat(e.location()).isEqualTo(new Location("test.json", 4, 48, 1, "/sightings/0/colour"));
        assertThat(e.detail()).startsWith("unknown field 'colour' of Sighting; its fields are id, observed, observer,");
    }

    @Test
    void unknownFieldIsAProblemInLenientModeAndTheRecordIsKept() throws IOException {
        List<CivicRecord> records = new ArrayList<>();
        List<String> problems = Inputs.lenientProblems(importer,
                document("{\"id\": \"s1\", \"device\": \"camera\", \"colour\": \"red\"}"), records);
        assertThat(records).extracting(CivicRecord::id).containsExactly("s1");
        assertThat(problems).singleElement().asString()
                .startsWith("test.json:4:48: record 1, field '/sightings/0/colour': unknown field 'colour' of Sighting")
                .endsWith("; the field was left out");
    }

    @Test
    void unknownFieldHoldingNullIsLeftOutInLenientModeToo() throws IOException {
        List<CivicRecord> records = new ArrayList<>();
        List<String> problems = Inputs.lenientProblems(importer,
                document("{\"id\": \"s1\", \"device\": \"camera\", \"place\": {\"colour/hue\": null}}"), records);
        assertThat(records).extracting(CivicRecord::id).containsExactly("s1");
        assertThat(problems).singleElement().asString()
                .startsWith("test.json:4:62: record 1, field '/sightings/0/place/colour~1hue': unknown field"
                        + " 'colour/hue' of Place").endsWith("; the field was left out");
    }

    @Test
    void badRecordsAreSkippedInLenientModeAndTheRestRead() throws IOException {
        List<CivicRecord> records = new ArrayList<>();
        List<String> problems = Inputs.lenientProblems(importer, document(
                "{\"id\": \"s1\", \"device\": \"camera\"}",
                "{\"id\": \"s2\", \"device\": \"drone\"}",
                "{\"id\": \"s3\", \"device\": \"microphone\"}"), records);
        assertThat(records).extracting(CivicRecord::id).containsExactly("s1", "s3");
        assertThat(problems).containsExactly("test.json:5:28: record 2, field '/sightings/1/device': \"drone\" is not"
                + " one of camera, motion_sensor, microphone, alpr, other");
    }

    @Test
    void duplicateIdNamesBothRecords() {
        DataException e = error(document("{\"id\": \"s1\", \"device\": \"camera\"}",
                "{\"id\": \"s1\", \"device\": \"other\"}"));
        assertThat(e.location()).isEqualTo(new Location("test.json", 5, 12, 2, "/sightings/1/id"));
        assertThat(e.detail()).isEqualTo("duplicate id 's1': record 1 (line 4, /sightings/0) has it too; ids must be"
                + " unique in a dataset");
    }

    @Test
    void duplicateIdInAnotherArrayNamesTheFirstByItsArrayAndIndex() {
        DataException e = error("{\"civicwatch\": \"1\",\n \"incidents\": [{\"id\": \"i1\", \"title\": \"t\"},\n"
                + " {\"id\": \"x\", \"title\": \"t\"}],\n \"sightings\": [{\"id\": \"s1\", \"device\": \"camera\"},\n"
                + " {\"id\": \"x\", \"device\": \"camera\"}]}\n");
        assertThat(e.location()).isEqualTo(new Location("test.json", 5, 9, 4, "/sightings/1/id"));
        assertThat(e.detail()).isEqualTo("duplicate id 'x': record 2 (line 3, /incidents/1) has it too; ids must be"
                + " unique in a dataset");
    }

    @Test
    void malformedJsonIsLocatedWhereTheParserStopped() {
        DataException e = error(document("{\"id\": \"s1\" \"device\": \"camera\"}"));
        assertThat(e.location()).isEqualTo(new Location("test.json", 4, 17, 1, "/sightings/0/id"));
        assertThat(e.detail()).startsWith("malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma");
    }

    @Test
    void truncatedDocumentIsAnError() {
        DataException e = error("{\"civicwatch\": \"1\", \"sightings\": [{\"id\": \"s1\", \"dev");
        assertThat(e.location().line()).isEqualTo(1);
        assertThat(e.detail()).startsWith("malformed JSON: Unexpected end-of-input");
    }

    @Test
    void documentWithoutVersionIsRefused() {
        DataException e = error("{\"sightings\": []}");
        assertThat(e.getMessage()).isEqualTo("test.json:1:1: not a civicwatch JSON document: the member"
                + " \"civicwatch\": \"1\" is missing");
    }

    @Test
    void otherVersionIsRefused() {
        DataException e = error("{\"civicwatch\": \"2\"}");
        assertThat(e.getMessage()).isEqualTo("test.json:1:16: field '/civicwatch': unsupported version \"2\": this"
                + " reader reads civicwatch JSON version \"1\"");
    }

    @Test
    void unknownTopLevelMemberIsAnErrorInStrictMode() {
        DataException e = error("{\"civicwatch\": \"1\", \"cameras\": []}");
        assertThat(e.getMessage()).isEqualTo("test.json:1:32: field '/cameras': unknown member 'cameras'; a civicwatch"
                + " document has civicwatch, info, incidents, sightings, filings, news");
    }

    @Test
    void nonObjectInputIsRefused() {
        assertThat(error("[1, 2]").getMessage()).isEqualTo("test.json:1:1: the input starts with an array; a"
                + " civicwatch JSON document is an object: {\"civicwatch\": \"1\", \"info\": {...}, \"incidents\":"
                + " [...], ...}");
        assertThat(error("").getMessage()).startsWith("test.json:1: the input is empty;");
    }

    @Test
    void nullMeansAbsentAndMembersMayComeInAnyOrder() throws IOException {
        var dataset = Inputs.read(importer, "{\"sightings\": [{\"id\": \"s1\", \"device\": \"CAMERA\", \"place\": null}],"
                + " \"info\": {\"title\": \"t\"}, \"civicwatch\": \"1\"}");
        assertThat(dataset.sightings()).singleElement().satisfies(s -> {
            assertThat(s.place()).isNull();
            assertThat(s.device()).isEqualTo(org.civicwatch.model.DeviceType.CAMERA);
        });
        assertThat(dataset.info().title()).isEqualTo("t");
    }

    @Test
    void duplicatePropertyIsMalformed() {
        DataException e = error(document("{\"id\": \"s1\", \"id\": \"s2\", \"device\": \"camera\"}"));
        assertThat(e.detail()).isEqualTo("malformed JSON: member \"id\" appears twice in one object; keep one");
        assertThat(e.location().line()).isEqualTo(4);
    }

    /**
     * The reader's parser leaves members given twice to the reader (in records, in the info, in what it
     * skips): each is still refused in the words, and at the line and column, of a parser that looks for them.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "{\"civicwatch\": \"1\", \"civicwatch\": \"1\"}",
        "{\"civicwatch\": \"1\", \"info\": {\"title\": \"a\"}, \"sightings\": [],\n \"info\": {}}",
        "{\"civicwatch\": \"1\",\n \"info\": {\"title\": \"a\", \"title\": \"b\"}}",
        "{\"civicwatch\": \"1\", \"info\": {\"publisher\": {\"name\": \"a\",\n \"name\": \"b\"}}}",
        "{\"civicwatch\": \"1\", \"colour\": {\"a\": [1, {\"b\": 1, \"b\": 2}]}}",
        "{\"civicwatch\": \"1\", \"sightings\": [[{\"id\": \"s1\"}, {\"x\": 1,\n \"x\": 1}]]}",
        "{\"civicwatch\": \"1\", \"sightings\": [{\"id\": \"監視\", \"device\": \"camera\", \"id\": \"s2\"}]}",
        "{\"civicwatch\": \"1\", \"sightings\": [{\"id\": \"s1\", \"device\": \"camera\"},\n {\"id\": \"s2\","
                + " \"device\": \"camera\", \"place\": {\"floor\": \"1\",\n \"floor\": \"2\"}}]}",
        "{\"civicwatch\": \"1\", \"sightings\": [{\"id\": \"s1\", \"device\": \"camera\", \"colour\": 1,"
                + " \"device\": \"camera\"}]}"})
    void aMemberGivenTwiceAnywhereIsRefusedWhereAParserLookingForThemRefusesIt(String text) {
        tools.jackson.core.JacksonException expected = org.assertj.core.api.Assertions.catchThrowableOfType(
                tools.jackson.core.JacksonException.class, () -> {
                    try (tools.jackson.core.JsonParser p = org.civicwatch.json.JsonMapping.mapper().createParser(text)) {
                        while (p.nextToken() != null) {
                            // reads on to the member given twice
                        }
                    }
                });
        assertThat(expected).isNotNull();
        // Lenient, so that what is skipped (an unknown member, an element that is no object) is read to its end.
        DataException e = (DataException) org.assertj.core.api.Assertions.catchThrowable(() -> Inputs.read(importer,
                text, org.civicwatch.spi.Options.EMPTY.with(org.civicwatch.spi.StandardOptions.LENIENT, true)));
        assertThat(e.detail()).isEqualTo(org.civicwatch.json.JsonMapping.explain(expected));
        assertThat(e.location().line()).isEqualTo(expected.getLocation().getLineNr());
        assertThat(e.location().column()).isEqualTo(expected.getLocation().getColumnNr());
    }

    @Test
    void recordsOfEveryKindAreReadWithTheirTypes() throws IOException {
        var dataset = Inputs.read(importer, document("{\"id\": \"s1\", \"device\": \"camera\"}"));
        assertThat(dataset.sightings()).singleElement().isInstanceOf(Sighting.class);
        assertThatThrownBy(() -> Inputs.read(importer, "{\"civicwatch\": \"1\", \"news\": {}}"))
                .hasMessage("test.json:1:29: field '/news': expected an array of news, got an object");
    }
}
