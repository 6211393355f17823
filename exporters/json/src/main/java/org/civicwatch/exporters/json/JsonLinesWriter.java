package org.civicwatch.exporters.json;

import java.io.OutputStream;
import java.util.Map;
import org.civicwatch.catalog.DatasetTree;
import org.civicwatch.json.JsonFormat;
import org.civicwatch.json.JsonTrees;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;

/**
 * Streams JSON Lines: the info line (its type, then core's {@link DatasetTree#head} and that an end line
 * follows), then a line a record, then the end line counting them, so that a reader can tell a file cut short.
 */
final class JsonLinesWriter extends JsonWriting {
    private long records;

    JsonLinesWriter(OutputStream out, DatasetInfo info) {
        super(out, false);
        generator.writeStartObject();
        generator.writeName(JsonFormat.TYPE_MEMBER);
        generator.writeString(JsonFormat.INFO_TYPE);
        for (Map.Entry<String, Object> member : DatasetTree.head(info).entrySet()) {
            generator.writeName(member.getKey());
            JsonTrees.write(generator, member.getValue());
            if (member.getKey().equals(JsonFormat.VERSION_MEMBER)) {
                generator.writeName(JsonFormat.TRAILER_MEMBER);
                generator.writeBoolean(true);
            }
        }
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
        records++;
    }

    @Override
    void end() {
        generator.writeStartObject();
        generator.writeName(JsonFormat.TYPE_MEMBER);
        generator.writeString(JsonFormat.END_TYPE);
        generator.writeName(JsonFormat.RECORDS_MEMBER);
        generator.writeNumber(records);
        generator.writeEndObject();
        generator.writeRaw('\n');
        generator.flush();
    }
}
