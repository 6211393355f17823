package org.civicwatch.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;

/**
 * Writes a format: a service found by {@link java.util.ServiceLoader}. See the
 * {@linkplain org.civicwatch.spi package documentation} for how to write one.
 */
public interface Exporter {

    /** {@return what format this writes and which options it accepts} */
    FormatDescriptor descriptor();

    /**
     * Opens a writer on a stream the caller owns: closing the writer finishes and flushes the output
     * but does not close the stream.
     *
     * @param out the output
     * @param info the dataset info, written first where the format has a place for it
     * @param options options from {@link #descriptor()}
     * @return the writer
     * @throws OptionException for options this format does not accept
     * @throws IOException if the output cannot be written
     */
    RecordWriter open(OutputStream out, DatasetInfo info, Options options) throws IOException;

    /**
     * Opens a writer on a file (created or replaced); closing the writer closes the file. Formats whose
     * output is a folder (a CSV data package) override this. The facade calls it on a temporary path
     * and moves the result into place only when writing succeeded.
     *
     * @param path the file to write
     * @param info the dataset info, written first where the format has a place for it
     * @param options options from {@link #descriptor()}
     * @return the writer
     * @throws OptionException for options this format does not accept
     * @throws IOException if the file cannot be created or written
     */
    default RecordWriter open(Path path, DatasetInfo info, Options options) throws IOException {
        OutputStream out = Files.newOutputStream(path);
        try {
            RecordWriter inner = open(out, info, options);
            return new RecordWriter() {
                @Override
                public void write(CivicRecord record) throws IOException {
                    inner.write(record);
                }

                @Override
                public void close() throws IOException {
                    try (OutputStream o = out) {
                        inner.close();
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** {@return whether this exporter writes folders ({@link #open(Path, DatasetInfo, Options)} makes a directory)} */
    default boolean writesDirectories() {
        return false;
    }

    /**
     * Writes a whole dataset to a stream, which stays open.
     *
     * @param dataset what to write
     * @param out the output
     * @param options options from {@link #descriptor()}
     * @throws IOException if the output cannot be written
     */
    default void write(Dataset dataset, OutputStream out, Options options) throws IOException {
        try (RecordWriter writer = open(out, dataset.info(), options)) {
            writeAll(dataset, writer);
        }
    }

    /**
     * Writes a whole dataset to a file, directly (the facade adds the temporary file and the move).
     *
     * @param dataset what to write
     * @param path the file, or folder for a format that writes folders
     * @param options options from {@link #descriptor()}
     * @throws IOException if the output cannot be written
     */
    default void write(Dataset dataset, Path path, Options options) throws IOException {
        try (RecordWriter writer = open(path, dataset.info(), options)) {
            writeAll(dataset, writer);
        }
    }

    /**
     * Writes every record of a dataset, in {@link Dataset#records()} order.
     *
     * @param dataset the records to write
     * @param writer the writer, left open
     * @throws IOException if the output cannot be written
     */
    static void writeAll(Dataset dataset, RecordWriter writer) throws IOException {
        for (Iterator<CivicRecord> it = dataset.records().iterator(); it.hasNext(); ) {
            writer.write(it.next());
        }
    }
}
