package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicwatch.model.Dataset;
import org.civicwatch.model.Floor;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void buildsAValidDatasetWithAnAbsenceOverAFloorRange() {
        Dataset d = EmbeddingExample.cityHallWalk();
        assertThat(d.validate()).isEmpty();
        assertThat(d.sightings()).hasSize(2);
        assertThat(d.sightings().get(1).count().isNone()).isTrue();
        assertThat(d.sightings().get(1).place().floor()).isEqualTo(Floor.range(3, 30));
        assertThat(d.sightings().get(1).place().floor().osmLevel()).isEqualTo("2-29");
    }
}
