package org.civicwatch.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;

/**
 * Where two datasets differ, field by field, in words: what a round-trip test prints when a format
 * loses something.
 *
 * <pre>{@code
 * List<String> d = Differences.between(expected, actual, 10);
 * // ["sightings[3] 'sighting-b1': place.floor: expected -1, got 1"]
 * }</pre>
 */
public final class Differences {
    private Differences() {
    }

    /**
     * The differences between two datasets, one sentence each, at most {@code limit} of them.
     *
     * @param expected the dataset written
     * @param actual the dataset read back
     * @param limit the most differences to return
     * @return the differences, info first, then record by record; empty when equal
     */
    public static List<String> between(Dataset expected, Dataset actual, int limit) {
        List<String> out = new ArrayList<>();
        compare("info", FieldCatalog.DATASET_INFO, expected.info(), actual.info(), out);
        for (RecordType t : RecordType.values()) {
            List<? extends CivicRecord> e = expected.records(t);
            List<? extends CivicRecord> a = actual.records(t);
            if (e.size() != a.size()) {
                out.add(t.plural() + ": expected " + e.size() + " records, got " + a.size());
            }
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                compare(t.plural() + "[" + i + "] '" + e.get(i).id() + "'", FieldCatalog.schema(t), e.get(i), a.get(i), out);
            }
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    @SuppressWarnings("unchecked")
    private static <T> void compare(String where, ObjectSchema<T> schema, Object expected, Object actual,
                                    List<String> out) {
        for (Field f : schema.fields()) {
            Object e = f.get(expected);
            Object a = f.get(actual);
            if (Objects.equals(e, a)) {
                continue;
            }
            if (e != null && a != null && f.type() instanceof ObjectSchema<?> nested) {
                compare(where + " " + f.name(), (ObjectSchema<Object>) nested, e, a, out);
            } else {
                out.add(where + ": " + f.name() + ": expected " + show(e) + ", got " + show(a));
            }
        }
    }

    private static String show(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof String s) {
            return "\"" + s.replace("\n", "\\n").replace("\r", "\\r") + "\"";
        }
        if (v instanceof org.civicwatch.model.When w) {
            return w.edtf() + (w.original() == null ? "" : " (from \"" + w.original() + "\")");
        }
        return String.valueOf(v);
    }
}
