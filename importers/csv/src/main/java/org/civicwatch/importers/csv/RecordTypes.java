package org.civicwatch.importers.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.RecordRow;
import org.civicwatch.model.RecordType;

/** Telling the record type of a single CSV file from its header or its name. */
final class RecordTypes {
    private RecordTypes() {
    }

    /**
     * {@return the one record type whose row has every column of the header and whose required columns the
     * header has; null when none or several do}
     *
     * @param header a file's column names
     */
    @CheckForNull
    static RecordType fromHeader(List<String> header) {
        RecordType found = null;
        for (RecordType t : RecordType.values()) {
            RecordRow row = RecordRow.of(t);
            if (row.header().containsAll(header) && header.containsAll(row.requiredColumns())) {
                if (found != null) {
                    return null;
                }
                found = t;
            }
        }
        return found;
    }

    /**
     * {@return the one record type that a word of the file name names ({@code sightings.csv},
     * {@code gunma-sightings-2017.csv}); null when none or several do}
     *
     * @param fileName a file name, or a path
     */
    @CheckForNull
    static RecordType fromFileName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        Set<RecordType> named = new HashSet<>();
        for (String word : name.split("[^a-z]+")) {
            if (!word.isEmpty()) {
                RecordType.named(word).ifPresent(named::add);
            }
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** {@return the types' singular names, for messages} */
    static String names() {
        List<String> names = new ArrayList<>();
        for (RecordType t : RecordType.values()) {
            names.add(t.singular());
        }
        return String.join(", ", names);
    }
}
