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
 * <p>Formats are chosen by extension ({@code .json}, {@code .jsonl}, {@code .csv}, {@code .html}, a
 * folder or {@code .zip} for a CSV data package), else by the input's first bytes, or named explicitly.
 * Output goes to a temporary file first and is moved into place, so a failed run leaves no partial file
 * and does not destroy an existing one. Bad input throws {@link org.civicwatch.spi.DataException} with
 * its location; a missing format throws {@link org.civicwatch.spi.FormatNotFoundException} naming the
 * module to add. For another set of plugins, use a {@link FormatRegistry} directly.
 */
public final class CivicWatch {
    private CivicWatch() {
    }

    private static final class Default {
        static final FormatRegistry REGISTRY = FormatRegistry.load();
    }

    /** The formats found where civicwatch core is loaded (loaded once). */
    public static FormatRegistry formats() {
        return Default.REGISTRY;
    }

    /** Reads a file or folder into a dataset. */
    public static Dataset read(Path path) throws IOException {
        return formats().read(path);
    }

    /** Reads a file or folder in the named format. */
    public static Dataset read(Path path, String formatId, Options options) throws IOException {
        return formats().read(path, formatId, options);
    }

    /** Reads a stream in the named format; the stream stays open. */
    public static Dataset read(InputStream in, String sourceName, String formatId) throws IOException {
        return formats().read(in, sourceName, formatId, Options.EMPTY);
    }

    /** Writes a dataset to a file or folder in the format its extension names. */
    public static void write(Dataset dataset, Path path) throws IOException {
        formats().write(dataset, path);
    }

    /** Writes a dataset to a file or folder in the named format. */
    public static void write(Dataset dataset, Path path, String formatId, Options options) throws IOException {
        formats().write(dataset, path, formatId, options);
    }

    /** Writes a dataset to a stream in the named format; the stream stays open. */
    public static void write(Dataset dataset, OutputStream out, String formatId) throws IOException {
        formats().write(dataset, out, formatId, Options.EMPTY);
    }

    /** Converts a file from the format of its extension to the format of the output's. */
    public static void convert(Path in, Path out) throws IOException {
        formats().convert(in, out);
    }
}
