package org.civicwatch.exporters.json;

import java.io.OutputStream;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.importers.json.JsonFormat;
import org.civicwatch.importers.json.internal.TreeWriter;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;

/** Streams JSON Lines: the info line, then a line a record. */
final class JsonLinesWriter extends JsonWriting {

    JsonLinesWriter(OutputStream out, DatasetInfo info) {
        super(out, false);
        generator.writeStartObject();
        generator.writeName(JsonFormat.TYPE_MEMBER);
        generator.writeString(JsonFormat.INFO_TYPE);
        generator.writeName(JsonFormat.VERSION_MEMBER);
        generator.writeString(JsonFormat.VERSION);
        generator.writeName(JsonFormat.INFO_MEMBER);
        TreeWriter.write(generator, FieldCatalog.DATASET_INFO.toTree(info));
        generator.writeEndObject();
        generator.writeRaw('\n');
    }

    @Override
    void append(CivicRecord record) {
        generator.writeStartObject();
        generator.writeName(JsonFormat.TYPE_MEMBER);
        generator.writeString(record.recordType().singular());
        generator.writeName(JsonFormat.RECORD_MEMBER);
        writeRecord(generator, record);
        generator.writeEndObject();
        generator.writeRaw('\n');
    }

    @Override
    void end() {
        generator.flush();
    }
}
