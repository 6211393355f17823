package org.civicwatch.exporters.json;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
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
 * <p>Records known to come in that order (a whole {@link org.civicwatch.model.Dataset} written, or declared
 * so by {@link JsonExporter#GROUPED}) go straight to the output; one that breaks the order is refused before
 * anything of it is written, so the output is never wrong, only cut short. Records in any order (a conversion from JSON Lines or another format) go
 * straight out only as incidents, as a later incident could not follow another type's array; the other types
 * wait, one record at a time, in a spool file per type beside the output: the bytes
 * the document will hold, written by a generator of the same layout standing where the array's elements
 * stand, so that at close they are copied into place as they are, never parsed again, and deleted. Memory
 * holds one record either way.
 */
final class JsonDocumentWriter extends JsonWriting {
    private static final RecordType[] TYPES = RecordType.values();

    /** Counts the bytes written through it, so that a spool knows where its elements start and end. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /**
     * The records of one type waiting for their array, as the array's elements will read in the document:
     * the spool's generator has opened an object and an array first, so it writes each element with the
     * separators and indentation it has in the document.
     */
    private static final class Spool {
        final Path file;
        final Counting stream;
        final JsonGenerator generator;
        /** Where the elements start: after the opening the generator wrote first. */
        final long start;

        Spool(Path folder, String prefix, RecordType type, boolean pretty) throws IOException {
            this.file = Files.createTempFile(folder, prefix + type.plural() + "-", ".spool");
            Counting opened = null;
            try {
                opened = new Counting(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
                this.generator = JsonMapping.writer(pretty).createGenerator(opened, JsonEncoding.UTF8);
                this.stream = opened;
                generator.writeStartObject();
                generator.writeName(DatasetTree.member(type));
                generator.writeStartArray();
                generator.flush();
                this.start = opened.count;
            } catch (IOException | RuntimeException e) {
                if (opened != null) {
                    opened.close();
                }
                Files.deleteIfExists(file);
                throw e;
            }
        }

        /**
         * Copies the elements into an output standing just after the array's {@code [}, with what the
         * layout puts before its {@code ]}; the caller then ends the array.
         */
        void copyTo(OutputStream out) throws IOException {
            generator.writeEndArray();
            generator.flush();
            long closed = stream.count;
            generator.close();
            stream.close();
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(start);
                byte[] buffer = new byte[1 << 16];
                // The elements, and the indentation before the ']' (the ']' itself is the caller's).
                long left = closed - 1 - start;
                while (left > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        throw new IOException("the spool file " + file + " ended early");
                    }
                    out.write(buffer, 0, n);
                    left -= n;
                }
            }
        }

        void release() throws IOException {
            try {
                generator.close();
                stream.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    private final boolean ordered;
    private final boolean pretty;
    private final OutputStream out;
    private final Path spoolFolder;
    private final String spoolPrefix;
    /** The index in {@link #TYPES} of the array being written; -1 before the first. */
    private int current = -1;
    /** The records waiting, by type; a type without any has none. */
    private final Map<RecordType, Spool> waiting = new EnumMap<>(RecordType.class);

    /**
     * @param ordered whether the records are sure to come in {@link org.civicwatch.model.Dataset#records()}
     *        order
     * @param spoolFolder where records that wait are kept: the output's folder
     * @param spoolPrefix how spool files start, to say whose they are ({@code .out.json.civicwatch-spool-})
     */
    JsonDocumentWriter(OutputStream out, DatasetInfo info, WriteSettings settings, boolean ordered, Path spoolFolder,
                       String spoolPrefix) {
        super(out, settings.pretty());
        this.ordered = ordered;
        this.pretty = settings.pretty();
        this.out = out;
        this.spoolFolder = spoolFolder;
        this.spoolPrefix = spoolPrefix;
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
            throw new IllegalStateException("the " + record.recordType().singular() + " '" + record.id()
                    + "' cannot follow the " + TYPES[current].plural() + ": the records were declared grouped by type"
                    + " (incidents, then sightings, filings, news), as Dataset.records() and the option grouped=true"
                    + " declare them; write them without grouped=true to have the writer group them");
        }
        if (ordered || type == 0) {
            openUpTo(type);
            writeRecord(generator, record);
        } else {
            Spool spool = waiting.get(record.recordType());
            if (spool == null) {
                spool = new Spool(spoolFolder, spoolPrefix, record.recordType(), pretty);
                waiting.put(record.recordType(), spool);
            }
            writeRecord(spool.generator, record);
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
                generator.flush();
                spool.copyTo(out);
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
                spool.release();
            } catch (IOException | RuntimeException e) {
                failure = failure == null ? new IOException("cannot close a temporary file", e) : failure;
            }
        }
        waiting.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
