package org.civicwatch.spi;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;

/**
 * A reader that passes every call to another: extend it to change one answer (count the records, close
 * one more stream) and inherit the rest, including methods added to {@link RecordReader} later.
 *
 * <pre>{@code
 * RecordReader counted = new ForwardingRecordReader(reader) {
 *     public CivicRecord next() throws IOException {
 *         CivicRecord r = super.next();
 *         if (r != null) count++;
 *         return r;
 *     }
 * };
 * }</pre>
 */
public class ForwardingRecordReader implements RecordReader {
    private final RecordReader inner;

    /**
     * Forwards to a reader.
     *
     * @param inner the reader every call goes to
     */
    public ForwardingRecordReader(RecordReader inner) {
        this.inner = java.util.Objects.requireNonNull(inner, "inner");
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
    public Map<String, Long> tallies() {
        return inner.tallies();
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
