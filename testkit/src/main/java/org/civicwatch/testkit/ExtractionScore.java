package org.civicwatch.testkit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;

/**
 * Scores what an importer extracted against a gold file: precision and recall per record type.
 *
 * <p>The gold file is a tree (maps and lists, as a JSON parser gives it) with a list per record type under
 * the type's plural name ({@code "sightings": [...]}). A gold record is met by an extracted record that has
 * every field the gold record gives, with the same value: maps field by field, lists element by element and
 * of the same length. A field the gold record gives as {@code null} must be absent, and a map giving only
 * {@code null}s ({@code "place": {"floor": null}}) is met by an absent one as by one without those fields. Where the extracted
 * value is a record id ({@code precededBy}, an element of {@code related}) and the gold value is a map,
 * the record with that id must meet the map, so a gold file names the filing an appeal challenges by what
 * it is, not by an id. Numbers are equal by value (a gold 120000 meets a long 120000). Ids and provenance are
 * never compared; each extracted record meets at most one
 * gold record.
 *
 * <pre>{@code
 * ExtractionScore.Result r = ExtractionScore.score(goldTree, importer.read(page, name, Options.EMPTY));
 * r.scores().forEach(System.out::println);
 * }</pre>
 */
public final class ExtractionScore {
    private ExtractionScore() {
    }

    /**
     * The score of one record type.
     *
     * @param type the record type
     * @param gold how many records the gold file gives
     * @param extracted how many records were extracted
     * @param matched how many gold records an extracted record met
     */
    public record Score(RecordType type, int gold, int extracted, int matched) {
        /** Matched over extracted; 1 when nothing was extracted and nothing was expected. */
        public double precision() {
            return extracted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / extracted;
        }

