package org.civicwatch.cli;

import java.util.EnumMap;
import java.util.Map;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;

/** How many records of each type, as the command's reports say it: {@code 3 incidents, 11 sightings, 0 filings, 5 news}. */
final class Summary {
    private Summary() {
    }

    /** {@return the records of each type of a dataset} */
    static Map<RecordType, Long> counts(Dataset dataset) {
        Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            counts.put(t, (long) dataset.records(t).size());
        }
        return counts;
    }

    /** {@return the counts as a phrase, every type named, in the model's order} */
    static String of(Map<RecordType, Long> counts) {
        StringBuilder s = new StringBuilder();
        for (RecordType t : RecordType.values()) {
            long n = counts.getOrDefault(t, 0L);
            s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(n == 1 ? t.singular() : t.plural());
        }
        return s.toString();
    }
}
