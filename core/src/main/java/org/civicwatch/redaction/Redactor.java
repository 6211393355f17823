package org.civicwatch.redaction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.Field;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.ListType;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.ModelException;
import org.civicwatch.spi.RecordWriter;

/**
 * Applies a {@link Redaction}: a stateless function from a record, the dataset info, a stream of records
 * or a whole dataset to the same without the personal data the redaction leaves out. It walks the field
 * catalog ({@link FieldCatalog}), so it knows no field by name. What it leaves out and what becomes of an
 * object left without its name is described on {@link Redaction}.
 *
 * <pre>{@code
 * Incident redacted = Redactor.redact(incident, Redaction.privateNames());
 * Dataset shareable = Redactor.redact(dataset, Redaction.personalData());
 * RecordWriter writer = Redactor.redacting(exporter.open(out, info, options), Redaction.privateNames());
 * }</pre>
 *
 * <p>A value with nothing to leave out comes back as the same instance; redacting twice gives what
 * redacting once gave.
 */
public final class Redactor {
    private Redactor() {
    }

    /**
     * {@return the record without the personal data the redaction leaves out; the same record when it holds
     * none}
     *
     * @param <R> the record's type
     * @param record a record
     * @param redaction what to leave out
     */
    public static <R extends CivicRecord> R redact(R record, Redaction redaction) {
        return redactRecord(record, new Walk(redaction));
    }

    /**
     * {@return the dataset info without the personal data the redaction leaves out}
     *
     * @param info a dataset's info
     * @param redaction what to leave out
     */
    public static DatasetInfo redact(DatasetInfo info, Redaction redaction) {
        return redactRoot(FieldCatalog.DATASET_INFO, info, new Walk(redaction), "the dataset info");
    }

    /**
     * {@return the dataset with its info and every record redacted, in the same order}
     *
     * @param dataset a dataset
     * @param redaction what to leave out
     */
    public static Dataset redact(Dataset dataset, Redaction redaction) {
        if (redaction.isNone()) {
            return dataset;
        }
        return Dataset.of(redact(dataset.info(), redaction), redact(dataset.records(), redaction).toList());
    }

    /**
     * {@return the records, each redacted as it passes; lazy, as streams are}
     *
     * @param records records of any type
     * @param redaction what to leave out
     */
    public static Stream<CivicRecord> redact(Stream<? extends CivicRecord> records, Redaction redaction) {
        return records.map(r -> redact((CivicRecord) r, redaction));
    }

    /**
     * {@return how many values the redaction leaves out of a record}: each private name counts once, also
     * when the party holding it is left out with it
     *
     * @param record a record
     * @param redaction what to leave out
     */
    public static int count(CivicRecord record, Redaction redaction) {
        Walk walk = new Walk(redaction);
        redactRecord(record, walk);
        return walk.leftOut;
    }

    /**
     * {@return a writer that redacts each record and then hands it to the given writer}, closing it when
     * closed. The writer itself comes back when the redaction is {@linkplain Redaction#isNone() none}, or
     * when it is a {@link RedactingWriter} already leaving out at least as much, so that wrapping twice
     * redacts once.
     *
     * <p>The dataset info given to an exporter's {@code open} does not pass through the writer: redact it
     * with {@link #redact(DatasetInfo, Redaction)} before opening. Info that arrives late, through
     * {@link RecordWriter#lateInfo}, is redacted on its way.
     *
     * @param writer the writer to hand redacted records to
     * @param redaction what to leave out
     */
    public static RecordWriter redacting(RecordWriter writer, Redaction redaction) {
        Objects.requireNonNull(writer, "writer");
        if (redaction.isNone() || writer instanceof RedactingWriter r && r.redaction().covers(redaction)) {
            return writer;
        }
        return new RedactingWriter() {
            @Override
            public Redaction redaction() {
                return redaction;
            }

            @Override
            public void write(CivicRecord record) throws IOException {
                writer.write(redact(Objects.requireNonNull(record, "record"), redaction));
            }

            @Override
            public void lateInfo(DatasetInfo complete) throws IOException {
                writer.lateInfo(redact(Objects.requireNonNull(complete, "complete"), redaction));
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }

    /** What one walk over a value leaves out, and how much. */
    private static final class Walk {
        final Redaction redaction;
        int leftOut;

        Walk(Redaction redaction) {
            this.redaction = redaction;
        }
    }

    private static <R extends CivicRecord> R redactRecord(R record, Walk walk) {
        return redactRoot(FieldCatalog.schemaOf(record), record, walk,
                record.recordType().singular() + " '" + record.id() + "'");
    }

    private static <T> T redactRoot(ObjectSchema<T> schema, T value, Walk walk, String what) {
        if (walk.redaction.isNone()) {
            return value;
        }
        T redacted = redactObject(schema, value, walk);
        if (redacted == null) {
            // Only values nested in optional fields or lists can be left out; a record or info never is.
            throw new IllegalStateException("redaction left " + what + " without a value the model requires:"
                    + " a field holding personal data sits on a path of required fields in the catalog");
        }
        return redacted;
    }

    /** The object redacted; itself when nothing changed; null when the model does not accept what is left. */
    @CheckForNull
    private static <T> T redactObject(ObjectSchema<T> schema, T value, Walk walk) {
        Map<String, Object> changed = null;
        for (Field f : schema.fields()) {
            Object v = f.get(value);
            if (v == null || v instanceof List<?> l && l.isEmpty()) {
                continue;
            }
            Object redacted;
            if (walk.redaction.leavesOut(f, value)) {
                redacted = f.isList() ? List.of() : null;
                walk.leftOut += v instanceof List<?> l ? l.size() : 1;
            } else if (f.type() instanceof ObjectSchema<?> nested) {
                redacted = redactNested(nested, v, walk);
            } else if (f.type() instanceof ListType list && list.element() instanceof ObjectSchema<?> element) {
                redacted = redactEach(element, (List<?>) v, walk);
            } else {
                continue;
            }
            if (redacted != v) {
                if (changed == null) {
                    changed = schema.values(value);
                }
                changed.put(f.name(), redacted);
            }
        }
        if (changed == null) {
            return value;
        }
        try {
            return schema.create(changed);
        } catch (ModelException e) {
            return null; // what is left is not a value of the model: it is left out whole
        }
    }

    @CheckForNull
    private static <T> T redactNested(ObjectSchema<T> schema, Object value, Walk walk) {
        return redactObject(schema, schema.javaType().cast(value), walk);
    }

    /** The list with each element redacted and those left out removed; itself when nothing changed. */
    private static List<?> redactEach(ObjectSchema<?> element, List<?> items, Walk walk) {
        List<Object> out = null;
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            Object redacted = redactNested(element, item, walk);
            if (redacted != item && out == null) {
                out = new ArrayList<>(items.subList(0, i));
            }
            if (out != null && redacted != null) {
                out.add(redacted);
            }
        }
        return out == null ? items : out;
    }
}
