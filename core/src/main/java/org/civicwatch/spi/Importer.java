package org.civicwatch.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;

/**
 * Reads a format: a service found by {@link java.util.ServiceLoader}. See the
 * {@linkplain org.civicwatch.spi package documentation} for how to write one.
 */
public interface Importer {

    /** {@return what format this reads and which options it accepts (include {@link StandardOptions#READING})} */
    FormatDescriptor descriptor();

    /**
     * How strongly this format recognises an input from its first bytes (up to 8 KiB) and its name.
     * By default, {@link Detection#WEAK} when the name has one of the descriptor's extensions.
     *
     * @param head the first bytes of the input (fewer for a short input)
     * @param fileName the file name, or null for a stream
     * @return how strongly it recognises the input
     */
    default Detection detect(byte[] head, @CheckForNull String fileName) {
        return fileName != null && descriptor().matchesFileName(fileName) ? Detection.WEAK : Detection.NONE;
    }

    /**
     * Opens a reader over a stream the caller owns: closing the reader does not close the stream.
     *
     * @param in the input
     * @param sourceName the name used in error locations (a file name)
     * @param options options from {@link #descriptor()}; the registry has refused any other before calling
     * @return the reader
     * @throws OptionException for an option value this format cannot use
     * @throws IOException if the input cannot be read
     */
    RecordReader open(InputStream in, String sourceName, Options options) throws IOException;

    /**
     * Opens a reader over a file; closing the reader closes the file. Formats whose input is a folder
     * (a CSV data package) override this.
     *
     * @param path the file to read
     * @param options options from {@link #descriptor()}; the registry has refused any other before calling
     * @return the reader, which names the file in error locations
     * @throws OptionException for an option value this format cannot use
     * @throws IOException if the file cannot be opened or read
     */
    default RecordReader open(Path path, Options options) throws IOException {
        InputStream in = Files.newInputStream(path);
        try {
            RecordReader inner = open(in, path.getFileName() == null ? path.toString() : path.getFileName().toString(),
                    options);
            return new ClosingRecordReader(inner, in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** {@return whether this importer reads folders ({@link #open(Path, Options)} with a directory)} */
    default boolean readsDirectories() {
        return false;
    }

    /**
     * Reads a whole stream into a dataset; the stream stays open.
     *
     * @param in the input
     * @param sourceName the name used in error locations (a file name)
     * @param options options from {@link #descriptor()}
     * @return the dataset
     * @throws DataException for bad input
     * @throws IOException if the input cannot be read
     */
    default Dataset read(InputStream in, String sourceName, Options options) throws IOException {
        try (RecordReader reader = open(in, sourceName, options)) {
            return readAll(reader);
        }
    }

    /**
     * Reads a whole file into a dataset.
     *
     * @param path the file, or folder for a format that reads folders
     * @param options options from {@link #descriptor()}
     * @return the dataset
     * @throws DataException for bad input
     * @throws IOException if the input cannot be read
     */
    default Dataset read(Path path, Options options) throws IOException {
        try (RecordReader reader = open(path, options)) {
            return readAll(reader);
        }
    }

    /**
     * Drains a reader into a dataset, with the info it has read by the end.
     *
     * @param reader the reader, left open
     * @return the dataset
     * @throws DataException for bad input
     * @throws IOException if the input cannot be read
     */
    static Dataset readAll(RecordReader reader) throws IOException {
        java.util.List<CivicRecord> records = new java.util.ArrayList<>();
        for (CivicRecord r; (r = reader.next()) != null; ) {
            Cancellation.check("reading records");
            records.add(r);
        }
        return Dataset.of(reader.info(), records);
    }
}
