package org.civicwatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.civicwatch.model.Dataset;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.FormatNotFoundException;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.OptionException;
import org.civicwatch.spi.Options;

/**
 * The installed formats: importers and exporters found by {@link ServiceLoader}, with what went wrong
 * while finding them, and reading, writing and converting through them.
 *
 * <ul>
 * <li>A provider that fails to load (a missing class, a constructor that throws, a broken descriptor)
 *     is recorded in {@link #failures()} with the reason; the others keep working.</li>
 * <li>Two providers claiming one format id: the higher {@link FormatDescriptor#priority()} wins, then
 *     the class name that sorts first; every such case is in {@link #conflicts()}.</li>
 * <li>A format that is not installed is a {@link FormatNotFoundException} listing the formats present
 *     and naming the module that would add it ({@link KnownFormats}).</li>
 * <li>Options are checked against the plugin's descriptor before any reader or writer is opened: an
 *     option it does not list is an {@link OptionException} naming the valid ones.</li>
 * </ul>
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.load(MyApp.class.getClassLoader());
 * Dataset d = formats.read(Path.of("sightings.json"));
 * formats.write(d, Path.of("sightings.jsonl"));
 * }</pre>
 */
public final class FormatRegistry {

    /**
     * A provider that could not be loaded, and why.
     *
     * @param service "importer" or "exporter"
     * @param provider the provider's class name, or "(unknown provider)"
     * @param reason the error, with its causes
     */
    public record ProviderFailure(String service, String provider, String reason) {
        @Override
        public String toString() {
            return service + " provider " + provider + " failed to load: " + reason;
        }
    }

    /**
     * Two or more providers claiming one format id, and which one won.
     *
     * @param service "importer" or "exporter"
     * @param formatId the format id they claim
     * @param chosen the class name of the provider in use
     * @param overridden the class names of the others
     */
    public record Conflict(String service, String formatId, String chosen, List<String> overridden) {
        @Override
        public String toString() {
            return service + " '" + formatId + "' is claimed by " + (overridden.size() + 1) + " providers; using "
                    + chosen + " (higher priority, then class name), not " + String.join(", ", overridden);
        }
    }

    /**
     * What the registry's messages tell a person to do where it cannot choose a format: a library's
     * caller names it in a call, a command's user with an option. Each is a phrase that can end a
     * sentence or follow "or".
     *
     * @param read for an input: {@code "name the format explicitly"}, {@code "name the format with --from"}
     * @param write for an output: {@code "name the format explicitly"}, {@code "name the format with --to"}
     */
    public record Advice(String read, String write) {
        /** The library's own: name the format explicitly, in the call. */
        public static final Advice EXPLICITLY = new Advice("name the format explicitly", "name the format explicitly");

        /** {@return the advice for an input as the start of a sentence} */
        String readSentence() {
            return capital(read);
        }

        /** {@return the advice for an output as the start of a sentence} */
        String writeSentence() {
            return capital(write);
        }

        private static String capital(String phrase) {
            return phrase.isEmpty() ? phrase : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
        }
    }

    private final InstalledFormats installed;
    private final FormatChoice choice;

    private FormatRegistry(InstalledFormats installed, Advice advice) {
        this.installed = installed;
        this.choice = new FormatChoice(installed, advice);
    }

    private FormatRegistry(InstalledFormats installed) {
        this(installed, Advice.EXPLICITLY);
    }

    /**
     * {@return these formats, with messages that give the advice where a format cannot be chosen}
     *
     * @param advice what to tell a person to do, such as naming an option of a command
     */
    public FormatRegistry advising(Advice advice) {
        return new FormatRegistry(installed, advice);
    }

    /**
     * {@return the formats that a class loader provides (the class path)}
     *
     * @param loader where to look for providers
     */
    public static FormatRegistry load(ClassLoader loader) {
        return new FormatRegistry(InstalledFormats.load(loader));
    }

    /**
     * {@return the formats that a module layer provides (the module path)}
     *
     * @param layer where to look for providers
     */
    public static FormatRegistry load(ModuleLayer layer) {
        return new FormatRegistry(InstalledFormats.load(layer));
    }

    /**
     * {@return a registry of the given plugins only, for embedders that wire formats by hand}
     *
     * @param importers the importers; conflicts are resolved as for loaded ones
     * @param exporters the exporters
     */
    public static FormatRegistry of(List<? extends Importer> importers, List<? extends Exporter> exporters) {
        return new FormatRegistry(InstalledFormats.of(importers, exporters));
    }

