package org.civicwatch.exporters.json;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.importers.json.JsonFormat;
import org.civicwatch.importers.json.internal.Jackson;
import org.civicwatch.importers.json.internal.TreeWriter;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.RecordType;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Streams a document, which groups records by type: incidents, then sightings, filings and news.
 *
 * <p>Records known to come in that order (a whole {@link org.civicwatch.model.Dataset} written) go
 * straight to the output. Records in any order (a conversion from JSON Lines or another format) go
 * straight out only as incidents; the other types wait, one record at a time, in a temporary file per
 * type, copied into place at close and then deleted. Memory holds one record either way.
 */
final class JsonDocumentWriter extends JsonWriting {
    private static final RecordType[] TYPES = RecordType.values();

    private final boolean ordered;
    /** The index in {@link #TYPES} of the array being written; -1 before the first. */
    private int current = -1;
    /** Per type, the temporary file holding its records as compact JSON, a record a line; null if none. */
    private final @CheckForNull Path[] waitingFiles = new Path[TYPES.length];
    private final @CheckForNull OutputStream[] waitingStreams = new OutputStream[TYPES.length];
    private final @CheckForNull JsonGenerator[] waiting = new JsonGenerator[TYPES.length];

    /**
     * @param ordered whether the records are sure to come in {@link org.civicwatch.model.Dataset#records()}
     *        order
     */
    JsonDocumentWriter(OutputStream out, DatasetInfo info, boolean pretty, boolean ordered) {
        super(out, pretty);
        this.ordered = ordered;
        generator.writeStartObject();
        generator.writeName(JsonFormat.VERSION_MEMBER);
        generator.writeString(JsonFormat.VERSION);
        generator.writeName(JsonFormat.INFO_MEMBER);
        TreeWriter.write(generator, FieldCatalog.DATASET_INFO.toTree(info));
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
            JsonGenerator g = waiting(type);
            writeRecord(g, record);
            g.writeRaw('\n');
        }
    }

    private JsonGenerator waiting(int type) throws IOException {
        if (waiting[type] == null) {
            Path file = Files.createTempFile("civicwatch-" + TYPES[type].plural() + "-", ".jsonl");
            waitingFiles[type] = file;
            waitingStreams[type] = new BufferedOutputStream(Files.newOutputStream(file));
            waiting[type] = Jackson.writer(false).createGenerator(waitingStreams[type], JsonEncoding.UTF8);
        }
        return waiting[type];
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
    void end() throws IOException {
        for (int type = 0; type < TYPES.length; type++) {
            openUpTo(type);
            if (waiting[type] != null) {
                waiting[type].close();
                waitingStreams[type].close();
                try (InputStream in = Files.newInputStream(waitingFiles[type]);
                     JsonParser p = Jackson.trusted().createParser(in)) {
                    while (p.nextToken() != null) {
                        generator.copyCurrentStructureExact(p);
                    }
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
        for (int type = 0; type < TYPES.length; type++) {
            if (waitingFiles[type] != null) {
                try (OutputStream out = waitingStreams[type]) {
                    waiting[type].close();
                } catch (IOException | RuntimeException e) {
                    failure = failure == null ? new IOException("cannot close a temporary file", e) : failure;
                } finally {
                    Files.deleteIfExists(waitingFiles[type]);
                    waitingFiles[type] = null;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
