package org.civicwatch.exporters.json;

import java.io.IOException;
import java.io.OutputStream;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.json.JsonMapping;
import org.civicwatch.json.RecordCodec;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.spi.RecordWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;

/** What both JSON writers share: the generator over the caller's stream, and closing once. */
abstract class JsonWriting implements RecordWriter {
    final JsonGenerator generator;
    private final OutputStream stream;
    private boolean closesStream;
    private boolean closed;

    JsonWriting(OutputStream out, boolean pretty) {
        this.stream = out;
        this.generator = JsonMapping.writer(pretty).createGenerator(out, JsonEncoding.UTF8);
    }

    /** Makes {@link #close} close the stream too: the writer opened it on a file. */
    final void closeStreamAtEnd() {
        closesStream = true;
    }

    /** Writes the record as its catalog tree, straight to the generator ({@link RecordCodec}). */
    static void writeRecord(JsonGenerator g, CivicRecord record) {
        RecordCodec.of(FieldCatalog.schemaOf(record)).write(g, record);
    }

    @Override
    public final void write(CivicRecord record) throws IOException {
        if (closed) {
            throw new IllegalStateException("the writer is closed");
        }
        try {
            append(record);
        } catch (JacksonException e) {
            throw failure(e);
        }
    }

    abstract void append(CivicRecord record) throws IOException;

    /** Ends the output (closing brackets). */
    abstract void end() throws IOException;

    /** Lets go of what the writer holds besides the output (temporary files), whether it ended well or not. */
    void release() throws IOException {
    }

    @Override
    public final void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            end();
            generator.close();
        } catch (JacksonException e) {
            throw failure(e);
        } finally {
            try {
                release();
            } finally {
                if (closesStream) {
                    stream.close();
                }
            }
        }
    }

    /** The stream's own failure, unwrapped; anything else from Jackson as an I/O failure. */
    static IOException failure(JacksonException e) {
        return e.getCause() instanceof IOException io ? io : new IOException("cannot write JSON: "
                + e.getOriginalMessage(), e);
    }
}