    /**
     * {@return the formats of the module layer civicwatch core runs in (the module path), or else of the
     * thread's context class loader or core's own (the class path)}
     */
    public static FormatRegistry load() {
        Module core = FormatRegistry.class.getModule();
        if (core.isNamed() && core.getLayer() != null) {
            return load(core.getLayer());
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return load(context != null ? context : FormatRegistry.class.getClassLoader());
    }

    /** {@return the importers in use, by format id} */
    public List<Importer> importers() {
        return List.copyOf(installed.importers().values());
    }

    /** {@return the exporters in use, by format id} */
    public List<Exporter> exporters() {
        return List.copyOf(installed.exporters().values());
    }

    /** {@return providers that failed to load, with the reasons} */
    public List<ProviderFailure> failures() {
        return installed.failures();
    }

    /** {@return format ids claimed by more than one provider, and how each was resolved} */
    public List<Conflict> conflicts() {
        return installed.conflicts();
    }

    /**
     * {@return the importer of a format, if installed}
     *
     * @param formatId the format id, any case ("json")
     */
    public Optional<Importer> findImporter(String formatId) {
        return installed.findImporter(formatId);
    }

    /**
     * {@return the exporter of a format, if installed}
     *
     * @param formatId the format id, any case ("json")
     */
    public Optional<Exporter> findExporter(String formatId) {
        return installed.findExporter(formatId);
    }

    /**
     * {@return the importer of a format}
     *
     * @param formatId the format id, any case ("json")
     * @throws FormatNotFoundException listing the formats present and the module to add
     */
    public Importer importer(String formatId) {
        return installed.importer(formatId);
    }

    /**
     * {@return the exporter of a format}
     *
     * @param formatId the format id, any case ("json")
     * @throws FormatNotFoundException listing the formats present and the module to add
     */
    public Exporter exporter(String formatId) {
        return installed.exporter(formatId);
    }

    /**
     * The importer for a file or folder: a folder goes to an importer that reads folders; a file is
     * chosen by its name and its first 8 KiB, which every importer rates ({@link Importer#detect}:
     * none, weak, solid or full), by this rule:
     *
     * <ol>
     * <li><b>A known extension decides.</b> If importers that claim the file's extension rate it at all,
     *     the choice is among them only, whatever other importers make of the content (a {@code .jsonl}
     *     file that mentions a blog's address is JSON Lines, not a blog page).</li>
     * <li><b>Unless the content contradicts it outright:</b> when the best of those rates it only weak
     *     (nothing of its structure, just the name) and another importer rates it full (the content
     *     carries that format's own marker, a WARC header in a {@code .json} file), the choice is among
     *     all importers.</li>
     * <li>Of the candidates, the strongest rating wins.</li>
     * <li><b>Ties</b> go to the importer whose own (first) extension the file has, then to one that
     *     claims the extension among others, then to the higher {@link FormatDescriptor#priority()}. A tie
     *     that remains is refused as ambiguous, naming the formats: the choice never depends on the order
     *     in which plugins were found or on their ids.</li>
     * </ol>
     *
     * Streams ({@link #read(InputStream, String)}) are chosen the same way, by the name given.
     *
     * @param path the file or folder to read
     * @return the importer
     * @throws FormatNotFoundException if no installed format claims it, or two claim it equally
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     * @throws IOException if the file cannot be read
     */
    public Importer importerFor(Path path) throws IOException {
        return choice.importerFor(path, path.toString());
    }

    /**
     * The importer for a file or folder, as {@link #importerFor(Path)} chooses it, naming the input in
     * messages as given (a copy of standard input as "standard input").
     *
     * @param path the file or folder to read
     * @param name the input's name in messages
     * @return the importer
     * @throws FormatNotFoundException if no installed format claims it, or two claim it equally
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     * @throws IOException if the file cannot be read
     */
    public Importer importerFor(Path path, String name) throws IOException {
        return choice.importerFor(path, name);
    }

    /**
     * The exporter for an output path, by its extension; a path without one (a folder) goes to an
     * exporter that writes folders. Of several exporters claiming the extension, those whose own (first)
     * extension it is come first, then the higher priority, then the class name that sorts first.
     *
     * @param path the file or folder to write
     * @return the exporter
     * @throws FormatNotFoundException if no installed format claims it
     */
    public Exporter exporterFor(Path path) {
        return choice.exporterFor(path);
    }

    /**
     * Reads a file or folder, choosing the format by {@link #importerFor(Path)}.
     *
     * @param path the file or folder
     * @return the dataset
     * @throws FormatNotFoundException if no installed format claims it
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if it cannot be read
     */
    public Dataset read(Path path) throws IOException {
        return Readers.read(importerFor(path), path, Options.EMPTY);
    }

    /**
     * Reads a file or folder in the named format.
     *
     * @param path the file or folder
     * @param formatId the format id ("json")
     * @param options reading options, such as {@link org.civicwatch.spi.StandardOptions#LENIENT}
     * @return the dataset
     * @throws FormatNotFoundException if the format is not installed
     * @throws OptionException for an option the format does not accept, or a value it cannot use
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if it cannot be read
     */
    public Dataset read(Path path, String formatId, Options options) throws IOException {
        return Readers.read(importer(formatId), path, options);
    }

    /**
     * Reads a stream in the named format; the stream stays open.
     *
     * @param in the stream
     * @param sourceName a name for the source in messages, such as its file name
     * @param formatId the format id ("json")
     * @param options reading options
     * @return the dataset
     * @throws FormatNotFoundException if the format is not installed
     * @throws OptionException for an option the format does not accept, or a value it cannot use
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if it cannot be read
     */
    public Dataset read(InputStream in, String sourceName, String formatId, Options options) throws IOException {
        return Readers.read(importer(formatId), in, sourceName, options);
    }

    /**
     * Reads a stream whose format is detected from its first bytes; the stream stays open.
     *
     * @param in the stream
     * @param sourceName a name for the source in messages, also used to detect the format by its extension
     * @return the dataset
     * @throws FormatNotFoundException if no installed importer recognises it
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if it cannot be read
     */
    public Dataset read(InputStream in, String sourceName) throws IOException {
        FormatChoice.Detected detected = choice.importerFor(in, sourceName);
        return Readers.read(detected.importer(), detected.input(), sourceName, Options.EMPTY);
    }

    /**
     * Writes a dataset to a file or folder, choosing the format by {@link #exporterFor(Path)}; the output
     * appears only when it is complete.
     *
     * @param dataset what to write
     * @param path the file or folder to write
     * @throws FormatNotFoundException if no installed format claims the path
     * @throws IOException if it cannot be written
     */
    public void write(Dataset dataset, Path path) throws IOException {
        Writers.write(exporterFor(path), dataset, path, Options.EMPTY);
    }

    /**
     * Writes a dataset to a file or folder in the named format; the output appears only when it is
     * complete.
     *
     * @param dataset what to write
     * @param path the file or folder to write
     * @param formatId the format id ("jsonl")
     * @param options writing options
     * @throws FormatNotFoundException if the format is not installed
     * @throws OptionException for an option the format does not accept, or a value it cannot use
     * @throws IOException if it cannot be written
     */
    public void write(Dataset dataset, Path path, String formatId, Options options) throws IOException {
        Writers.write(exporter(formatId), dataset, path, options);
    }

    /**
     * Writes a dataset to a stream in the named format; the stream stays open.
     *
     * @param dataset what to write
     * @param out the stream
     * @param formatId the format id ("jsonl")
     * @param options writing options
     * @throws FormatNotFoundException if the format is not installed
     * @throws OptionException for an option the format does not accept, or a value it cannot use
     * @throws IOException if it cannot be written
     */
    public void write(Dataset dataset, OutputStream out, String formatId, Options options) throws IOException {
        Writers.write(exporter(formatId), dataset, out, options);
    }

    /**
     * Converts a file from one format to another, record by record, choosing both formats by the paths.
     * The input is read once; the output appears only when the whole conversion succeeded.
     *
     * @param in the file or folder to read
     * @param out the file or folder to write
     * @return how many records were converted, and the warnings: among them, when a non-empty input gave
     *     no record, that it was perhaps read as the wrong format ({@link Converted})
     * @throws FormatNotFoundException if no installed format claims a path
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if reading or writing fails
     */
    public Converted convert(Path in, Path out) throws IOException {
        return Conversion.convert(in, importerFor(in), Options.EMPTY, out, exporterFor(out), Options.EMPTY);
    }

    /**
     * Converts a file between named formats with options for each side, record by record. The input is
     * read once; the output appears only when the whole conversion succeeded.
     *
     * @param in the file or folder to read
     * @param fromFormat the input's format id
     * @param readOptions reading options
     * @param out the file or folder to write
     * @param toFormat the output's format id
     * @param writeOptions writing options
     * @return how many records were converted, the problems lenient reading passed over, and the
     *     warnings ({@link Converted})
     * @throws FormatNotFoundException if a format is not installed
     * @throws OptionException for an option a format does not accept, or a value it cannot use, before
     *     anything is read
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if reading or writing fails
     */
    public Converted convert(Path in, String fromFormat, Options readOptions, Path out, String toFormat,
                             Options writeOptions) throws IOException {
        return Conversion.convert(in, importer(fromFormat), readOptions, out, exporter(toFormat), writeOptions);
    }

    /**
     * Converts a stream between named formats; both streams stay open. The dataset is read whole before
     * it is written, so bad input leaves nothing written (for record-by-record conversion of large
     * inputs, convert files).
     *
     * @param in the input
     * @param sourceName a name for the input in messages, such as its file name
     * @param fromFormat the input's format id
     * @param out the output
     * @param toFormat the output's format id
     * @return how many records were converted, and the warnings ({@link Converted})
     * @throws FormatNotFoundException if a format is not installed
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if reading or writing fails
     */
    public Converted convert(InputStream in, String sourceName, String fromFormat, OutputStream out, String toFormat)
            throws IOException {
        Exporter exporter = exporter(toFormat);
        return Conversion.convert(in, sourceName, importer(fromFormat), Options.EMPTY, out, exporter, Options.EMPTY);
    }

    /** {@return a listing of the installed formats, conflicts and failures, for people} */
    public String describe() {
        return installed.describe();
    }
}
