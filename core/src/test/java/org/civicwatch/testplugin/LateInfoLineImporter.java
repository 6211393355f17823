package org.civicwatch.testplugin;

import java.io.IOException;
import java.io.InputStream;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.ForwardingRecordReader;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;

/**
 * The test line format read as if its info came at the end, like a JSON document holding its
 * {@code info} last: the info is empty, and not complete, until the last record has been read.
 */
public class LateInfoLineImporter implements Importer {

    @Override
    public FormatDescriptor descriptor() {
        return LineFormat.renamed("late", "late");
    }

    @Override
    public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
        return new ForwardingRecordReader(new LineImporter().open(in, sourceName, options)) {
            private boolean ended;

            @Override
            public CivicRecord next() throws IOException {
                CivicRecord r = super.next();
                ended = r == null;
                return r;
            }

            @Override
            public DatasetInfo info() {
                return ended ? super.info() : DatasetInfo.EMPTY;
            }

            @Override
            public boolean infoComplete() {
                return ended;
            }
        };
    }
}
