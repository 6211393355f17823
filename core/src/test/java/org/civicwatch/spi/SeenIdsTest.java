package org.civicwatch.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeenIdsTest {

    @Test
    void newIdsAreNewAndASecondOneNamesTheFirstTag() {
        SeenIds seen = new SeenIds();
        assertThat(seen.add("s1", 1)).isEqualTo(SeenIds.NEW);
        assertThat(seen.add("s2", 2)).isEqualTo(SeenIds.NEW);
        assertThat(seen.add("s1", 3)).isEqualTo(1);
        assertThat(seen.add("s2", 4)).isEqualTo(2);
        assertThat(seen.size()).isEqualTo(2);
    }

    @Test
    void agreesWithAHashMapOverManyIdsWithRepeats() {
        SeenIds seen = new SeenIds();
        Map<String, Long> exact = new HashMap<>();
        Random random = new Random(13);
        for (long n = 0; n < 300_000; n++) {
            String id = "s-" + random.nextInt(200_000) + "-b" + random.nextInt(3);
            Long first = exact.putIfAbsent(id, n);
            assertThat(seen.add(id, n)).as(id).isEqualTo(first == null ? SeenIds.NEW : first);
        }
        assertThat(seen.size()).isEqualTo(exact.size());
        for (int n = 0; n < 20_000; n++) {
            String id = "s-" + random.nextInt(400_000) + "-b" + random.nextInt(3);
            assertThat(seen.tagOf(id)).as(id).isEqualTo(exact.getOrDefault(id, SeenIds.NEW));
        }
    }

    @Test
    void idsOfOneLengthDifferingInOneCharacterNeverMeet() {
        SeenIds seen = new SeenIds();
        StringBuilder id = new StringBuilder("incident-0000");
        for (int at = 0; at < id.length(); at++) {
            char original = id.charAt(at);
            for (char c = 0; c < 512; c++) {
                id.setCharAt(at, c);
                seen.add(id, 0);
            }
            id.setCharAt(at, original);
        }
        // Every variant is new but the original, which each position gives once.
        assertThat(seen.size()).isEqualTo(id.length() * 511 + 1);
    }

    @Test
    void hashesDependOnOrderAndLength() {
        assertThat(SeenIds.hash("ab")).isNotEqualTo(SeenIds.hash("ba"));
        assertThat(SeenIds.hash("a")).isNotEqualTo(SeenIds.hash("a\0"));
        assertThat(SeenIds.hash("")).isNotEqualTo(SeenIds.hash("\0"));
    }

    @Test
    void refusesNegativeTags() {
        assertThatThrownBy(() -> new SeenIds().add("s1", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
