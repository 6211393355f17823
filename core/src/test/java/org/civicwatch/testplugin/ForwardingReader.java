package org.civicwatch.testplugin;

import java.io.IOException;
import java.util.List;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.RecordReader;

/** A reader that passes every call to another, for test readers that change one answer. */
public class ForwardingReader implements RecordReader {
    private final RecordReader inner;

    public ForwardingReader(RecordReader inner) {
        this.inner = inner;
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
        inner.close();
    }
}
