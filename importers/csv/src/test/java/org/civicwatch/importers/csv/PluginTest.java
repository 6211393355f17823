package org.civicwatch.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.civicwatch.testkit.Conformance;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.StandardOptions;
import org.junit.jupiter.api.Test;

class PluginTest {

    @Test
    void bothImportersPassConformance() {
        Conformance.check(new CsvImporter(), null).assertPassed();
        Conformance.check(new DataPackageImporter(), null).assertPassed();
    }

    @Test
    void importersAreFoundThroughServiceLoader() {
        assertThat(ServiceLoader.load(Importer.class).stream().map(p -> p.type().getName()))
                .contains(CsvImporter.class.getName(), DataPackageImporter.class.getName());
    }

    @Test
    void descriptorsNameTheFormatsAndTheirOptions() {
        assertThat(new CsvImporter().descriptor().id()).isEqualTo("csv");
        assertThat(new CsvImporter().descriptor().options()).containsAll(StandardOptions.READING)
                .contains(CsvReadSettings.CHARSET, CsvReadSettings.TYPE, CsvReadSettings.MAPPING, CsvReadSettings.REJECTS,
                        CsvReadSettings.NEUTRALISE_FORMULAS);
        assertThat(new DataPackageImporter().descriptor().id()).isEqualTo("datapackage");
        assertThat(new DataPackageImporter().descriptor().options()).containsAll(StandardOptions.READING)
                .contains(CsvReadSettings.MAX_ZIP_ENTRIES, CsvReadSettings.MAX_ZIP_RATIO);
        assertThat(new DataPackageImporter().readsDirectories()).isTrue();
    }

    @Test
    void detectionTellsOwnFilesFromOthers() {
        byte[] sightings = "id,device,place_floor\ns1,camera,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = ("\uFEFF" + "id,device\ns1,camera\n").getBytes(StandardCharsets.UTF_8);
        byte[] foreign = "設置主体,番号\n架空市,1\n".getBytes(StandardCharsets.UTF_8);
        CsvImporter csv = new CsvImporter();
        assertThat(csv.detect(sightings, null)).isEqualTo(Detection.SOLID);
        assertThat(csv.detect(withBom, "x.txt")).isEqualTo(Detection.SOLID);
        assertThat(csv.detect(foreign, "cameras.csv")).isEqualTo(Detection.WEAK);
        assertThat(csv.detect(foreign, "cameras.txt")).isEqualTo(Detection.NONE);

        DataPackageImporter dp = new DataPackageImporter();
        byte[] zipHead = new byte[64];
        zipHead[0] = 'P';
        zipHead[1] = 'K';
        zipHead[2] = 3;
        zipHead[3] = 4;
        zipHead[26] = 16;
        System.arraycopy("datapackage.json".getBytes(StandardCharsets.US_ASCII), 0, zipHead, 30, 16);
        assertThat(dp.detect(zipHead, null)).isEqualTo(Detection.FULL);
        zipHead[30] = 'x';
        assertThat(dp.detect(zipHead, "other.zip")).isEqualTo(Detection.SOLID);
        assertThat(dp.detect(zipHead, "other.xlsx")).isEqualTo(Detection.NONE);
        assertThat(dp.detect("{}".getBytes(StandardCharsets.UTF_8), "pkg/datapackage.json")).isEqualTo(Detection.FULL);
    }
}
