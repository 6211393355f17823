package org.civicwatch.exporters.json;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.civicwatch.catalog.DatasetTree;
import org.civicwatch.json.JsonMapping;
import org.civicwatch.json.JsonTrees;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.RecordType;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;

/**
 * Streams a document, core's {@link DatasetTree} as JSON, which groups records by type: incidents, then
 * sightings, filings and news.
 *
 * <p>Records known to come in that order (a whole {@link org.civicwatch.model.Dataset} written) go
 * straight to the output. Records in any order (a conversion from JSON Lines or another format) go
 * straight out only as incidents; the other types wait, one record at a time, in a temporary file per
 * type, copied into place at close and then deleted. Memory holds one record either way.
 */
final class JsonDocumentWriter extends JsonWriting {
    private static final RecordType[] TYPES = RecordType.values();

    /** The records of one type waiting for their array: a temporary file, compact JSON, a record a line. */
    private static final class Spool {
        final Path file;
        final OutputStream stream;
        final JsonGenerator generator;

        Spool(RecordType type) throws IOException {
            this.file = Files.createTempFile("civicwatch-" + type.plural() + "-", ".jsonl");
            OutputStream opened = null;
            try {
                opened = new BufferedOutputStream(Files.newOutputStream(file));
                this.generator = JsonMapping.writer(false).createGenerator(opened, JsonEncoding.UTF8);
                this.stream = opened;
            } catch (IOException | RuntimeException e) {
                if (opened != null) {
                    opened.close();
                }
                Files.deleteIfExists(file);
                throw e;
            }
        }

        /** Ends the file, for reading back. */
        void finish() throws IOException {
            generator.close();
            stream.close();
        }
    }

    private final boolean ordered;
    /** The index in {@link #TYPES} of the array being written; -1 before the first. */
    private int current = -1;
    /** The records waiting, by type; a type without any has none. */
    private final Map<RecordType, Spool> waiting = new EnumMap<>(RecordType.class);

    /**
     * @param ordered whether the records are sure to come in {@link org.civicwatch.model.Dataset#records()}
     *        order
     */
    JsonDocumentWriter(OutputStream out, DatasetInfo info, WriteSettings settings, boolean ordered) {
        super(out, settings.pretty());
        this.ordered = ordered;
        generator.writeStartObject();
        for (Map.Entry<String, Object> member : DatasetTree.head(info).entrySet()) {
            generator.writeName(member.getKey());
            JsonTrees.write(generator, member.getValue());
        }
    }

    @Override
    void append(CivicRecord record) throws IOException {
        int type = record.recordType().ordinal();
        if (ordered && type < current) {
            throw new IllegalStateException("a " + record.recordType().singular() + " ('" + record.id()
                    + "') cannot follow the " + TYPES[current].plural() + ": Dataset.records() groups records by type");
        }
        if (ordered || type == 0) {
            openUpTo(type);
            writeRecord(generator, record);
        } else {
            Spool spool = waiting.get(record.recordType());
            if (spool == null) {
                spool = new Spool(record.recordType());
                waiting.put(record.recordType(), spool);
            }
            writeRecord(spool.generator, record);
            spool.generator.writeRaw('\n');
        }
    }

    /** Closes the array being written and writes every array up to {@code type}, empty ones included. */
    private void openUpTo(int type) {
        while (current < type) {
            if (current >= 0) {
                generator.writeEndArray();
            }
            current++;
            generator.writeName(DatasetTree.member(TYPES[current]));
            generator.writeStartArray();
        }
    }

    @Override
    void end() throws IOException {
        for (int type = 0; type < TYPES.length; type++) {
            openUpTo(type);
            Spool spool = waiting.get(TYPES[type]);
            if (spool != null) {
                spool.finish();
                try (InputStream in = Files.newInputStream(spool.file)) {
                    JsonMapping.copyOwnOutput(in, generator);
                }
            }
        }
        generator.writeEndArray();
        generator.writeEndObject();
        generator.writeRaw('\n');
    }

    @Override
    void release() throws IOException {
        IOException failure = null;
        for (Spool spool : waiting.values()) {
            try {
                spool.finish();
            } catch (IOException | RuntimeException e) {
                failure = failure == null ? new IOException("cannot close a temporary file", e) : failure;
            } finally {
                Files.deleteIfExists(spool.file);
            }
        }
        waiting.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
