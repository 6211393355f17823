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
     * {@return whether the writers of {@link #open} need the records grouped by type, in
     * {@link org.civicwatch.model.RecordType} order (all incidents, then sightings, filings, news)}
     *
     * <p>The default, false, says they take records in any order. An exporter returning true gets them
     * grouped from the registry: a conversion passes incidents straight through and holds back the other
     * types in temporary files until the input has ended, and {@link Dataset#records()} is grouped
     * already. A writer that can group records itself more cheaply (the JSON document writer does, in
     * temporary files of its own format) keeps the default.
     */
    default boolean needsRecordsGrouped() {
        return false;
    }

    /**
     * {@return whether the writers of {@link #open} take the dataset info after the records, through
     * {@link RecordWriter#lateInfo(DatasetInfo)}}
     *
     * <p>The default, false, is for writers that put the info first: a conversion then opens the writer
     * only when the input's info is complete ({@link RecordReader#infoComplete()}). A writer that writes
     * everything at close (a page built from all records) returns true, so it can be opened at once.
     */
    default boolean takesLateInfo() {
        return false;
    }

    /**
     * Opens a writer on a stream the caller owns: closing the writer finishes and flushes the output
     * but does not close the stream.
     *
     * @param out the output
     * @param info the dataset info, written first where the format has a place for it
     * @param options options from {@link #descriptor()}; the registry has refused any other before calling
     * @return the writer
     * @throws OptionException for an option value this format cannot use
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
     * @param options options from {@link #descriptor()}; the registry has refused any other before calling
     * @return the writer
     * @throws OptionException for an option value this format cannot use
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
                public void lateInfo(DatasetInfo complete) throws IOException {
                    inner.lateInfo(complete);
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

    /**
     * Whether each output holds the records of one type only, and no dataset info: a single CSV file of
     * sightings, say. The type comes from the first record or an option of the format. Conversions and
     * the conformance check then write one output per record type. The default, false, is for formats
     * that hold a whole dataset.
     *
     * @return true for a format of one record type per output
     */
    default boolean holdsOneRecordType() {
        return false;
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
            Cancellation.check("writing records");
            writer.write(it.next());
        }
    }
}
