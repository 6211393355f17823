package org.civicwatch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.civicwatch.model.Dataset;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.OptionException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;

/**
 * Where the registry, the facade and conversions call importers: the options are checked against the
 * importer's descriptor before anything is opened, so plugins need not check them.
 */
final class Readers {
    private Readers() {
    }

    /**
     * Refuses options the importer does not list.
     *
     * @throws OptionException naming the first unknown option and listing the valid ones
     */
    static void check(Importer importer, Options options) {
        options.requireOnly(importer.descriptor().id(), importer.descriptor().options());
    }

    /** Opens a reader over a file or folder, after {@link #check}. */
    static RecordReader open(Importer importer, Path path, Options options) throws IOException {
        check(importer, options);
        return importer.open(path, options);
    }

    /** Reads a whole file or folder, after {@link #check}. */
    static Dataset read(Importer importer, Path path, Options options) throws IOException {
        check(importer, options);
        return importer.read(path, options);
    }

    /** Reads a whole stream, which stays open, after {@link #check}. */
    static Dataset read(Importer importer, InputStream in, String sourceName, Options options) throws IOException {
        check(importer, options);
        return importer.read(in, sourceName, options);
    }
}
