package org.civicwatch.exporters.json;

import java.io.OutputStream;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.importers.json.JsonFormat;
import org.civicwatch.importers.json.internal.TreeWriter;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.RecordType;

/** Streams a document: each array opened when its first record (or a later type's) arrives. */
final class JsonDocumentWriter extends JsonWriting {
    private static final RecordType[] TYPES = RecordType.values();

    /** The index in {@link #TYPES} of the array being written; -1 before the first. */
    private int current = -1;

    JsonDocumentWriter(OutputStream out, DatasetInfo info, boolean pretty) {
        super(out, pretty);
        generator.writeStartObject();
        generator.writeName(JsonFormat.VERSION_MEMBER);
        generator.writeString(JsonFormat.VERSION);
        generator.writeName(JsonFormat.INFO_MEMBER);
        TreeWriter.write(generator, FieldCatalog.DATASET_INFO.toTree(info));
    }

    @Override
    void append(CivicRecord record) {
        int type = record.recordType().ordinal();
        if (type < current) {
            throw new IllegalStateException("a " + record.recordType().singular() + " ('" + record.id()
                    + "') cannot follow the " + TYPES[current].plural() + ": a JSON document groups records by type;"
                    + " write them in Dataset.records() order (incidents, sightings, filings, news)");
        }
        openUpTo(type);
        writeRecord(generator, record);
    }

    /** Closes the array being written and writes every array up to {@code type}, empty ones included. */
    private void openUpTo(int type) {
        while (current < type) {
            if (current >= 0) {
                generator.writeEndArray();
            }
            current++;
            generator.writeName(TYPES[current].plural());
            generator.writeStartArray();
        }
    }

    @Override
    void end() {
        openUpTo(TYPES.length - 1);
        generator.writeEndArray();
        generator.writeEndObject();
        generator.writeRaw('\n');
    }
}
