package org.example.civicwatch.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civicwatch.model.CameraType;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.Mount;
import org.civicwatch.model.Place;
import org.civicwatch.model.Provenance;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.SurveillanceZone;
import org.civicwatch.model.When;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;
import org.junit.jupiter.api.Test;

/** OpenStreetMap surveillance nodes, as overpass turbo exports them, read into sightings. */
class OverpassImportTest {
    private static final String EXPORT = "overpass-maebashi.geojson";

    static Dataset read(String fixture, Options options) throws IOException {
        try (InputStream in = OverpassImportTest.class.getResourceAsStream(fixture)) {
            return new GeoJsonImporter().read(in, fixture, options);
        }
    }

    private static Sighting node(long id, Sighting.Builder b) {
        return b.link(new Link(SightingProperties.OSM_WEB + "node/" + id, null, LinkKind.OTHER, null))
                .provenance(new Provenance(EXPORT, "node/" + id, null, "geojson", null)).build();
    }

    private static Place at(double lat, double lon) {
        return Place.builder().coordinates(lat, lon).build();
    }

    @Test
    void readsEachSurveillanceNodeAsOneSightingWithItsTags() throws IOException {
        Dataset d = read(EXPORT, Options.EMPTY);
        assertThat(d.sightings()).containsExactly(
                node(9100000001L, Sighting.builder("osm-node-9100000001")
                        .place(at(36.3893402, 139.0638517)).device(DeviceType.CAMERA).cameraType(CameraType.FIXED)
                        .mount(Mount.POLE).zone(SurveillanceZone.PUBLIC).count(Count.exactly(1))
                        .tag("osm:camera:direction=270").tag("osm:surveillance:zone=traffic")),
                node(9100000002L, Sighting.builder("osm-node-9100000002")
                        .place(at(36.3950318, 139.0571204)).device(DeviceType.ALPR).zone(SurveillanceZone.PUBLIC)
                        .count(Count.exactly(1)).operator("群馬県警察").tag("osm:surveillance:zone=traffic")),
                node(9100000003L, Sighting.builder("osm-node-9100000003")
                        .observed(When.parse("2024-11-02"))
                        .place(at(36.3906644, 139.0608801).toBuilder().floor(Floor.of(-1), "B1").build())
                        .device(DeviceType.CAMERA).cameraType(CameraType.DOME).mount(Mount.CEILING)
                        .zone(SurveillanceZone.INDOOR).count(Count.exactly(1)).tag("osm:surveillance:zone=parking")),
                // A guard is no device the model knows, and level 0.5 no floor: both stay as tags.
                node(9100000004L, Sighting.builder("osm-node-9100000004")
                        .place(at(36.3909981, 139.0613375)).device(DeviceType.OTHER).zone(SurveillanceZone.OUTDOOR)
                        .count(Count.exactly(1)).tag("osm:level=0.5").tag("osm:surveillance:type=guard")),
                // not:man_made: none here, on OSM levels 2 to 4, which are floors 3 to 5.
                node(9100000005L, Sighting.builder("osm-node-9100000005")
                        .place(at(36.3907021, 139.0609112).toBuilder().floor(Floor.range(3, 5), null).build())
                        .device(DeviceType.CAMERA).count(Count.none()).tag("osm:note=撤去済み")));
        assertThat(d.incidents()).isEmpty();
    }

    @Test
    void takesTheExportsLicenceAndTimestampAsTheDatasetInfo() throws IOException {
        Dataset d = read(EXPORT, Options.EMPTY);
        assertThat(d.info().license()).isEqualTo("The data included in this document is from www.openstreetmap.org."
                + " The data is made available under ODbL.");
        assertThat(d.info().created()).isEqualTo(When.parse("2025-03-14T09:26:53Z"));
        assertThat(d.info().title()).isNull();
    }

    @Test
    void writesTheOsmTagsItHasNoFieldForBackAsTagsAndReadsTheSameSightingsAgain() throws IOException {
        Dataset d = read(EXPORT, Options.EMPTY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonExporter().write(d, out, Options.EMPTY);
        String first = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("osm-node-9100000001"))
                .findFirst().orElseThrow();
        assertThat(first).contains("\"man_made\":\"surveillance\",\"surveillance\":\"public\",\"surveillance:type\":"
                + "\"camera\",\"camera:type\":\"fixed\",\"camera:mount\":\"pole\",")
                .endsWith("\"camera:direction\":\"270\",\"surveillance:zone\":\"traffic\"}},")
                .doesNotContain("civicwatch:tags");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"not:man_made\":\"surveillance\"")
                .contains("\"level\":\"2-4\"");
        assertThat(GeoJsonRoundTripTest.readBack(d)).isEqualTo(d);
    }

    @Test
    void refusesAWayAndANodeThatWatchesNothingNamingWhereTheyAre() throws IOException {
        assertThatThrownBy(() -> read("overpass-with-way.geojson", Options.EMPTY))
                .isInstanceOf(DataException.class)
                .hasMessage("overpass-with-way.geojson:11:5: record 2, field '/features/1/geometry/type': the geometry is"
                        + " a Polygon; only a Point maps onto a sighting (an OSM way or area has no single position)");
    }

    @Test
    void inLenientModeReportsWhatItCannotReadAndKeepsTheRest() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("overpass-with-way.geojson");
             RecordReader r = new GeoJsonImporter().open(in, "with-way.geojson",
                     Options.EMPTY.with(StandardOptions.LENIENT, true))) {
            Dataset d = org.civicwatch.spi.Importer.readAll(r);
            assertThat(d.sightings()).extracting(Sighting::id).containsExactly("osm-node-9200000001");
            assertThat(r.problems()).extracting(p -> p.location().field()).containsExactly(
                    "/features/1/geometry/type", "/features/2/properties");
            assertThat(r.problems().get(1).message()).isEqualTo("not an OpenStreetMap surveillance node: it has"
                    + " neither man_made=surveillance nor (for none found) not:man_made=surveillance");
            assertThat(r.problems().get(1).rejected()).contains("\"amenity\":\"bench\"");
        }
    }

    @Test
    void readsOsmLevelsAsJapaneseFloors() {
        assertThat(SightingProperties.floorOf("0")).isEqualTo(Floor.of(1));
        assertThat(SightingProperties.floorOf("-2")).isEqualTo(Floor.of(-2));
        assertThat(SightingProperties.floorOf("2-29")).isEqualTo(Floor.range(3, 30));
        assertThat(SightingProperties.floorOf("-1;0;1")).isEqualTo(Floor.range(-1, 2));
        assertThat(SightingProperties.floorOf(" 3 ")).isEqualTo(Floor.of(4));
        for (String notAFloor : List.of("0.5", "1;3", "-1-2", "4-2", "", "roof", "1000")) {
            assertThat(SightingProperties.floorOf(notAFloor)).as(notAFloor).isNull();
        }
        for (Floor f : List.of(Floor.of(1), Floor.of(-3), Floor.range(3, 30), Floor.range(-2, 1), Floor.range(-3, -1))) {
            assertThat(SightingProperties.floorOf(f.osmLevel())).as(f.osmLevel()).isEqualTo(f);
        }
    }
}
