package org.civicwatch.spi;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;

/** A reader that also closes the stream it was opened on, for readers over files the library opened. */
final class ClosingRecordReader implements RecordReader {
    private final RecordReader inner;
    private final Closeable owned;

    ClosingRecordReader(RecordReader inner, Closeable owned) {
        this.inner = inner;
        this.owned = owned;
    }

    @Override
    @CheckForNull
    public CivicRecord next() throws IOException {
        return inner.next();
    }

    @Override
    public DatasetInfo info() {
        return inner.info();
    }

    @Override
    public boolean infoComplete() {
        return inner.infoComplete();
    }

    @Override
    public Location location() {
        return inner.location();
    }

    @Override
    public List<Problem> problems() {
        return inner.problems();
    }

    @Override
    public void close() throws IOException {
        try (Closeable o = owned) {
            inner.close();
        }
    }
}
