package org.civicwatch.importers.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import org.civicwatch.model.Dataset;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;

/**
 * Records read straight from parser tokens, and those read again through their tree when the fast path finds
 * them irregular: a record is located in the input wherever it stands, on a line shared with other records and
 * after text of many bytes a char.
 */
class FastPathTest {
    private static final String GOOD = "{\"id\":\"s%d\",\"device\":\"camera\",\"place\":{\"facility\":\"群馬県庁\"}}";

    @Test
    void anIrregularRecordInAOneLineDocumentIsLocatedInChars() {
        String before = "{\"civicwatch\":\"1\",\"sightings\":[" + GOOD.formatted(1) + "," + GOOD.formatted(2) + ",";
        String text = before + "{\"id\":\"s3\",\"device\":\"camera\",\"place\":{\"facility\":\"庁\",\"floor\":3}}]}";
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.read(new JsonImporter(), text));
        long column = text.indexOf("3}}]") + 1;
        assertThat(e.location()).isEqualTo(new Location("test.json", 1, column, 3, "/sightings/2/place/floor"));
    }

    @Test
    void aDuplicateIdInAOneLineDocumentNamesTheFirstRecordsLine() {
        String text = "{\"civicwatch\":\"1\",\"sightings\":[" + GOOD.formatted(1) + ",\n" + GOOD.formatted(2) + ","
                + GOOD.formatted(1) + "]}";
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.read(new JsonImporter(), text));
        assertThat(e.getMessage()).isEqualTo("test.json:2:" + (GOOD.formatted(2).length() + 8)
                + ": record 3, field '/sightings/2/id': duplicate id 's1': record 1 (line 1, /sightings/0) has it too;"
                + " ids must be unique in a dataset");
    }

    @Test
    void aMemberGivenTwiceInsideARecordIsMalformedOnBothPaths() {
        String twice = "{\"id\":\"s1\",\"device\":\"camera\",\"place\":{\"floor\":\"1\",\"floor\":\"2\"}}";
        DataException doc = catchThrowableOfType(DataException.class, () -> Inputs.read(new JsonImporter(),
                "{\"civicwatch\":\"1\",\"sightings\":[" + twice + "]}"));
        assertThat(doc.detail()).isEqualTo("malformed JSON: member \"floor\" appears twice in one object; keep one");
        DataException lines = catchThrowableOfType(DataException.class, () -> Inputs.read(new JsonLinesImporter(),
                "{\"type\":\"sighting\",\"record\":" + twice + "}\n"));
        assertThat(lines.detail()).isEqualTo(doc.detail());
        assertThat(lines.location().line()).isEqualTo(1);
    }

    @Test
    void aRecordJustOverTheLimitIsRefusedWhereItPassesIt() {
        Options small = Options.EMPTY.with(JsonImporter.MAX_RECORD_LENGTH, 1024L);
        String notes = "群".repeat(1000);
        String text = "{\"civicwatch\":\"1\",\"sightings\":[" + GOOD.formatted(1) + ",{\"id\":\"s2\",\"device\":\"camera\","
                + "\"notes\":\"" + notes + "\",\"operator\":\"o\"}]}";
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.read(new JsonImporter(), text,
                small));
        assertThat(e.detail()).isEqualTo("the record is longer than 1024 chars; raise the option max-record-length"
                + " if it is meant to be");
        assertThat(e.location().record()).isEqualTo(2);
        assertThat(e.location().line()).isEqualTo(1);
    }

    @Test
    void recordsOnTheFastPathReadBackAsWritten() throws IOException {
        Dataset d = Inputs.read(new JsonImporter(), "{\"civicwatch\":\"1\",\"sightings\":[" + GOOD.formatted(1) + ","
                + GOOD.formatted(2) + "]}");
        assertThat(d.records().map(r -> r.id())).containsExactly("s1", "s2");
    }
}
