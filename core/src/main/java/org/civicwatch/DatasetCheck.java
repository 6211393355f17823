package org.civicwatch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Filing;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.SeenIds;

/**
 * {@link Dataset#validate()} for records that stream by, in memory that does not hold them: every duplicate
 * id and every reference no record resolves, the same problems in the same words.
 *
 * <pre>{@code
 * DatasetCheck check = new DatasetCheck();
 * try (RecordReader reader = importer.open(path, options)) {
 *     for (CivicRecord r; (r = reader.next()) != null; ) {
 *         check.add(r);
 *     }
 * }
 * List<Dataset.Problem> problems = check.finish();
 * }</pre>
 *
 * <p>Ids are kept as {@link SeenIds} keeps them, about 22 bytes an id, so two different ids are taken for
 * one only if their 64-bit hashes are equal (for a million ids, about once in 36 million checks). References
 * are kept until {@link #finish()}, since a record may name one that comes later: memory grows with the
 * references, not with the records. Duplicates are in the order the records came, then the unresolved
 * references in that order; given the records in {@link Dataset#records()} order, the list is the one
 * {@link Dataset#validate()} gives. Not thread-safe.
 */
public final class DatasetCheck {
    private static final RecordType[] TYPES = RecordType.values();
    private static final String PRECEDED_BY = "precededBy";

    private final SeenIds ids = new SeenIds();
    private final List<Dataset.Problem> duplicates = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);

    /** A reference to check at the end, with what a problem with it names. */
    private record Reference(RecordType type, String recordId, String field, String id) {
    }

    /**
     * Checks a record's id against those before it and keeps its references for {@link #finish()}.
     *
     * @param record the next record
     */
    public void add(CivicRecord record) {
        counts.merge(record.recordType(), 1L, Long::sum);
        long first = ids.add(record.id(), record.recordType().ordinal());
        if (first != SeenIds.NEW) {
            duplicates.add(Dataset.Problem.duplicateId(record.recordType(), record.id(), TYPES[(int) first]));
        }
        List<String> related = record.related();
        @CheckForNull String preceded = record instanceof Filing f ? f.precededBy() : null;
        if (related.isEmpty() && preceded == null) {
            return;
        }
        // Only what a problem names is kept, not the record with all its text.
        for (int i = 0; i < related.size(); i++) {
            references.add(new Reference(record.recordType(), record.id(), "related[" + i + "]", related.get(i)));
        }
        if (preceded != null) {
            references.add(new Reference(record.recordType(), record.id(), PRECEDED_BY, preceded));
        }
    }

    /** {@return how many records of each type were added, every type named} */
    public Map<RecordType, Long> counts() {
        Map<RecordType, Long> all = new EnumMap<>(RecordType.class);
        for (RecordType t : TYPES) {
            all.put(t, counts.getOrDefault(t, 0L));
        }
        return all;
    }

    /**
     * {@return every duplicate id, then every reference to an id no record has and every filing preceded by a
     * record that is no filing; empty when the records make a valid dataset}
     */
    public List<Dataset.Problem> finish() {
        List<Dataset.Problem> problems = new ArrayList<>(duplicates);
        for (Reference ref : references) {
            long target = ids.tagOf(ref.id());
            if (target == SeenIds.NEW) {
                problems.add(Dataset.Problem.unresolved(ref.type(), ref.recordId(), ref.field(), ref.id()));
            } else if (ref.field().equals(PRECEDED_BY) && TYPES[(int) target] != RecordType.FILING) {
                problems.add(Dataset.Problem.precededByNoFiling(ref.recordId(), ref.id(), TYPES[(int) target]));
            }
        }
        return problems;
    }
}
