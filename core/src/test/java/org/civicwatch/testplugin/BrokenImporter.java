package org.civicwatch.testplugin;

import java.io.InputStream;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;

/** A provider whose constructor fails, as a plugin with a missing dependency would. */
public class BrokenImporter implements Importer {

    public BrokenImporter() {
        throw new IllegalStateException("the spreadsheet library is missing");
    }

    @Override
    public FormatDescriptor descriptor() {
        throw new UnsupportedOperationException();
    }

    @Override
    public RecordReader open(InputStream in, String sourceName, Options options) {
        throw new UnsupportedOperationException();
    }
}
