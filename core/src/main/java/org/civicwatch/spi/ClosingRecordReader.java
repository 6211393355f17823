package org.civicwatch.spi;

import java.io.Closeable;
import java.io.IOException;

/** A reader that also closes the stream it was opened on, for readers over files the library opened. */
final class ClosingRecordReader extends ForwardingRecordReader {
    private final Closeable owned;

    ClosingRecordReader(RecordReader inner, Closeable owned) {
        super(inner);
        this.owned = owned;
    }

    @Override
    public void close() throws IOException {
        try (Closeable o = owned) {
            super.close();
        }
    }
}
