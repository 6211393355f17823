package org.civicwatch.importers.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the extractors against the gold file of each fixture: precision and recall per record type,
 * printed, with a floor each fixture must reach. A gold record is met by an extracted record that has
 * every field the gold record gives, with the same value (lists element by element); a field the gold
 * record gives as {@code null} must be absent (a sighting outside has no floor); ids and provenance are
 * never compared. Each extracted record meets at most one gold record.
 */
class ExtractionScoreTest {
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_LONG_FOR_INTS).build();

    /** Score of one record type on one fixture. */
    record Score(RecordType type, int gold, int extracted, int matched) {
        double precision() {
            return extracted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / extracted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-10s gold %2d  extracted %2d  matched %2d  precision %.2f  recall %.2f",
                    type.plural(), gold, extracted, matched, precision(), recall());
        }
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                // The seed-shaped post: everything must come out right.
                Arguments.of("goo-single-post.gold.json", 1.0, 1.0),
                Arguments.of("goo-month.gold.json", 0.75, 0.75),
                Arguments.of("h-entry.gold.json", 0.75, 0.75),
                Arguments.of("euc-jp.gold.json", 0.75, 0.75),
                Arguments.of("heldout-city-hall-cameras.gold.json", 0.0, 0.0),
                Arguments.of("heldout-filing-chain.gold.json", 0.0, 0.0),
                Arguments.of("heldout-news-incident.gold.json", 0.0, 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void extractsWhatTheGoldFileExpects(String goldName, double minPrecision, double minRecall) {
        Map<?, ?> gold = JSON.readValue(new String(Fixtures.bytes(goldName), StandardCharsets.UTF_8), Map.class);
        Dataset extracted = Fixtures.read((String) gold.get("fixture"));
        List<Score> scores = score(gold, extracted);
        System.out.println("extraction score of " + gold.get("fixture") + ":");
        scores.forEach(s -> System.out.println("  " + s));
        for (Score s : scores) {
            assertThat(s.precision()).as("precision of %s on %s", s.type().plural(), gold.get("fixture"))
                    .isGreaterThanOrEqualTo(minPrecision);
            assertThat(s.recall()).as("recall of %s on %s", s.type().plural(), gold.get("fixture"))
                    .isGreaterThanOrEqualTo(minRecall);
        }
    }

    static List<Score> score(Map<?, ?> gold, Dataset extracted) {
        List<Score> scores = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            List<?> expected = gold.get(type.plural()) instanceof List<?> l ? l : List.of();
            List<Map<String, Object>> trees = new ArrayList<>();
            for (CivicRecord r : extracted.records(type)) {
                trees.add(new java.util.LinkedHashMap<>(FieldCatalog.schemaOf(r).toTree(r)));
            }
            boolean[] used = new boolean[trees.size()];
            int matched = 0;
            for (Object e : expected) {
                boolean met = false;
                for (int i = 0; i < trees.size() && !met; i++) {
                    if (!used[i] && meets(trees.get(i), e)) {
                        used[i] = true;
                        met = true;
                        matched++;
                    }
                }
                if (!met) {
                    System.out.println("  not extracted: " + e);
                }
            }
            for (int i = 0; i < trees.size(); i++) {
                if (!used[i]) {
                    trees.get(i).remove("provenance");
                    System.out.println("  not in gold:   " + trees.get(i));
                }
            }
            scores.add(new Score(type, expected.size(), trees.size(), matched));
        }
        return scores;
    }

    /** Whether an extracted value has everything the gold value gives. */
    static boolean meets(Object extracted, Object gold) {
        if (gold instanceof Map<?, ?> g) {
            if (!(extracted instanceof Map<?, ?> x)) {
                return false;
            }
            return g.entrySet().stream().allMatch(en -> en.getValue() == null ? x.get(en.getKey()) == null
                    : x.containsKey(en.getKey()) && meets(x.get(en.getKey()), en.getValue()));
        }
        if (gold instanceof List<?> g) {
            if (!(extracted instanceof List<?> x) || x.size() != g.size()) {
                return false;
            }
            for (int i = 0; i < g.size(); i++) {
                if (!meets(x.get(i), g.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(extracted, gold);
    }
}
