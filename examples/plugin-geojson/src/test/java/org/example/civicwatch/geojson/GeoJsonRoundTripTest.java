package org.example.civicwatch.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicwatch.FormatRegistry;
import org.civicwatch.catalog.Differences;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Place;
import org.civicwatch.model.Sighting;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.testkit.Conformance;
import org.civicwatch.testkit.RandomDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GeoJsonRoundTripTest {

    /** What a map holds of a dataset: its info and its sightings with coordinates. */
    static Dataset mappable(Dataset d) {
        return Dataset.of(d.info(), d.sightings().stream()
                .filter(s -> s.place() != null && s.place().latitude() != null).toList());
    }

    @Test
    void isFoundThroughTheServiceLoaderBothWays() {
        FormatRegistry formats = FormatRegistry.load(getClass().getClassLoader());
        assertThat(formats.exporter("geojson")).isInstanceOf(GeoJsonExporter.class);
        assertThat(formats.importer("geojson")).isInstanceOf(GeoJsonImporter.class);
        assertThat(formats.failures()).isEmpty();
    }

    @Test
    void passesTheConformanceCheckForTheSightingsItMaps() {
        Conformance.Report report = Conformance.check(new GeoJsonImporter(), new GeoJsonExporter(),
                GeoJsonRoundTripTest::mappable);
        assertThat(report.checks()).contains("round trip", "truncated input");
        report.assertPassed();
    }

    @ParameterizedTest
    @EnumSource(RandomDatasets.Fill.class)
    void givesBackEverySightingWithCoordinatesOfRandomDatasets(RandomDatasets.Fill fill) throws IOException {
        for (long seed = 1; seed <= 40; seed++) {
            Dataset original = withCoordinates(RandomDatasets.generate(seed, 6, fill), seed);
            Dataset back = readBack(original);
            assertThat(back).as("seed %d: %s", seed, Differences.between(mappable(original), back, 5))
                    .isEqualTo(mappable(original));
            assertThat(back.sightings()).as("seed %d", seed).hasSize(original.sightings().size());
        }
    }

    @Test
    void leavesOutSightingsWithoutCoordinatesAndKeepsTheRest() throws IOException {
        Dataset original = RandomDatasets.generate(7, 12);
        Dataset back = readBack(original);
        assertThat(back).isEqualTo(mappable(original));
        assertThat(back.sightings()).hasSizeBetween(1, original.sightings().size() - 1);
    }

    /** Every sighting placed, so every field of every generated sighting goes through the format. */
    static Dataset withCoordinates(Dataset d, long seed) {
        List<Sighting> placed = d.sightings().stream().map(s -> s.place() != null && s.place().latitude() != null ? s
                : s.toBuilder().place((s.place() == null ? Place.builder() : s.place().toBuilder())
                        .coordinates(36.39 + seed * 1e-4, 139.06 - seed * 1e-4).build()).build()).toList();
        return new Dataset(d.info(), d.incidents(), placed, d.filings(), d.news());
    }

    static Dataset readBack(Dataset d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonExporter().write(d, out, Options.EMPTY);
        return new GeoJsonImporter().read(new ByteArrayInputStream(out.toByteArray()), "back.geojson", Options.EMPTY);
    }

    @Test
    void saysItsInfoIsCompleteOnceItHasReadIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonExporter().write(SampleData.gunmaPrefecturalOffice(), out, Options.EMPTY);
        try (RecordReader r = new GeoJsonImporter().open(new ByteArrayInputStream(out.toByteArray()), "s.geojson",
                Options.EMPTY)) {
            assertThat(r.infoComplete()).isFalse();
            assertThat(r.next()).isNotNull();
            assertThat(r.infoComplete()).isTrue();
            assertThat(r.info()).isEqualTo(SampleData.info());
        }
        try (InputStream in = getClass().getResourceAsStream("overpass-maebashi.geojson");
             RecordReader r = new GeoJsonImporter().open(in, "o.geojson", Options.EMPTY)) {
            assertThat(r.next()).isNotNull();
            assertThat(r.infoComplete()).as("an OSM export's members may come in any order").isFalse();
        }
    }

    @Test
    void convertsAnOverpassExportThroughTheRegistryByItsExtension(@TempDir Path dir) throws IOException {
        FormatRegistry formats = FormatRegistry.load(getClass().getClassLoader());
        Path export = dir.resolve("export.geojson");
        try (InputStream in = getClass().getResourceAsStream("overpass-maebashi.geojson")) {
            Files.copy(in, export);
        }
        Path copy = dir.resolve("copy.geojson");
        formats.convert(export, copy);
        assertThat(formats.read(copy)).isEqualTo(formats.read(export));
        assertThat(formats.read(copy).sightings()).hasSize(5);
    }
}
