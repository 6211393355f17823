package org.civicwatch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.civicwatch.internal.AtomicFiles;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.OptionException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;

/**
 * The one place where the registry, the facade and conversions call exporters: every dataset written and
 * every writer opened passes here, after the options have been checked against the exporter's
 * descriptor. What should happen to everything written (a transform applied to each dataset and record
 * on its way out) belongs here.
 */
final class Writers {
    private Writers() {
    }

    /**
     * Refuses options the exporter does not list.
     *
     * @throws OptionException naming the first unknown option and listing the valid ones
     */
    static void check(Exporter exporter, Options options) {
        options.requireOnly(exporter.descriptor().id(), exporter.descriptor().options());
    }

    /** Opens a writer on a file or folder (a temporary one: the caller moves it into place), after {@link #check}. */
    static RecordWriter open(Exporter exporter, Path path, DatasetInfo info, Options options) throws IOException {
        check(exporter, options);
        return exporter.open(path, info, options);
    }

    /**
     * Writes a whole dataset to a file or folder that appears only when complete, after {@link #check}.
     */
    static void write(Exporter exporter, Dataset dataset, Path path, Options options) throws IOException {
        check(exporter, options);
        AtomicFiles.replace(path, temporary -> exporter.write(dataset, temporary, options));
    }

    /** Writes a whole dataset to a stream, which stays open, after {@link #check}. */
    static void write(Exporter exporter, Dataset dataset, OutputStream out, Options options) throws IOException {
        check(exporter, options);
        exporter.write(dataset, out, options);
    }
}
