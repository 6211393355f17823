package org.civicwatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.civicwatch.model.Dataset;
import org.civicwatch.spi.Options;

/**
 * The one-line facade over the formats installed on the class path or module path.
 *
 * <pre>{@code
 * Dataset d = CivicWatch.read(Path.of("sightings.json"));
 * CivicWatch.write(d, Path.of("sightings.jsonl"));
 * CivicWatch.convert(Path.of("post.html"), Path.of("post.json"));
 * }</pre>
 *
 * <p>Formats are chosen among the installed plugins, by what their descriptors claim: an input by its
 * first bytes and name, an output by its extension (a path without one, or a folder, by a plugin that
 * writes folders), or named explicitly. Options are checked against the plugin's descriptor before
 * anything is opened. Output goes to a temporary file first and is moved into place, so a failed run
 * leaves no partial file and does not destroy an existing one. Bad input throws
 * {@link org.civicwatch.spi.DataException} with its location; a missing format throws
 * {@link org.civicwatch.spi.FormatNotFoundException} naming the module to add ({@link KnownFormats}).
 * For another set of plugins, use a {@link FormatRegistry} directly.
 */
public final class CivicWatch {
    private CivicWatch() {
    }

    private static final class Default {
        static final FormatRegistry REGISTRY = FormatRegistry.load();
    }

    /** {@return the formats found where civicwatch core is loaded (loaded once)} */
    public static FormatRegistry formats() {
        return Default.REGISTRY;
    }

    /**
     * Reads a file or folder into a dataset, choosing the format by its extension or first bytes.
     *
     * @param path the file or folder
     * @return the dataset
     * @throws org.civicwatch.spi.FormatNotFoundException if no installed format claims it
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if it cannot be read
     */
    public static Dataset read(Path path) throws IOException {
        return formats().read(path);
    }

    /**
     * Reads a file or folder in the named format.
     *
     * @param path the file or folder
     * @param formatId the format id ("json")
     * @param options reading options, such as {@link org.civicwatch.spi.StandardOptions#LENIENT}
     * @return the dataset
     * @throws org.civicwatch.spi.FormatNotFoundException if the format is not installed
     * @throws org.civicwatch.spi.OptionException for an option the format does not accept, or a value it
     *     cannot use
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if it cannot be read
     */
    public static Dataset read(Path path, String formatId, Options options) throws IOException {
        return formats().read(path, formatId, options);
    }

    /**
     * Reads a stream in the named format; the stream stays open.
     *
     * @param in the stream
     * @param sourceName a name for the source in messages, such as its file name
     * @param formatId the format id ("json")
     * @return the dataset
     * @throws org.civicwatch.spi.FormatNotFoundException if the format is not installed
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if it cannot be read
     */
    public static Dataset read(InputStream in, String sourceName, String formatId) throws IOException {
        return formats().read(in, sourceName, formatId, Options.EMPTY);
    }

    /**
     * Reads a stream whose format is detected from its first bytes and its name; the stream stays open.
     *
     * @param in the stream
     * @param sourceName a name for the source in messages ("stdin", "sightings.jsonl"); its extension
     *     helps detection
     * @return the dataset
     * @throws org.civicwatch.spi.FormatNotFoundException if no installed importer recognises it
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if it cannot be read
     */
    public static Dataset read(InputStream in, String sourceName) throws IOException {
        return formats().read(in, sourceName);
    }

    /**
     * Writes a dataset to a file or folder in the format its extension names; the output appears only
     * when it is complete.
     *
     * @param dataset what to write
     * @param path the file, or a folder for a format written as one
     * @throws org.civicwatch.spi.FormatNotFoundException if no installed format claims the path
     * @throws IOException if it cannot be written
     */
    public static void write(Dataset dataset, Path path) throws IOException {
        formats().write(dataset, path);
    }

    /**
     * Writes a dataset to a file or folder in the named format; the output appears only when it is
     * complete.
     *
     * @param dataset what to write
     * @param path the file or folder
     * @param formatId the format id ("jsonl")
     * @param options writing options
     * @throws org.civicwatch.spi.FormatNotFoundException if the format is not installed
     * @throws org.civicwatch.spi.OptionException for an option the format does not accept, or a value it
     *     cannot use
     * @throws IOException if it cannot be written
     */
    public static void write(Dataset dataset, Path path, String formatId, Options options) throws IOException {
        formats().write(dataset, path, formatId, options);
    }

    /**
     * Writes a dataset to a stream in the named format; the stream stays open.
     *
     * @param dataset what to write
     * @param out the stream
     * @param formatId the format id ("jsonl")
     * @throws org.civicwatch.spi.FormatNotFoundException if the format is not installed
     * @throws IOException if it cannot be written
     */
    public static void write(Dataset dataset, OutputStream out, String formatId) throws IOException {
        formats().write(dataset, out, formatId, Options.EMPTY);
    }

    /**
     * Converts a file from the format of its extension (or first bytes) to the format of the output's
     * extension, record by record, reading the input once; the output appears only when the whole
     * conversion succeeded.
     *
     * @param in the file or folder to read
     * @param out the file or folder to write
     * @return how many records were converted, and the warnings: when a non-empty input gave no record,
     *     a warning naming it and the format it was read as, which fails nothing ({@link Converted})
     * @throws org.civicwatch.spi.FormatNotFoundException if no installed format claims a path
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if reading or writing fails
     */
    public static Converted convert(Path in, Path out) throws IOException {
        return formats().convert(in, out);
    }

    /**
     * Converts a file between named formats, with options for each side; the output appears only when
     * the whole conversion succeeded.
     *
     * @param in the file or folder to read
     * @param fromFormat the input's format id ("html")
     * @param readOptions reading options, such as {@link org.civicwatch.spi.StandardOptions#LENIENT}
     * @param out the file or folder to write
     * @param toFormat the output's format id ("jsonl")
     * @param writeOptions writing options
     * @return how many records were converted, the problems lenient reading passed over, and the warnings
     * @throws org.civicwatch.spi.FormatNotFoundException if a format is not installed
     * @throws org.civicwatch.spi.OptionException for an option a format does not accept, or a value it
     *     cannot use, before anything is read
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if reading or writing fails
     */
    public static Converted convert(Path in, String fromFormat, Options readOptions, Path out, String toFormat,
                                    Options writeOptions) throws IOException {
        return formats().convert(in, fromFormat, readOptions, out, toFormat, writeOptions);
    }

    /**
     * Converts a stream between named formats; both streams stay open.
     *
     * @param in the input
     * @param sourceName a name for the input in messages, such as its file name
     * @param fromFormat the input's format id ("json")
     * @param out the output
     * @param toFormat the output's format id ("jsonl")
     * @return how many records were converted, and the warnings
     * @throws org.civicwatch.spi.FormatNotFoundException if a format is not installed
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if reading or writing fails
     */
    public static Converted convert(InputStream in, String sourceName, String fromFormat, OutputStream out,
                                    String toFormat) throws IOException {
        return formats().convert(in, sourceName, fromFormat, out, toFormat);
    }
}
