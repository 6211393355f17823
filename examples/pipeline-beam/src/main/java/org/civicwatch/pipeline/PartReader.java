package org.civicwatch.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.ForwardingRecordReader;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.RecordReader;

/**
 * The reader of one part of an input, telling locations as the whole input's reader would: lines are
 * moved by the line the part starts on, and in a format without lines (a web archive) the byte offsets
 * that sources and messages name are moved by the part's first byte. Record indexes count from the part's start, so past the first part
 * they are left out (0, unknown) rather than wrong. Closing it closes the reader and then the input.
 */
public final class PartReader extends ForwardingRecordReader {
    private static final Pattern BYTE_OFFSET = Pattern.compile("byte offset (\\d+)");
    private final long linesBefore;
    private final long bytesBefore;
    private final boolean first;
    private final Closeable input;

    /**
     * Reads a part.
     *
     * @param reader the format's reader over the part's bytes
     * @param part the part
     * @param input what to close after the reader (the opened file)
     */
    public PartReader(RecordReader reader, Split part, Closeable input) {
        super(reader);
        this.linesBefore = Math.max(0, part.firstLine() - 1);
        this.bytesBefore = part.firstLine() == 0 ? part.start() : 0;
        this.first = part.part() == 0;
        this.input = input;
    }

    @Override
    @CheckForNull
    public CivicRecord next() throws IOException {
        try {
            return super.next();
        } catch (DataException e) {
            throw new DataException(inInput(e.location()), inInput(e.detail()), e);
        }
    }

    @Override
    public Location location() {
        return inInput(super.location());
    }

    @Override
    public List<Problem> problems() {
        return super.problems().stream().map(p -> new Problem(inInput(p.location()), inInput(p.message()), p.rejected())).toList();
    }

    /** {@return a location in the part as a location in the input} */
    Location inInput(Location inPart) {
        if (first) {
            return inPart;
        }
        long line = inPart.line() == 0 ? 0 : inPart.line() + linesBefore;
        return new Location(inInput(inPart.source()), line, inPart.column(), 0, inPart.field());
    }

    /** {@return a text naming byte offsets in the part as naming those in the input} */
    String inInput(String inPart) {
        if (bytesBefore == 0) {
            return inPart;
        }
        return BYTE_OFFSET.matcher(inPart).replaceAll(m -> "byte offset " + (Long.parseLong(m.group(1)) + bytesBefore));
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            input.close();
        }
    }
}
