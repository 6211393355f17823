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
    /** The generator over the output; a writer that rewinds its output replaces it ({@link #resume}). */
    JsonGenerator generator;
    private final OutputStream stream;
    private boolean closesStream;
    private boolean closed;

    private final boolean pretty;

    JsonWriting(OutputStream out, boolean pretty) {
        this.stream = out;
        this.pretty = pretty;
        this.generator = JsonMapping.writer(pretty).createGenerator(out, JsonEncoding.UTF8);
    }

    /**
     * Replaces the generator by one over the same stream that goes on as if it had written an object member
     * holding an array of {@code elements} values, and stood after the last of them: the state of a document's
     * generator inside one of its arrays, for a writer whose output was cut back to the end of that array's
     * elements. The old generator is dropped without being closed (it holds nothing unwritten once flushed).
     */
    final void resume(long elements) {
        generator = resumed(stream, pretty, elements);
    }

    /**
     * {@return a generator over {@code out} standing after {@code elements} values of an array that is an
     * object's member}, as a document's generator stands inside one of its arrays; the opening it writes to get
     * there does not reach {@code out}
     */
    static JsonGenerator resumed(OutputStream out, boolean pretty, long elements) {
        Gate gate = new Gate(out);
        JsonGenerator g = JsonMapping.writer(pretty).createGenerator(gate, JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeName("resumed");
        g.writeStartArray();
        if (elements > 0) {
            // Only whether the array holds values matters to what comes next: the separator, the indentation.
            g.writeNumber(0);
        }
        g.flush();
        gate.open = true;
        return g;
    }

    /** Passes bytes on once opened; drops them before. */
    private static final class Gate extends java.io.FilterOutputStream {
        boolean open;

        Gate(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (open) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (open) {
                out.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (open) {
                out.flush();
            }
        }

        @Override
        public void close() {
            // The stream is its owner's to close.
        }
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
