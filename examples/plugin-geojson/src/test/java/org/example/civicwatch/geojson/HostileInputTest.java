package org.example.civicwatch.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.StandardOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Input that is not what the importer reads fails with a located error a person can act on, and nothing else. */
class HostileInputTest {

    private static void read(byte[] input, boolean lenient) throws IOException {
        new GeoJsonImporter().read(new ByteArrayInputStream(input), "in.geojson",
                Options.EMPTY.with(StandardOptions.LENIENT, lenient));
    }

    private static void read(String input) throws IOException {
        read(input.getBytes(StandardCharsets.UTF_8), false);
    }

    private static final String POINT = "\"geometry\":{\"type\":\"Point\",\"coordinates\":[139.06,36.39]}";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``| in.geojson:1: the input is empty; a GeoJSON FeatureCollection is an object",
        "[]| in.geojson:1:1: the input starts with a list; a GeoJSON FeatureCollection is an object",
        "{\"type\":\"Feature\",\"properties\":{}}| in.geojson:1:9: field '/type': this is a GeoJSON Feature, not a"
                + " FeatureCollection",
        "{\"features\":[]}| in.geojson:1:1: not GeoJSON: the member \"type\": \"FeatureCollection\" is missing",
        "{\"type\":\"FeatureCollection\"}| in.geojson:1:1: the FeatureCollection has no \"features\" member",
        "{\"type\":\"FeatureCollection\",\"features\":{}}| in.geojson:1:40: field '/features': expected a list of"
                + " features, got an object",
        "{\"type\":\"FeatureCollection\",\"type\":\"FeatureCollection\",\"features\":[]}| in.geojson:1:35: not valid"
                + " JSON: Duplicate Object property \"type\"",
        "{\"type\":\"FeatureCollection\",\"features\":[]} x| in.geojson:1:44"
                + ": there is more after the end of the FeatureCollection",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\"| in.geojson:1:",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[200,36]},\"properties\":{\"man_made\":\"surveillance\"}}]}| in.geojson:1:41:"
                + " record 1, field '/features/0/geometry': 200.0 is outside -180..180 degrees",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[139,36,120]},\"properties\":{}}]}| in.geojson:1:41: record 1, field"
                + " '/features/0/geometry/coordinates': the position has an altitude, which a sighting cannot hold",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\"," + POINT + ",\"properties\":"
                + "{\"man_made\":\"surveillance\",\"civicwatch:id\":\"a\",\"civicwatch:count_value\":\"many\","
                + "\"civicwatch:count_qualifier\":\"exact\"}}]}| field '/features/0/properties/civicwatch:count_value':"
                + " cannot read \"many\" as a whole number",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\"," + POINT + ",\"properties\":"
                + "{\"man_made\":\"surveillance\",\"civicwatch:id\":\"a\",\"civicwatch:storey\":3}}]}| field"
                + " '/features/0/properties/civicwatch:storey': is not a column of sightings",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\"," + POINT + ",\"properties\":"
                + "{\"not:man_made\":\"surveillance\",\"civicwatch:id\":\"a\",\"civicwatch:count_value\":2,"
                + "\"civicwatch:count_qualifier\":\"exact\"}}]}| field '/features/0/properties/not:man_made':"
                + " not:man_made=surveillance says none are here, but the count is 2; make them agree",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\"," + POINT + ",\"properties\":"
                + "{\"man_made\":\"surveillance\",\"name\":{\"ja\":\"x\"}}}]}| field '/features/0/properties/name':"
                + " expected a single value, got an object",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\"," + POINT + ",\"properties\":"
                + "{\"man_made\":\"surveillance\",\"civicwatch:id\":\"a\",\"civicwatch:links\":[{\"url\":\"ftp://x\"}]}}]}"
                + "| field '/features/0/properties/civicwatch:links/0/url':",
    })
    void saysWhatIsWrongAndWhere(String input, String message) {
        assertThatThrownBy(() -> read(input)).isInstanceOf(DataException.class).hasMessageContaining(message.strip());
    }

    @Test
    void refusesNestingDeeperThanAFeatureNeeds() {
        String deep = "{\"type\":\"FeatureCollection\",\"features\":[" + "[".repeat(200) + "]".repeat(200) + "]}";
        assertThatThrownBy(() -> read(deep)).isInstanceOf(DataException.class)
                .hasMessageContaining("nested more than 64 levels deep");
    }

    @Test
    void namesBytesThatAreNotUtf8() {
        byte[] bad = "{\"type\":\"FeatureCollection\",\"features\":[],\"name\":\"\u00ff\u00ff\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(bad, false)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("in.geojson:1:").hasMessageContaining("not valid JSON: Invalid UTF-8");
    }

    @Test
    void mutatedAndTruncatedExportsFailOnlyWithDataExceptions() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonExporter().write(SampleData.gunmaPrefecturalOffice(), out, Options.EMPTY);
        byte[] whole = out.toByteArray();
        SplittableRandom random = new SplittableRandom(10);
        for (int round = 0; round < 300; round++) {
            byte[] input = java.util.Arrays.copyOf(whole, random.nextInt(1, whole.length + 1));
            for (int flips = random.nextInt(4); flips > 0; flips--) {
                input[random.nextInt(input.length)] = (byte) "{}[]\",:0a\\\u0000".charAt(random.nextInt(11));
            }
            for (boolean lenient : new boolean[] {false, true}) {
                try {
                    read(input, lenient);
                } catch (DataException expected) {
                    assertThat(expected.location().source()).isEqualTo("in.geojson");
                    assertThat(expected.location().line()).as(expected.getMessage()).isPositive();
                }
            }
        }
    }
}
