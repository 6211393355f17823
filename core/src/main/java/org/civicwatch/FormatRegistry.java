package org.civicwatch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.CheckForNull;
import org.civicwatch.internal.AtomicFiles;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.FormatNotFoundException;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.spi.StandardOptions;
import org.civicwatch.spi.RejectedSink;

/**
 * The installed formats: importers and exporters found by {@link ServiceLoader}, with what went wrong
 * while finding them.
 *
 * <ul>
 * <li>A provider that fails to load (a missing class, a constructor that throws, a broken descriptor)
 *     is recorded in {@link #failures()} with the reason; the others keep working.</li>
 * <li>Two providers claiming one format id: the higher {@link FormatDescriptor#priority()} wins, then
 *     the class name that sorts first; every such case is in {@link #conflicts()}.</li>
 * <li>A format that is not installed is a {@link FormatNotFoundException} listing the formats present
 *     and naming the module that would add it.</li>
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

    /** Which module adds which format, for messages about missing formats. */
    private static final Map<String, String> MODULES = Map.of(
            "json", "json", "jsonl", "json", "csv", "csv", "datapackage", "csv", "html", "blog-html");
    /** Which format a file extension usually means. */
    private static final Map<String, String> EXTENSIONS = Map.of(
            "json", "json", "jsonl", "jsonl", "ndjson", "jsonl", "csv", "csv", "zip", "datapackage",
            "html", "html", "htm", "html");
    private static final int HEAD_BYTES = 8192;

    private final Map<String, Importer> importers;
    private final Map<String, Exporter> exporters;
    private final List<ProviderFailure> failures;
    private final List<Conflict> conflicts;

    private FormatRegistry(List<Importer> importerList, List<Exporter> exporterList, List<ProviderFailure> failures) {
        List<Conflict> found = new ArrayList<>();
        List<ProviderFailure> broken = new ArrayList<>(failures);
        this.importers = choose("importer", importerList, Importer::descriptor, found, broken);
        this.exporters = choose("exporter", exporterList, Exporter::descriptor, found, broken);
        this.conflicts = List.copyOf(found);
        this.failures = List.copyOf(broken);
    }

    /**
     * {@return the formats that a class loader provides (the class path)}
     *
     * @param loader where to look for providers
     */
    public static FormatRegistry load(ClassLoader loader) {
        List<ProviderFailure> failures = new ArrayList<>();
        return new FormatRegistry(discover(ServiceLoader.load(Importer.class, loader), "importer", failures),
                discover(ServiceLoader.load(Exporter.class, loader), "exporter", failures), failures);
    }

    /**
     * {@return the formats that a module layer provides (the module path)}
     *
     * @param layer where to look for providers
     */
    public static FormatRegistry load(ModuleLayer layer) {
        List<ProviderFailure> failures = new ArrayList<>();
        return new FormatRegistry(discover(ServiceLoader.load(layer, Importer.class), "importer", failures),
                discover(ServiceLoader.load(layer, Exporter.class), "exporter", failures), failures);
    }

    /**
     * {@return a registry of the given plugins only, for embedders that wire formats by hand}
     *
     * @param importers the importers; conflicts are resolved as for loaded ones
     * @param exporters the exporters
     */
    public static FormatRegistry of(List<? extends Importer> importers, List<? extends Exporter> exporters) {
        return new FormatRegistry(List.copyOf(importers), List.copyOf(exporters), List.of());
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

    private static <S> List<S> discover(ServiceLoader<S> loader, String service, List<ProviderFailure> failures) {
        List<S> found = new ArrayList<>();
        Iterator<S> it = loader.iterator();
        // The iterator moves past a provider that fails, so a bounded loop sees every one.
        for (int guard = 0; guard < 10_000; guard++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                failures.add(new ProviderFailure(service, providerName(e), reason(e)));
            } catch (LinkageError e) {
                // A provider class that cannot be linked (a library it needs is missing) is not wrapped
                // by ServiceLoader; the iterator has moved past it all the same.
                failures.add(new ProviderFailure(service, "(unknown provider)",
                        e.getClass().getSimpleName() + ": " + reason(e)
                                + ". A class it needs is missing: add the library the plugin depends on."));
            }
        }
        return found;
    }

    private static String providerName(ServiceConfigurationError e) {
        // ServiceLoader's messages read "org.civicwatch.spi.Importer: Provider x.Y could not be instantiated".
        String m = String.valueOf(e.getMessage());
        int p = m.indexOf("Provider ");
        if (p >= 0) {
            String rest = m.substring(p + "Provider ".length());
            int space = rest.indexOf(' ');
            return space > 0 ? rest.substring(0, space) : rest;
        }
        return "(unknown provider)";
    }

    private static String reason(Throwable e) {
        StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            s.append("; caused by ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
        }
        return s.toString();
    }

    private static <S> Map<String, S> choose(String service, List<S> providers, Function<S, FormatDescriptor> describe,
                                             List<Conflict> conflicts, List<ProviderFailure> failures) {
        Map<String, List<Map.Entry<S, FormatDescriptor>>> byId = new TreeMap<>();
        for (S p : providers) {
            FormatDescriptor d;
            try {
                d = describe.apply(p);
            } catch (RuntimeException e) {
                failures.add(new ProviderFailure(service, p.getClass().getName(),
                        "descriptor() threw " + e.getClass().getSimpleName() + ": " + e.getMessage()));
                continue;
            }
            byId.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(Map.entry(p, d));
        }
        Map<String, S> chosen = new LinkedHashMap<>();
        byId.forEach((id, claims) -> {
            claims.sort(Comparator.<Map.Entry<S, FormatDescriptor>>comparingInt(e -> -e.getValue().priority())
                    .thenComparing(e -> e.getKey().getClass().getName()));
            chosen.put(id, claims.get(0).getKey());
            if (claims.size() > 1) {
                conflicts.add(new Conflict(service, id, claims.get(0).getKey().getClass().getName(),
                        claims.subList(1, claims.size()).stream().map(e -> e.getKey().getClass().getName()).toList()));
            }
        });
        return chosen;
    }

    /** {@return the importers in use, by format id} */
    public List<Importer> importers() {
        return List.copyOf(importers.values());
    }

    /** {@return the exporters in use, by format id} */
    public List<Exporter> exporters() {
        return List.copyOf(exporters.values());
    }

    /** {@return providers that failed to load, with the reasons} */
    public List<ProviderFailure> failures() {
        return failures;
    }

    /** {@return format ids claimed by more than one provider, and how each was resolved} */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    /**
     * {@return the importer of a format, if installed}
     *
     * @param formatId the format id, any case ("json")
     */
    public Optional<Importer> findImporter(String formatId) {
        return Optional.ofNullable(importers.get(formatId.toLowerCase(Locale.ROOT)));
    }

    /**
     * {@return the exporter of a format, if installed}
     *
     * @param formatId the format id, any case ("json")
     */
    public Optional<Exporter> findExporter(String formatId) {
        return Optional.ofNullable(exporters.get(formatId.toLowerCase(Locale.ROOT)));
    }

    /**
     * {@return the importer of a format}
     *
     * @param formatId the format id, any case ("json")
     * @throws FormatNotFoundException listing the formats present and the module to add
     */
    public Importer importer(String formatId) {
        return findImporter(formatId).orElseThrow(() -> missing("importer", "read", formatId, importers.keySet()));
    }

    /**
     * {@return the exporter of a format}
     *
     * @param formatId the format id, any case ("json")
     * @throws FormatNotFoundException listing the formats present and the module to add
     */
    public Exporter exporter(String formatId) {
        return findExporter(formatId).orElseThrow(() -> missing("exporter", "write", formatId, exporters.keySet()));
    }

    private FormatNotFoundException missing(String service, String verb, String formatId,
                                            java.util.Set<String> present) {
        String id = formatId.toLowerCase(Locale.ROOT);
        StringBuilder s = new StringBuilder("no " + service + " for format '" + id + "' is installed. ");
        s.append(present.isEmpty() ? "No formats are installed." : "Installed: " + String.join(", ", present) + ".");
        String module = MODULES.get(id);
        if (module != null) {
            s.append(" To ").append(verb).append(' ').append(id).append(", add org.civicwatch:civicwatch-")
                    .append(service).append('-').append(module).append(" to the class path or module path.");
        }
        if (!failures.isEmpty()) {
            s.append(" Some plugins failed to load: ")
                    .append(failures.stream().map(ProviderFailure::toString).collect(Collectors.joining("; ")));
        }
        return new FormatNotFoundException(s.toString());
    }

    /**
     * The importer for a file or folder: a folder goes to an importer that reads folders; a file to the
     * format that recognises its first bytes (and name) most strongly.
     *
     * @param path the file or folder to read
     * @return the importer
     * @throws FormatNotFoundException if no installed format claims it
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     * @throws IOException if the file cannot be read
     */
    public Importer importerFor(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return importers.values().stream().filter(Importer::readsDirectories).findFirst()
                    .orElseThrow(() -> missing("importer", "read", "datapackage", importers.keySet()));
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        if (head.length == 0) {
            throw new FormatNotFoundException("cannot tell the format of " + path + ": the file is empty."
                    + " Name the format explicitly, or check that the file was written completely.");
        }
        return detect(head, fileName(path)).orElseThrow(() -> unknownInput(path));
    }

    private Optional<Importer> detect(byte[] head, @CheckForNull String fileName) {
        Importer best = null;
        Detection bestStrength = Detection.NONE;
        for (Importer i : importers.values()) {
            Detection d;
            try {
                d = i.detect(head, fileName);
            } catch (RuntimeException e) {
                // One plugin's faulty detection must not stop another plugin from reading the input.
                d = Detection.NONE;
            }
            if (d.compareTo(bestStrength) > 0) {
                best = i;
                bestStrength = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private FormatNotFoundException unknownInput(Path path) {
        String ext = extension(path);
        String id = ext == null ? null : EXTENSIONS.get(ext);
        if (id != null) {
            return missing("importer", "read", id, importers.keySet());
        }
        return new FormatNotFoundException("cannot tell the format of " + path + ": no installed importer recognises it"
                + (importers.isEmpty() ? " (none is installed)" : " (installed: " + String.join(", ", importers.keySet())
                + ")") + ". Name the format explicitly, or use a file extension such as .json, .jsonl, .csv or .html.");
    }

    /**
     * The exporter for an output path, by its extension; a path without one (a folder) goes to an
     * exporter that writes folders.
     *
     * @param path the file or folder to write
     * @return the exporter
     * @throws FormatNotFoundException if no installed format claims it
     */
    public Exporter exporterFor(Path path) {
        String ext = extension(path);
        if (ext == null || Files.isDirectory(path)) {
            return exporters.values().stream().filter(Exporter::writesDirectories).findFirst()
                    .orElseThrow(() -> missing("exporter", "write", "datapackage", exporters.keySet()));
        }
        String name = fileName(path);
        // The format an extension conventionally means wins (.json is the document form, whatever else
        // claims it); among other claimants, the higher priority, then the class name, as for ids.
        Exporter conventional = EXTENSIONS.containsKey(ext) ? exporters.get(EXTENSIONS.get(ext)) : null;
        if (conventional != null && conventional.descriptor().matchesFileName(name)) {
            return conventional;
        }
        return exporters.values().stream().filter(e -> e.descriptor().matchesFileName(name))
                .min(Comparator.<Exporter>comparingInt(e -> -e.descriptor().priority())
                        .thenComparing(e -> e.getClass().getName()))
                .orElseGet(() -> {
                    String id = EXTENSIONS.get(ext);
                    if (id != null) {
                        throw missing("exporter", "write", id, exporters.keySet());
                    }
                    throw new FormatNotFoundException("no installed exporter writes ." + ext + " files (installed: "
                            + String.join(", ", exporters.keySet()) + "). Name the format explicitly.");
                });
    }

    @CheckForNull
    private static String extension(Path path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String fileName(Path path) {
        Path f = path.getFileName();
        return f == null ? path.toString() : f.toString();
    }

    // --- Reading and writing; the static facade CivicWatch calls these on the default registry. ---

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
        return importerFor(path).read(path, Options.EMPTY);
    }

    /**
     * Reads a file or folder in the named format.
     *
     * @param path the file or folder
     * @param formatId the format id ("json")
     * @param options reading options, such as {@link org.civicwatch.spi.StandardOptions#LENIENT}
     * @return the dataset
     * @throws FormatNotFoundException if the format is not installed
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if it cannot be read
     */
    public Dataset read(Path path, String formatId, Options options) throws IOException {
        return importer(formatId).read(path, options);
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
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if it cannot be read
     */
    public Dataset read(InputStream in, String sourceName, String formatId, Options options) throws IOException {
        return importer(formatId).read(in, sourceName, options);
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
        BufferedInputStream buffered = new BufferedInputStream(in, HEAD_BYTES);
        buffered.mark(HEAD_BYTES);
        byte[] head = buffered.readNBytes(HEAD_BYTES);
        buffered.reset();
        return detect(head, sourceName).orElseThrow(() -> unknownStream(sourceName, head))
                .read(buffered, sourceName, Options.EMPTY);
    }

    private FormatNotFoundException unknownStream(String sourceName, byte[] head) {
        return new FormatNotFoundException("cannot tell the format of " + sourceName + ": "
                + (head.length == 0 ? "the input is empty" : "no installed importer recognises it (installed: "
                + String.join(", ", importers.keySet()) + ")") + ". Name the format explicitly.");
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
        write(dataset, path, exporterFor(path), Options.EMPTY);
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
     * @throws IOException if it cannot be written
     */
    public void write(Dataset dataset, Path path, String formatId, Options options) throws IOException {
        write(dataset, path, exporter(formatId), options);
    }

    private static void write(Dataset dataset, Path path, Exporter exporter, Options options) throws IOException {
        AtomicFiles.replace(path, temporary -> exporter.write(dataset, temporary, options));
    }

    /**
     * Writes a dataset to a stream in the named format; the stream stays open.
     *
     * @param dataset what to write
     * @param out the stream
     * @param formatId the format id ("jsonl")
     * @param options writing options
     * @throws FormatNotFoundException if the format is not installed
     * @throws IOException if it cannot be written
     */
    public void write(Dataset dataset, OutputStream out, String formatId, Options options) throws IOException {
        exporter(formatId).write(dataset, out, options);
    }

    /**
     * Converts a file from one format to another, record by record, choosing both formats by the paths.
     * The output appears only when the whole conversion succeeded.
     *
     * @param in the file or folder to read
     * @param out the file or folder to write
     * @throws FormatNotFoundException if no installed format claims a path
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if reading or writing fails
     */
    public void convert(Path in, Path out) throws IOException {
        convert(in, importerFor(in), Options.EMPTY, out, exporterFor(out), Options.EMPTY);
    }

    /**
     * Converts a file between named formats with options for each side; the output appears only when
     * the whole conversion succeeded.
     *
     * @param in the file or folder to read
     * @param fromFormat the input's format id
     * @param readOptions reading options
     * @param out the file or folder to write
     * @param toFormat the output's format id
     * @param writeOptions writing options
     * @throws FormatNotFoundException if a format is not installed
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if reading or writing fails
     */
    public void convert(Path in, String fromFormat, Options readOptions, Path out, String toFormat,
                        Options writeOptions) throws IOException {
        convert(in, importer(fromFormat), readOptions, out, exporter(toFormat), writeOptions);
    }

    private static void convert(Path in, Importer importer, Options readOptions, Path out, Exporter exporter,
                                Options writeOptions) throws IOException {
        RejectedSink sink = readOptions.get(StandardOptions.REJECTED);
        int[] handedOver = {0};
        Options streaming = sink == null ? readOptions : readOptions.with(StandardOptions.REJECTED, p -> {
            handedOver[0]++;
            sink.accept(p);
        });
        AtomicFiles.replace(out, temporary -> {
            if (!stream(in, importer, streaming, temporary, exporter, writeOptions)) {
                // The input could not be streamed into this format: read it whole, then write it. The
                // second read meets the same rejects first; the sink has them already.
                AtomicFiles.deleteRecursively(temporary);
                int[] seen = {0};
                Options whole = sink == null ? readOptions : readOptions.with(StandardOptions.REJECTED, p -> {
                    if (seen[0]++ >= handedOver[0]) {
                        sink.accept(p);
                    }
                });
                exporter.write(importer.read(in, whole), temporary, writeOptions);
            }
        });
    }

    /**
     * Converts record by record, so memory does not grow with the input.
     *
     * @return false when the result would be wrong: the writer wants the records grouped by type and
     *     the input mixes them, or the input's info only became complete after the writer had begun
     */
    private static boolean stream(Path in, Importer importer, Options readOptions, Path temporary, Exporter exporter,
                                  Options writeOptions) throws IOException {
        try (RecordReader reader = importer.open(in, readOptions)) {
            // Some formats put the info after the first record: start writing once one has been read.
            CivicRecord first = reader.next();
            DatasetInfo info = reader.info();
            try (RecordWriter writer = exporter.open(temporary, info, writeOptions)) {
                RecordType latest = null;
                for (CivicRecord r = first; r != null; r = reader.next()) {
                    try {
                        writer.write(r);
                    } catch (IllegalStateException e) {
                        if (latest != null && r.recordType().compareTo(latest) < 0) {
                            return false;
                        }
                        throw e;
                    }
                    latest = latest == null || r.recordType().compareTo(latest) > 0 ? r.recordType() : latest;
                }
            }
            return reader.info().equals(info);
        }
    }

    /**
     * Converts a stream between named formats; both streams stay open. The dataset is read whole before
     * it is written (for record-by-record conversion of large inputs, convert files).
     *
     * @param in the input
     * @param sourceName a name for the input in messages, such as its file name
     * @param fromFormat the input's format id
     * @param out the output
     * @param toFormat the output's format id
     * @throws FormatNotFoundException if a format is not installed
     * @throws org.civicwatch.spi.DataException if the input is malformed, with its location
     * @throws IOException if reading or writing fails
     */
    public void convert(InputStream in, String sourceName, String fromFormat, OutputStream out, String toFormat)
            throws IOException {
        Exporter exporter = exporter(toFormat);
        Dataset dataset = importer(fromFormat).read(in, sourceName, Options.EMPTY);
        exporter.write(dataset, out, Options.EMPTY);
    }

    /** {@return a listing of the installed formats, conflicts and failures, for people} */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append("Importers:\n");
        importers.values().forEach(i -> line(s, i.descriptor(), i.getClass()));
        s.append("Exporters:\n");
        exporters.values().forEach(e -> line(s, e.descriptor(), e.getClass()));
        conflicts.forEach(c -> s.append("Conflict: ").append(c).append('\n'));
        failures.forEach(f -> s.append("Failed: ").append(f).append('\n'));
        return s.toString();
    }

    private static void line(StringBuilder s, FormatDescriptor d, Class<?> type) {
        s.append(String.format(Locale.ROOT, "  %-12s %-24s %-24s %s%n", d.id(), d.name(),
                d.extensions().stream().map(e -> "." + e).collect(Collectors.joining(" ")), type.getName()));
    }
}
