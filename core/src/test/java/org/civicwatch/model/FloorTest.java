package org.civicwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FloorTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "-1", "32", "-3", "3..30", "-2..-1", "-1..3", "999"})
    void roundTripsItsStringForm(String text) {
        assertThat(Floor.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"1, 0", "2, 1", "32, 31", "-1, -1", "-3, -3"})
    void mapsAFloorToTheOsmLevel(int floor, int level) {
        assertThat(Floor.osmLevel(floor)).isEqualTo(level);
        assertThat(Floor.of(floor).osmLevel()).isEqualTo(String.valueOf(level));
    }

    @Test
    void writesARangeInOsmRangeForm() {
        assertThat(Floor.range(3, 30).osmLevel()).isEqualTo("2-29");
        assertThat(Floor.range(1, 3).osmLevel()).isEqualTo("0-2");
    }

    @Test
    void listsEveryLevelOfARangeThatReachesBelowGround() {
        // "-1-2" would be ambiguous in OSM: list the levels instead.
        assertThat(Floor.range(-1, 3).osmLevel()).isEqualTo("-1;0;1;2");
        assertThat(Floor.range(-3, -1).osmLevel()).isEqualTo("-3;-2;-1");
        assertThat(Floor.range(-2, 1).osmLevel()).isEqualTo("-2;-1;0");
    }

    @Test
    void treatsARangeAsEveryFloorInItSkippingZero() {
        Floor officeFloors = Floor.parse("3..30");

        assertThat(officeFloors).isEqualTo(Floor.range(3, 30));
        assertThat(officeFloors.isRange()).isTrue();
        assertThat(officeFloors.floors()).hasSize(28).startsWith(3, 4).endsWith(30);
        assertThat(officeFloors.contains(14)).isTrue();
        assertThat(officeFloors.contains(31)).isFalse();
        assertThat(Floor.range(-2, 2).floors()).containsExactly(-2, -1, 1, 2);
        assertThat(Floor.of(1).isRange()).isFalse();
        assertThat(Floor.of(-1).floors()).containsExactly(-1);
    }

    @Test
    void hasNoFloorZero() {
        assertThatThrownBy(() -> Floor.of(0)).isInstanceOf(ModelException.class)
                .hasMessageContaining("there is no floor 0").hasMessageContaining("the first basement -1");
        assertThatThrownBy(() -> Floor.parse("0..3")).hasMessageContaining("there is no floor 0");
    }

    @Test
    void rejectsARangeThatEndsBelowItsStart() {
        assertThatThrownBy(() -> Floor.range(30, 3)).isInstanceOf(ModelException.class)
                .hasMessage("the floor range 30..3 ends below its start");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1階", "B1", "3-30", "3..", "+1", "1234", "３", " 1"})
    void rejectsOtherFormsSayingWhichAreRead(String text) {
        assertThatThrownBy(() -> Floor.parse(text)).isInstanceOf(ModelException.class)
                .hasMessageContaining("as a floor: write 1 (ground floor), -1 (first basement) or 3..30 (a range)");
    }
}
