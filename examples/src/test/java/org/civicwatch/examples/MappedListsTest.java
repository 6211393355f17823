package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The column mappings shipped in examples/mappings read the lists beside them, and convert onwards. */
class MappedListsTest {
    private static final Path MAPPINGS = Path.of("mappings");

    @TempDir
    Path out;

    private static Dataset read(String name) throws IOException {
        return CivicWatch.read(MAPPINGS.resolve(name + ".csv"), "csv",
                Options.parse(java.util.Map.of("mapping", MAPPINGS.resolve(name + ".json").toString()),
                        CivicWatch.formats().importer("csv").descriptor().options()));
    }

    @Test
    void theCityCameraListInWindows31jGivesOneSightingPerCamera() throws IOException {
        Dataset d = read("city-cameras");
        assertThat(d.info().title()).isEqualTo("架空市 防犯カメラ設置場所一覧");
        assertThat(d.sightings()).hasSize(6).allSatisfy(s -> {
            assertThat(s.device()).isEqualTo(DeviceType.CAMERA);
            assertThat(s.count()).isEqualTo(Count.exactly(1).withOriginal("1台"));
            assertThat(s.place().latitude()).isBetween(36.38, 36.40);
        });
        assertThat(d.sightings().get(3).place().area()).isEqualTo("㈱架空ビル前　①番街");
        assertThat(d.sightings().get(5).operator()).isEqualTo("架空県警察本部");
        assertThat(d.sightings().get(0).links()).singleElement().satisfies(l -> assertThat(l.url())
                .isEqualTo("https://www.city.kakuu.example.jp/bouhan/camera/1.html"));
    }

    @Test
    void theFacilityDeviceListGivesFloorsAreasAndCounts() throws IOException {
        Dataset d = read("facility-devices");
        Sighting second = d.sightings().get(1);
        assertThat(second.place().floor()).isEqualTo(Floor.of(2));
        assertThat(second.place().floorLabel()).isEqualTo("２階");
        assertThat(second.place().area()).isEqualTo("正面入口");
        assertThat(d.sightings().get(2).place().area()).isEqualTo("管財課");
        assertThat(d.sightings().get(2).count().isNone()).isTrue();
        assertThat(d.sightings().get(3).place().floor()).isEqualTo(Floor.of(-1));
        assertThat(d.sightings().get(4).device()).isEqualTo(DeviceType.MOTION_SENSOR);
    }

    @Test
    void theDisclosureRequestLogGivesFilingsWithDecisions() throws IOException {
        Dataset d = read("disclosure-requests");
        assertThat(d.filings()).hasSize(5);
        assertThat(d.filings().get(2).filed()).isEqualTo(When.parse("2023-05-08").withOriginal("R5.5.8"));
        assertThat(d.filings().get(2).outcome()).isEqualTo(FilingOutcome.NOT_HELD);
        assertThat(d.filings().get(4).outcome()).isNull();
        assertThat(d.filings().get(4).events()).hasSize(1);
    }

    @Test
    void mappedListsConvertToJsonLinesAndToADataPackageAndBackUnchanged() throws IOException {
        for (String name : new String[] {"city-cameras", "facility-devices", "disclosure-requests"}) {
            Dataset d = read(name);
            Path jsonl = out.resolve(name + ".jsonl");
            CivicWatch.write(d, jsonl);
            assertThat(CivicWatch.read(jsonl)).as(name).isEqualTo(d);
            Path zip = out.resolve(name + ".zip");
            CivicWatch.convert(jsonl, zip);
            assertThat(CivicWatch.read(zip)).as(name).isEqualTo(d);
        }
    }
}
