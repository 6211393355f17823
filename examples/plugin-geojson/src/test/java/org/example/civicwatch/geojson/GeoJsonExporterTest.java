package org.example.civicwatch.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Mount;
import org.civicwatch.model.Place;
import org.civicwatch.model.Sighting;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GeoJsonExporterTest {
    private static final Place HALL = SampleData.office();

    static JsonNode write(Dataset d, Options options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonExporter().write(d, out, options);
        return GeoJson.MAPPER.readTree(out.toByteArray());
    }

    static JsonNode feature(JsonNode collection, String id) {
        for (JsonNode f : collection.get("features")) {
            if (f.get("id").stringValue().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no feature " + id);
    }

    private static List<String> keys(JsonNode object) {
        return List.copyOf(object.propertyNames());
    }

    @Test
    void writesOnePointFeaturePerSightingWithItsOsmTagsLongitudeFirst() throws IOException {
        JsonNode c = write(SampleData.gunmaPrefecturalOffice(), Options.EMPTY);
        assertThat(c.get("type").stringValue()).isEqualTo("FeatureCollection");
        assertThat(c.get("features")).hasSize(SampleData.gunmaPrefecturalOffice().sightings().size());
        JsonNode f = feature(c, "sighting-1f-toilet-corridor");
        assertThat(f.get("geometry").toString()).isEqualTo("{\"type\":\"Point\",\"coordinates\":[139.0609,36.3907]}");
        JsonNode p = f.get("properties");
        assertThat(keys(p)).containsExactly("man_made", "surveillance", "surveillance:type", "camera:type", "camera:mount",
                "level", "level:ref", "operator", "civicwatch:id", "civicwatch:observed", "civicwatch:observer_kind",
                "civicwatch:observer_name", "civicwatch:observer_organisation", "civicwatch:observer_public_figure",
                "civicwatch:place_jurisdiction", "civicwatch:place_jurisdiction_code", "civicwatch:place_facility",
                "civicwatch:place_area", "civicwatch:place_address", "civicwatch:count_value",
                "civicwatch:count_qualifier", "civicwatch:count_original", "civicwatch:tags");
        assertThat(p.get("man_made").stringValue()).isEqualTo("surveillance");
        assertThat(p.get("surveillance:type").stringValue()).isEqualTo("camera");
        assertThat(p.get("camera:type").stringValue()).isEqualTo("dome");
        assertThat(p.get("camera:mount").stringValue()).isEqualTo("ceiling");
        assertThat(p.get("level").stringValue()).isEqualTo("0");
        assertThat(p.get("level:ref").stringValue()).isEqualTo("1階");
        assertThat(p.get("civicwatch:count_value").isIntegralNumber()).isTrue();
        assertThat(p.get("civicwatch:count_value").longValue()).isEqualTo(2);
        assertThat(p.get("civicwatch:observed").stringValue()).isEqualTo("2017-05-29/2017-06-13");
        assertThat(c.get(GeoJson.INFO).get("title").stringValue()).isEqualTo("群馬県庁の監視カメラと盗聴疑惑");
    }

    @Test
    void writesAnAbsenceAsNotManMadeSoMapsOfDevicesLeaveItOut() throws IOException {
        JsonNode p = feature(write(SampleData.gunmaPrefecturalOffice(), Options.EMPTY), "sighting-3f-30f-office-space")
                .get("properties");
        assertThat(p.has("man_made")).isFalse();
        assertThat(p.get("not:man_made").stringValue()).isEqualTo("surveillance");
        assertThat(p.get("surveillance:type").stringValue()).isEqualTo("camera");
        assertThat(p.get("level").stringValue()).isEqualTo("2-29");
        assertThat(p.get("civicwatch:count_value").longValue()).isZero();
        assertThat(p.get("civicwatch:count_qualifier").stringValue()).isEqualTo("exact");
    }

    @Test
    void writesBasementsAndRangesBelowGroundAsOsmLevels() throws IOException {
        Sighting b2 = Sighting.builder("b2-car-park").place(HALL.toBuilder().floor(Floor.of(-2), "地下2階").build())
                .count(Count.atLeast(3)).mount(Mount.WALL).build();
        Sighting stairs = Sighting.builder("stairs").place(HALL.toBuilder().floor(Floor.range(-2, 2), null).build())
                .count(Count.none()).build();
        Dataset d = Dataset.builder(DatasetInfo.EMPTY).add(b2, stairs).build();
        JsonNode c = write(d, Options.EMPTY);
        assertThat(feature(c, "b2-car-park").get("properties").get("level").stringValue()).isEqualTo("-2");
        assertThat(feature(c, "b2-car-park").get("properties").get("civicwatch:count_qualifier").stringValue())
                .isEqualTo("at_least");
        assertThat(feature(c, "stairs").get("properties").get("level").stringValue()).isEqualTo("-2;-1;0;1");
        assertThat(GeoJsonRoundTripTest.readBack(d)).isEqualTo(d);
    }

    @Test
    void namesTheDeviceWhereOsmCallsItOther() throws IOException {
        Sighting mic = Sighting.builder("mic").place(HALL).device(DeviceType.MICROPHONE).count(Count.exactly(1)).build();
        Sighting other = Sighting.builder("other").place(HALL).device(DeviceType.OTHER).build();
        Dataset d = Dataset.builder(DatasetInfo.EMPTY).add(mic, other).build();
        JsonNode c = write(d, Options.EMPTY);
        JsonNode m = feature(c, "mic").get("properties");
        assertThat(m.get("surveillance:type").stringValue()).isEqualTo("other");
        assertThat(m.get("civicwatch:device").stringValue()).isEqualTo("microphone");
        assertThat(feature(c, "other").get("properties").has("civicwatch:device")).isFalse();
        assertThat(GeoJsonRoundTripTest.readBack(d)).isEqualTo(d);
    }

    @Test
    void writesTrailingOsmTagsAsOsmTagsAndKeepsTheRestAsCivicwatchTags() throws IOException {
        Sighting s = Sighting.builder("tagged").place(HALL).tag("osm:name=x").tag("checked")
                .tag("osm:level=3") // level is a field: never a second level tag
                .tag("osm:surveillance:zone=traffic").tag("osm:camera:direction=90").build();
        Dataset d = Dataset.builder(DatasetInfo.EMPTY).add(s).build();
        JsonNode p = feature(write(d, Options.EMPTY), "tagged").get("properties");
        assertThat(p.get("civicwatch:tags").toString()).isEqualTo("[\"osm:name=x\",\"checked\",\"osm:level=3\"]");
        assertThat(keys(p).subList(keys(p).size() - 2, keys(p).size()))
                .containsExactly("surveillance:zone", "camera:direction");
        assertThat(p.has("level")).isFalse();
        assertThat(GeoJsonRoundTripTest.readBack(d)).isEqualTo(d);
    }

    @Test
    void listsTheRecordsItLeavesOutInTheFileAndHandsThemToTheSink() throws IOException {
        Sighting unplaced = Sighting.builder("unplaced").place(Place.builder().facility("群馬県庁").build()).build();
        Dataset d = Dataset.builder(SampleData.info()).add(SampleData.gunmaPrefecturalOffice().incidents().get(0))
                .add(Sighting.builder("placed").place(HALL).build(), unplaced).build();
        List<Problem> left = new ArrayList<>();
        JsonNode c = write(d, Options.EMPTY.with(GeoJsonExporter.SKIPPED, left::add));
        assertThat(c.get("features")).hasSize(1);
        assertThat(c.get(GeoJson.SKIPPED).toString()).isEqualTo("[{\"type\":\"incident\",\"id\":"
                + "\"incident-2017-05-29-eavesdropping\",\"reason\":\"a map holds sightings only, not incidents\"},"
                + "{\"type\":\"sighting\",\"id\":\"unplaced\",\"reason\":\"a sighting without coordinates has no point"
                + " on a map\"}]");
        assertThat(left).extracting(Problem::toString).containsExactly(
                "dataset: record 1: incident 'incident-2017-05-29-eavesdropping': a map holds sightings only, not incidents",
                "dataset: record 3, field 'place.latitude': sighting 'unplaced': a sighting without coordinates has no"
                        + " point on a map");
        assertThat(left).extracting(Problem::rejected).containsExactly("incident-2017-05-29-eavesdropping", "unplaced");
    }

    @Test
    void withUnmappableFailStopsAtTheFirstRecordItCannotMap() {
        Options fail = Options.parse(Map.of("unmappable", "fail"), new GeoJsonExporter().descriptor().options());
        assertThatThrownBy(() -> write(SampleData.gunmaPrefecturalOffice(), fail))
                .isInstanceOf(DataException.class)
                .hasMessage("dataset: record 1: incident 'incident-2017-05-29-eavesdropping': a map holds sightings only,"
                        + " not incidents; leave such records out with the option unmappable=skip");
    }

    @Test
    void writesAnEmptyCollectionForADatasetWithNothingToMap() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonExporter().write(Dataset.empty(DatasetInfo.EMPTY), out, Options.EMPTY);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"FeatureCollection\",\"civicwatch:info\":{},\"features\":[\n]}\n");
    }
}