        /** Matched over gold; 1 when the gold file expects none. */
        public double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        /** This score added to another of the same type, for totals over many pages. */
        public Score plus(Score other) {
            if (other.type != type) {
                throw new IllegalArgumentException("scores of " + type + " and " + other.type);
            }
            return new Score(type, gold + other.gold, extracted + other.extracted, matched + other.matched);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-10s gold %3d  extracted %3d  matched %3d  precision %.2f  recall %.2f",
                    type.plural(), gold, extracted, matched, precision(), recall());
        }
    }

    /**
     * The scores of one page.
     *
     * @param scores one per record type, in {@link RecordType} order
     * @param missed the gold records no extracted record met
     * @param unexpected the extracted records that met no gold record, as trees without provenance
     * @param nearMisses for each missed gold record that an unmatched extracted record of its type meets in part,
     *     the gold fields the nearest such record does not meet
     */
    public record Result(List<Score> scores, List<Object> missed, List<Map<String, Object>> unexpected,
                         List<NearMiss> nearMisses) {
        public Result {
            scores = List.copyOf(scores);
            missed = List.copyOf(missed);
            unexpected = List.copyOf(unexpected);
            nearMisses = List.copyOf(nearMisses);
        }

        /** The score of one record type. */
        public Score of(RecordType type) {
            return scores.stream().filter(s -> s.type() == type).findFirst().orElseThrow();
        }
    }

    /**
     * A gold record missed, beside the unmatched extracted record of its type that meets most of its fields.
     *
     * @param type the record type
     * @param gold the gold record
     * @param nearest the extracted record, as a tree without provenance
     * @param wrong the gold record's fields that record does not meet, in the gold file's order
     */
    public record NearMiss(RecordType type, Object gold, Map<String, Object> nearest, List<String> wrong) {
        public NearMiss {
            wrong = List.copyOf(wrong);
        }
    }

    /**
     * Scores a dataset against a gold tree.
     *
     * @param gold the gold file's tree
     * @param extracted what the importer read
     * @return the scores per record type, with what was missed and what was not expected
     */
    public static Result score(Map<?, ?> gold, Dataset extracted) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        Map<RecordType, List<Map<String, Object>>> trees = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (CivicRecord r : extracted.records(type)) {
                Map<String, Object> tree = new LinkedHashMap<>(FieldCatalog.schemaOf(r).toTree(r));
                tree.remove("provenance");
                list.add(tree);
                byId.put(r.id(), tree);
            }
            trees.put(type, list);
        }
        List<Score> scores = new ArrayList<>();
        List<Object> missed = new ArrayList<>();
        List<Map<String, Object>> unexpected = new ArrayList<>();
        List<NearMiss> nearMisses = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            List<?> expected = gold.get(type.plural()) instanceof List<?> l ? l : List.of();
            List<Map<String, Object>> found = trees.get(type);
            boolean[] used = new boolean[found.size()];
            int matched = 0;
            for (Object e : expected) {
                boolean met = false;
                for (int i = 0; i < found.size() && !met; i++) {
                    if (!used[i] && meets(found.get(i), e, byId, 0)) {
                        used[i] = true;
                        met = true;
                        matched++;
                    }
                }
                if (!met) {
                    missed.add(e);
                }
            }
            for (int i = 0; i < found.size(); i++) {
                if (!used[i]) {
                    unexpected.add(found.get(i));
                }
            }
            for (Object e : missed) {
                if (e instanceof Map<?, ?> g && expected.contains(e)) {
                    nearest(type, g, found, used, byId).ifPresent(nearMisses::add);
                }
            }
            scores.add(new Score(type, expected.size(), found.size(), matched));
        }
        return new Result(scores, missed, unexpected, nearMisses);
    }

    /** {@return the unmatched extracted record meeting most of a missed gold record's fields, if one meets any} */
    private static java.util.Optional<NearMiss> nearest(RecordType type, Map<?, ?> gold, List<Map<String, Object>> found,
                                                        boolean[] used, Map<String, Map<String, Object>> byId) {
        NearMiss best = null;
        int bestMet = 0;
        for (int i = 0; i < found.size(); i++) {
            if (used[i]) {
                continue;
            }
            List<String> wrong = new ArrayList<>();
            for (Map.Entry<?, ?> en : gold.entrySet()) {
                if (!meetsField(found.get(i), en.getKey(), en.getValue(), byId, 0)) {
                    wrong.add(String.valueOf(en.getKey()));
                }
            }
            int met = gold.size() - wrong.size();
            if (met > bestMet) {
                bestMet = met;
                best = new NearMiss(type, gold, found.get(i), wrong);
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Whether a gold value is a map giving only nulls, which an absent value meets: a place with nothing in it is none. */
    private static boolean onlyNulls(Object gold) {
        return gold instanceof Map<?, ?> g && g.values().stream().allMatch(java.util.Objects::isNull);
    }

    /** Whether an extracted map's field meets the gold value of that field ({@code null}: the field is absent). */
    private static boolean meetsField(Map<?, ?> m, Object key, @CheckForNull Object gold, Map<String, Map<String, Object>> byId,
                                      int depth) {
        return gold == null ? m.get(key) == null
                : m.get(key) == null ? onlyNulls(gold)
                : meets(m.get(key), gold, byId, depth + 1);
    }

    /** Whether an extracted value has everything the gold value gives; depth bounds references that loop. */
    private static boolean meets(Object extracted, Object gold, Map<String, Map<String, Object>> byId, int depth) {
        if (gold instanceof Map<?, ?> g) {
            Object x = extracted instanceof String id && depth < 4 ? byId.get(id) : extracted;
            if (!(x instanceof Map<?, ?> m)) {
                return false;
            }
            return g.entrySet().stream().allMatch(en -> meetsField(m, en.getKey(), en.getValue(), byId, depth));
        }
        if (gold instanceof List<?> g) {
            if (!(extracted instanceof List<?> x) || x.size() != g.size()) {
                return false;
            }
            for (int i = 0; i < g.size(); i++) {
                if (!meets(x.get(i), g.get(i), byId, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (gold instanceof Number g && extracted instanceof Number x) {
            // a JSON parser gives an int where the tree holds a long: numbers are equal by value
            return new java.math.BigDecimal(g.toString()).compareTo(new java.math.BigDecimal(x.toString())) == 0;
        }
        if (gold instanceof String g && extracted instanceof String x && !g.equals(x)) {
            // a time written with its zero seconds is the same time: "21:30:00+09:00" is "21:30+09:00"
            OffsetDateTime a = dateTime(g);
            OffsetDateTime b = dateTime(x);
            return a != null && a.equals(b);
        }
        return Objects.equals(extracted, gold);
    }

    /** {@return a text read as a date and time with its offset, or null when it is not one} */
    @CheckForNull
    private static OffsetDateTime dateTime(String text) {
        if (text.length() < 16 || text.charAt(10) != 'T') {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
