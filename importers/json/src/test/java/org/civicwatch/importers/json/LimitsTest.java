package org.civicwatch.importers.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.civicwatch.json.JsonMapping;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void deepNestingStopsAtTheLimit() {
        String deep = "[".repeat(JsonMapping.MAX_NESTING_DEPTH + 1);
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.read(new JsonImporter(),
                "{\"civicwatch\": \"1\", \"sightings\": [{\"notes\": " + deep));
        assertThat(e.detail()).isEqualTo("the input passes a read limit: Document nesting depth (33) exceeds the"
                + " maximum allowed (32); civicwatch JSON sets this limit so that a hostile file cannot exhaust memory"
                + " (see 'Read limits' in the JSON importer's README)");
        assertThat(e.location().line()).isEqualTo(1);
    }

    @Test
    void longStringStopsAtTheLimit() {
        String text = "{\"civicwatch\": \"1\", \"info\": {\"title\": \"" + "x".repeat(JsonMapping.MAX_STRING_LENGTH + 1)
                + "\"}}";
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.read(new JsonImporter(), text));
        assertThat(e.detail()).isEqualTo("the input passes a read limit: String value length (1000001) exceeds the"
                + " maximum allowed (1000000); no option raises this limit, so that a hostile file cannot exhaust"
                + " memory: shorten the text, or keep it in a document of its own and link to it (a record's links)");
    }

    @Test
    void longNumberStopsAtTheLimit() {
        String text = "{\"type\":\"sighting\",\"record\":{\"id\":\"s\",\"device\":\"camera\",\"count\":{\"value\":"
                + "9".repeat(JsonMapping.MAX_NUMBER_LENGTH + 1) + ",\"qualifier\":\"exact\"}}}\n";
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.read(new JsonLinesImporter(), text));
        assertThat(e.detail()).startsWith("the input passes a read limit: Number value length");
    }

    @Test
    void recordLongerThanTheOptionIsRefusedInBothForms() {
        Options small = Options.EMPTY.with(JsonImporter.MAX_RECORD_LENGTH, 1024L);
        String notes = "n".repeat(2000);
        DataException doc = catchThrowableOfType(DataException.class, () -> Inputs.read(new JsonImporter(),
                "{\"civicwatch\": \"1\", \"sightings\": [{\"id\": \"s\", \"device\": \"camera\", \"notes\": \"" + notes
                        + "\", \"operator\": \"o\"}]}", small));
        assertThat(doc.detail()).isEqualTo("the record is longer than 1024 chars; raise the option max-record-length"
                + " if it is meant to be");
        assertThat(doc.location().record()).isEqualTo(1);
        DataException lines = catchThrowableOfType(DataException.class, () -> Inputs.read(new JsonLinesImporter(),
                "{\"type\":\"sighting\",\"record\":{\"id\":\"s\",\"device\":\"camera\",\"notes\":\"" + notes + "\"}}\n",
                small));
        assertThat(lines.getMessage()).isEqualTo("test.json:1:1: the line is longer than 1024 chars; raise the option"
                + " max-record-length if it is meant to be");
    }

    @Test
    void documentLongerThanTheOptionIsRefused() {
        Options small = Options.EMPTY.with(JsonImporter.MAX_DOCUMENT_LENGTH, 1024L);
        String text = "{\"civicwatch\": \"1\", \"sightings\": [" + java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> "{\"id\": \"s" + i + "\", \"device\": \"camera\"}")
                .collect(java.util.stream.Collectors.joining(",")) + "]}";
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.read(new JsonImporter(), text, small));
        assertThat(e.detail()).startsWith("the input passes a read limit: Document length").endsWith(" exceeds the"
                + " maximum allowed (1024); raise the option max-document-length if it is meant to be");
    }
}
