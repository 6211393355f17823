package org.civicwatch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicwatch.internal.AtomicFiles;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.redaction.Redaction;
import org.civicwatch.redaction.Redactor;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.OptionException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.spi.StandardOptions;

/**
 * The one place where the registry, the facade and conversions call exporters: every dataset written and
 * every writer opened passes here, after the options have been checked against the exporter's
 * descriptor, and is redacted as {@link StandardOptions#REDACT} asks for every exporter that does not
 * list that option to honour it itself.
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
        FormatDescriptor d = exporter.descriptor();
        List<Option<?>> accepted = new ArrayList<>(d.options());
        // The standard writing options are the registry's to honour, so every exporter takes them.
        StandardOptions.WRITING.stream().filter(o -> !accepted.contains(o)).forEach(accepted::add);
        options.requireOnly(d.id(), accepted);
    }

    /**
     * What the registry leaves out before the exporter sees the records: nothing when the exporter lists
     * {@link StandardOptions#REDACT} itself (it honours the option, as the blog HTML page does to count
     * the names it leaves out), else what the option asks.
     */
    private static Redaction redaction(Exporter exporter, Options options) {
        FormatDescriptor d = exporter.descriptor();
        return d.options().contains(StandardOptions.REDACT) ? Redaction.none() : Redaction.from(options, d);
    }

    /** Opens a writer on a file or folder (a temporary one: the caller moves it into place), after {@link #check}. */
    static RecordWriter open(Exporter exporter, Path path, DatasetInfo info, Options options) throws IOException {
        check(exporter, options);
        Redaction r = redaction(exporter, options);
        return Redactor.redacting(exporter.open(path, Redactor.redact(info, r), options), r);
    }

    /**
     * Writes a whole dataset to a file or folder that appears only when complete, after {@link #check}.
     */
    static void write(Exporter exporter, Dataset dataset, Path path, Options options) throws IOException {
        check(exporter, options);
        Dataset redacted = Redactor.redact(dataset, redaction(exporter, options));
        AtomicFiles.replace(path, temporary -> exporter.write(redacted, temporary, options));
    }

    /** Writes a whole dataset to a stream, which stays open, after {@link #check}. */
    static void write(Exporter exporter, Dataset dataset, OutputStream out, Options options) throws IOException {
        check(exporter, options);
        exporter.write(Redactor.redact(dataset, redaction(exporter, options)), out, options);
    }
}
