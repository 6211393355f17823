package org.civicwatch.exporters.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.civicwatch.json.JsonFormat;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;

/**
 * Writes a civicwatch JSON document ({@link JsonFormat}, format {@code json}): {@code civicwatch} and
 * {@code info} first, then the four arrays in {@link org.civicwatch.model.RecordType} order, each record
 * in field catalog order.
 *
 * <p>A writer from {@link #open} takes records in any order, one in memory at a time. As the document
 * groups records by type, records that cannot yet go in their array wait in spool files until
 * {@link RecordWriter#close()} copies them into place and deletes them. On a file
 * ({@link #open(Path, DatasetInfo, Options)}) records go straight out as long as they come grouped; a record
 * that comes after its array moves the arrays written after it into spools beside the output (named
 * {@code .<output name>.civicwatch-spool-<type>-<random>.spool}), once. On a stream every type but incidents
 * waits, in {@code java.io.tmpdir}. Writing a whole {@link Dataset} needs no spool: its records come grouped.
 */
public final class JsonExporter implements Exporter {
    /** Indent by two spaces, one member a line (the default), or write everything on one line. */
    public static final Option<Boolean> PRETTY = Option.bool("pretty", true,
            "Indent by two spaces, one member a line; false writes the document on one line.");

    /**
     * Declares the records grouped by type in the document's order, as a sorted stream or a converted
     * document of civicwatch's own gives them: written straight to the output with no temporary file, and a
     * record out of that order stops the writing with an error naming it.
     */
    public static final Option<Boolean> GROUPED = Option.bool("grouped", false,
            "The records come grouped by type (incidents, then sightings, filings, news): written straight"
            + " through with no temporary files; a record out of that order is an error.");

    private static final FormatDescriptor DESCRIPTOR = JsonFormat.documentDescriptor(List.of(PRETTY, GROUPED));

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** False: a writer from {@link #open} groups the records itself, in temporary files of its own. */
    @Override
    public boolean needsRecordsGrouped() {
        return false;
    }

    /** False: the info is written first, so a writer needs it complete when opened. */
    @Override
    public boolean takesLateInfo() {
        return false;
    }

    @Override
    public RecordWriter open(OutputStream out, DatasetInfo info, Options options) {
        return open(out, info, options, options.require(GROUPED));
    }

    /** Spools beside the file, so that a large conversion needs no room in the system's temporary folder. */
    @Override
    public RecordWriter open(Path path, DatasetInfo info, Options options) throws IOException {
        FileChannel file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE, StandardOpenOption.READ);
        OutputStream out = Channels.newOutputStream(file);
        try {
            JsonDocumentWriter writer = new JsonDocumentWriter(out, info, new WriteSettings(options.require(PRETTY)),
                    options.require(GROUPED), file, path.toAbsolutePath().getParent(),
                    "." + path.getFileName() + ".civicwatch-spool-");
            writer.closeStreamAtEnd();
            return writer;
        } catch (RuntimeException e) {
            out.close();
            throw e;
        }
    }

    private static RecordWriter open(OutputStream out, DatasetInfo info, Options options, boolean ordered) {
        return new JsonDocumentWriter(out, info, new WriteSettings(options.require(PRETTY)), ordered, null,
                Path.of(System.getProperty("java.io.tmpdir")), "civicwatch-spool-");
    }

    @Override
    public void write(Dataset dataset, OutputStream out, Options options) throws IOException {
        try (RecordWriter writer = open(out, dataset.info(), options, true)) {
            Exporter.writeAll(dataset, writer);
        }
    }

    @Override
    public void write(Dataset dataset, Path path, Options options) throws IOException {
        try (OutputStream out = Files.newOutputStream(path)) {
            write(dataset, out, options);
        }
    }
}
