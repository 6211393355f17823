package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Floor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExampleTest {

    @Test
    void buildsAValidDatasetWithAnAbsenceOverAFloorRange() {
        Dataset d = EmbeddingExample.prefecturalOfficeWalk();
        assertThat(d.validate()).isEmpty();
        assertThat(d.sightings()).hasSize(2);
        assertThat(d.sightings().get(1).count().isNone()).isTrue();
        assertThat(d.sightings().get(1).place().floor()).isEqualTo(Floor.range(3, 30));
        assertThat(d.sightings().get(1).place().floor().osmLevel()).isEqualTo("2-29");
    }

    @Test
    void writesJsonAndReadsTheSameDatasetBack(@TempDir Path dir) throws IOException {
        assertThat(EmbeddingExample.writeAndReadBack(dir)).isEqualTo(EmbeddingExample.prefecturalOfficeWalk());
        assertThat(dir.resolve("cameras.json")).content().contains("\"3..30\"", "\"3階から30階\"");
    }
}
