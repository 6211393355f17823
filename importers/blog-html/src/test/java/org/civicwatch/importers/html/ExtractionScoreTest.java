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
import org.civicwatch.json.JsonTrees;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores the extractors against the gold file of each fixture: precision and recall per record type,
 * printed per fixture and as one table at the end, with floors each fixture must reach. A gold record is met by an extracted record that has
 * every field the gold record gives, with the same value (lists element by element); a field the gold
 * record gives as {@code null} must be absent (a sighting outside has no floor); ids and provenance are
 * never compared. Each extracted record meets at most one gold record.
 */
class ExtractionScoreTest {

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

    /**
     * The fixtures with the floors each must reach, set to what the extractors achieve (rounded down), so a
     * change that extracts less fails here. A floor is "type precision recall"; record types not named must
     * score 1.00 on both. The held-out fixtures were written from the gold format alone, without reading the
     * extractors (their scores before the extractors were improved are in the module's README).
     */
    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("ombudsman-post-2017-06.gold.json", List.of()),
                Arguments.of("goo-month.gold.json", List.of()),
                Arguments.of("h-entry.gold.json", List.of()),
                Arguments.of("euc-jp.gold.json", List.of()),
                Arguments.of("heldout-city-hall-cameras.gold.json", List.of()),
                Arguments.of("heldout-filing-chain.gold.json", List.of()),
                Arguments.of("heldout-news-incident.gold.json", List.of()),
                Arguments.of("heldout-month-library.gold.json", List.of()));
    }

    /** Every score measured in this run, printed as one table when the class is done. */
    private static final Map<String, List<Score>> MEASURED = new java.util.concurrent.ConcurrentSkipListMap<>();

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void extractsWhatTheGoldFileExpects(String goldName, List<String> floors) {
        Map<?, ?> gold = (Map<?, ?>) JsonTrees.parse(new String(Fixtures.bytes(goldName), StandardCharsets.UTF_8));
        Dataset extracted = Fixtures.read((String) gold.get("fixture"));
        System.out.println("extraction score of " + gold.get("fixture") + ":");
        List<Score> scores = score(gold, extracted);
        MEASURED.put((String) gold.get("fixture"), scores);
        scores.forEach(s -> System.out.println("  " + s));
        for (Score s : scores) {
            double[] floor = floor(floors, s.type());
            assertThat(s.precision()).as("precision of %s on %s", s.type().plural(), gold.get("fixture"))
                    .isGreaterThanOrEqualTo(floor[0]);
            assertThat(s.recall()).as("recall of %s on %s", s.type().plural(), gold.get("fixture"))
                    .isGreaterThanOrEqualTo(floor[1]);
        }
    }

    /** The precision and recall floors of a record type: those named for it, else 1.00 and 1.00. */
    static double[] floor(List<String> floors, RecordType type) {
        for (String f : floors) {
            String[] parts = f.split(" ");
            if (parts[0].equals(type.plural())) {
                return new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
            }
        }
        return new double[] {1.0, 1.0};
    }

    @AfterAll
    static void printTable() {
        StringBuilder table = new StringBuilder("\nextraction scores (precision / recall; gold, extracted, matched)\n");
        table.append(String.format(Locale.ROOT, "%-32s %-10s %5s %5s %5s %9s %6s%n", "fixture", "type", "gold", "extr",
                "match", "precision", "recall"));
        MEASURED.forEach((fixture, scores) -> scores.stream().filter(s -> s.gold() > 0 || s.extracted() > 0)
                .forEach(s -> table.append(String.format(Locale.ROOT, "%-32s %-10s %5d %5d %5d %9.2f %6.2f%n", fixture,
                        s.type().plural(), s.gold(), s.extracted(), s.matched(), s.precision(), s.recall()))));
        System.out.println(table);
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
