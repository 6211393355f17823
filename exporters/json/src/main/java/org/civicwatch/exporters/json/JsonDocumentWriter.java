package org.civicwatch.exporters.json;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.Map;
import javax.annotation.CheckForNull;
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
 * anything of it is written, so the output is never wrong, only cut short.
 *
 * <p>Records in any order (a conversion from JSON Lines or another format) go straight out too when the output
 * is a file, as long as they come grouped: the writer notes where each array's elements start and end. A record
 * whose array lies before the one being written moves what was written after that array into spool files, one
 * per type, cuts the file back to the end of the array and goes on there; the types moved wait in their spools
 * from then on, so no byte is moved twice. On a stream, which cannot be cut back, only incidents go straight
 * out, as a later incident could not follow another type's array, and the other types wait in spools from the
 * start. A spool holds the bytes the document will hold, written by a generator of the same layout standing
 * where the array's elements stand, so that at close they are copied into place as they are, never parsed
 * again, and deleted. Memory holds one record either way.
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
        final FileChannel channel;
        final Counting stream;
        final JsonGenerator generator;
        /** Where the elements start: after the opening the generator wrote first. */
        final long start;

        /** A spool of no records yet. */
        Spool(Path folder, String prefix, RecordType type, boolean pretty) throws IOException {
            this(folder, prefix, type, pretty, null, 0, 0, 0);
        }

        /**
         * A spool holding first the elements {@code from[begin, end)}, {@code elements} of them, that a
         * document's generator wrote (or none when {@code from} is null).
         */
        Spool(Path folder, String prefix, RecordType type, boolean pretty, @CheckForNull FileChannel from,
              long begin, long end, long elements) throws IOException {
            this.file = Files.createTempFile(folder, prefix + type.plural() + "-", ".spool");
            FileChannel opened = null;
            try {
                opened = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                this.channel = opened;
                this.stream = new Counting(new BufferedOutputStream(Channels.newOutputStream(opened), 1 << 16));
                if (from == null) {
                    this.generator = JsonMapping.writer(pretty).createGenerator(stream, JsonEncoding.UTF8);
                    generator.writeStartObject();
                    generator.writeName(DatasetTree.member(type));
                    generator.writeStartArray();
                    generator.flush();
                    this.start = stream.count;
                } else {
                    transfer(from, begin, end - begin, opened);
                    stream.count = end - begin;
                    this.generator = resumed(stream, pretty, elements);
                    this.start = 0;
                }
            } catch (IOException | RuntimeException e) {
                if (opened != null) {
                    opened.close();
                }
                Files.deleteIfExists(file);
                throw e;
            }
        }

        /**
         * Copies the elements to an output standing just after the array's {@code [}, with what the
         * layout puts before its {@code ]}; the caller then ends the array.
         */
        void copyTo(WritableByteChannel out) throws IOException {
            generator.writeEndArray();
            generator.flush();
            long closed = stream.count;
            // The elements, and the indentation before the ']' (the ']' itself is the caller's).
            transfer(channel, start, closed - 1 - start, out);
            release();
        }

        void release() throws IOException {
            try {
                generator.close();
                stream.close();
            } finally {
                try {
                    channel.close();
                } finally {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Copies {@code count} bytes of a file from {@code position} to where {@code to} stands. */
    private static void transfer(FileChannel from, long position, long count, WritableByteChannel to)
            throws IOException {
        long done = 0;
        while (done < count) {
            long n = from.transferTo(position + done, count - done, to);
            if (n <= 0) {
                // Nothing moved: copy a piece by hand, which also tells a file that ended early.
                java.nio.ByteBuffer piece = java.nio.ByteBuffer.allocate((int) Math.min(1 << 16, count - done));
                if (from.read(piece, position + done) <= 0) {
                    throw new IOException("a temporary file ended early: " + (count - done) + " bytes missing");
                }
                piece.flip();
                while (piece.hasRemaining()) {
                    to.write(piece);
                }
                n = piece.limit();
            }
            done += n;
        }
    }

    private final boolean ordered;
    private final boolean pretty;
    private final OutputStream out;
    /** The output file, when the writer may cut it back; null on a stream. */
    private final @CheckForNull FileChannel file;
    private final Path spoolFolder;
    private final String spoolPrefix;
    /** The index in {@link #TYPES} of the array being written; -1 before the first. */
    private int current = -1;
    /** The records waiting, by type; a type without any has none. Only types after {@link #current} have one. */
    private final Map<RecordType, Spool> waiting = new EnumMap<>(RecordType.class);
    /** For each type's array in the file: where its elements start and end, and how many there are. */
    private final long[] elementsStart = new long[TYPES.length];
    private final long[] elementsEnd = new long[TYPES.length];
    private final long[] elements = new long[TYPES.length];

    /**
     * @param ordered whether the records are sure to come in {@link org.civicwatch.model.Dataset#records()}
     *        order
     * @param file the file {@code out} writes to, at its position, with nothing buffered between, for the
     *        writer to cut back when records come out of order; null when {@code out} is a stream
     * @param spoolFolder where records that wait are kept: the output's folder
     * @param spoolPrefix how spool files start, to say whose they are ({@code .out.json.civicwatch-spool-})
     */
    JsonDocumentWriter(OutputStream out, DatasetInfo info, WriteSettings settings, boolean ordered,
                       @CheckForNull FileChannel file, Path spoolFolder, String spoolPrefix) {
        super(out, settings.pretty());
        this.ordered = ordered;
        this.pretty = settings.pretty();
        this.out = out;
        this.file = ordered ? null : file;
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
        if (ordered) {
            if (type < current) {
                throw new IllegalStateException("the " + record.recordType().singular() + " '" + record.id()
                        + "' cannot follow the " + TYPES[current].plural() + ": the records were declared grouped by"
                        + " type (incidents, then sightings, filings, news), as Dataset.records() and the option"
                        + " grouped=true declare them; write them without grouped=true to have the writer group them");
            }
        } else if (type < current && file != null) {
            cutBackTo(type);
        } else if (waitsFrom(type)) {
            Spool spool = waiting.get(record.recordType());
            if (spool == null) {
                spool = new Spool(spoolFolder, spoolPrefix, record.recordType(), pretty);
                waiting.put(record.recordType(), spool);
            }
            writeRecord(spool.generator, record);
            return;
        }
        openUpTo(type);
        writeRecord(generator, record);
        elements[type]++;
    }

    /**
     * Whether a record of a type at or after the array being written must wait: its own type or one between
     * waits already (its array is not yet written), or the output is a stream, where only incidents go
     * straight out.
     */
    private boolean waitsFrom(int type) {
        if (file == null) {
            return type > 0;
        }
        for (int t = Math.max(current + 1, 0); t <= type; t++) {
            if (waiting.containsKey(TYPES[t])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves the elements of the arrays after {@code type}'s, written straight so far, into spools, and cuts the
     * file back to the end of {@code type}'s elements, the generator standing there.
     */
    private void cutBackTo(int type) throws IOException {
        generator.flush();
        elementsEnd[current] = file.position();
        for (int t = type + 1; t <= current; t++) {
            if (elements[t] > 0) {
                waiting.put(TYPES[t], new Spool(spoolFolder, spoolPrefix, TYPES[t], pretty, file, elementsStart[t],
                        elementsEnd[t], elements[t]));
            }
        }
        file.truncate(elementsEnd[type]);
        file.position(elementsEnd[type]);
        resume(elements[type]);
        current = type;
    }

    /** Closes the array being written and writes every array up to {@code type}, empty ones included. */
    private void openUpTo(int type) throws IOException {
        while (current < type) {
            if (current >= 0) {
                if (file != null) {
                    generator.flush();
                    elementsEnd[current] = file.position();
                }
                generator.writeEndArray();
            }
            current++;
            generator.writeName(DatasetTree.member(TYPES[current]));
            generator.writeStartArray();
            if (file != null) {
                generator.flush();
                elementsStart[current] = file.position();
            }
        }
    }

    @Override
    void end() throws IOException {
        WritableByteChannel target = null;
        for (int type = 0; type < TYPES.length; type++) {
            openUpTo(type);
            Spool spool = waiting.remove(TYPES[type]);
            if (spool != null) {
                generator.flush();
                if (target == null) {
                    target = file != null ? file : Channels.newChannel(out);
                }
                spool.copyTo(target);
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
