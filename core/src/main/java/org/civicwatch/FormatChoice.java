package org.civicwatch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.annotation.CheckForNull;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.FormatNotFoundException;
import org.civicwatch.spi.Importer;

/**
 * Choosing a format for a path or a stream, among the installed plugins and by their descriptors only:
 * an input by what its first bytes and name look like to each importer ({@link Importer#detect}), an
 * output by its extension. The table of {@link KnownFormats} is consulted only to name the module to
 * add when nothing installed claims a path.
 */
final class FormatChoice {
    /** How much of an input the importers see to recognise it. */
    static final int HEAD_BYTES = 8192;

    private final InstalledFormats installed;
    private final FormatRegistry.Advice advice;

    FormatChoice(InstalledFormats installed, FormatRegistry.Advice advice) {
        this.installed = installed;
        this.advice = advice;
    }

    /** An importer chosen for a stream, and the stream to give it (its first bytes read and put back). */
    record Detected(Importer importer, InputStream input) {
    }

    /**
     * The importer for a file or folder: a folder goes to an importer that reads folders; a file to the
     * format that recognises its first bytes (and name) most strongly.
     *
     * @throws FormatNotFoundException if no installed format claims it
     * @throws NoSuchFileException if the file does not exist
     * @throws IOException if the file cannot be read
     */
    Importer importerFor(Path path, String name) throws IOException {
        if (Files.isDirectory(path)) {
            return installed.importers().values().stream().filter(Importer::readsDirectories).findFirst()
                    .orElseThrow(() -> noFolderFormat(Direction.READ));
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        // An empty file goes to the format its name claims, which says in its own terms what is missing.
        return detect(head, fileName(path), name).orElseThrow(() -> head.length == 0
                ? new FormatNotFoundException("cannot tell the format of " + name + ": the file is empty. "
                        + advice.readSentence() + ", or check that the file was written completely.")
                : unknownInput(path, name));
    }

    /**
     * The importer for a stream, by its first bytes and its name.
     *
     * @param in the stream, left open
     * @param sourceName its name, whose extension helps
     * @throws FormatNotFoundException if no installed importer recognises it
     * @throws IOException if it cannot be read
     */
    Detected importerFor(InputStream in, String sourceName) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, HEAD_BYTES);
        buffered.mark(HEAD_BYTES);
        byte[] head = buffered.readNBytes(HEAD_BYTES);
        buffered.reset();
        if (head.length == 0) {
            throw new FormatNotFoundException("cannot tell the format of " + sourceName
                    + ": the input is empty. " + advice.readSentence() + ".");
        }
        Importer importer = detect(head, sourceName, sourceName).orElseThrow(() -> installed.withFailures(
                new StringBuilder("cannot tell the format of " + sourceName + ": no installed importer recognises it"
                        + " (installed: " + String.join(", ", installed.ids(Direction.READ)) + "). "
                        + advice.readSentence() + ".")));
        return new Detected(importer, buffered);
    }

    /**
     * The importer for an input's first bytes and name, by the rule {@link FormatRegistry#importerFor(Path)}
     * documents: the name's extension decides unless the content contradicts it outright, and a tie is
     * broken by the format's own extension, then priority, or refused as ambiguous.
     */
    private Optional<Importer> detect(byte[] head, @CheckForNull String fileName, String name) {
        List<Rated> rated = new ArrayList<>();
        for (Importer i : installed.importers().values()) {
            Detection d;
            try {
                d = i.detect(head, fileName);
            } catch (RuntimeException e) {
                // One plugin's faulty detection must not stop another plugin from reading the input.
                d = Detection.NONE;
            }
            if (d != Detection.NONE) {
                int ext = fileName == null ? -1 : i.descriptor().extensionOf(fileName);
                rated.add(new Rated(i, d, ext));
            }
        }
        if (rated.isEmpty()) {
            return Optional.empty();
        }
        List<Rated> byName = rated.stream().filter(r -> r.extension() >= 0).toList();
        Detection bestByName = byName.stream().map(Rated::detection).max(Comparator.naturalOrder())
                .orElse(Detection.NONE);
        boolean contradicted = bestByName == Detection.WEAK
                && rated.stream().anyMatch(r -> r.extension() < 0 && r.detection() == Detection.FULL);
        List<Rated> candidates = byName.isEmpty() || contradicted ? rated : byName;
        Detection strongest = candidates.stream().map(Rated::detection).max(Comparator.naturalOrder()).orElseThrow();
        List<Rated> tied = candidates.stream().filter(r -> r.detection() == strongest)
                .sorted(Comparator.comparingInt(Rated::rank).thenComparingInt(r -> -r.importer().descriptor().priority()))
                .toList();
        Rated first = tied.get(0);
        List<Rated> equal = tied.stream().filter(r -> r.rank() == first.rank()
                && r.importer().descriptor().priority() == first.importer().descriptor().priority()).toList();
        if (equal.size() > 1) {
            throw new FormatNotFoundException("cannot tell the format of " + name + ": " + equal.stream().map(r -> "'" + r.importer().descriptor().id() + "'").collect(Collectors
                    .joining(" and ")) + " recognise it equally (" + strongest.name().toLowerCase(Locale.ROOT)
                    + ", neither by its own extension nor by a higher priority). " + advice.readSentence() + ".");
        }
        return Optional.of(first.importer());
    }

    /**
     * An importer's rating of an input.
     *
     * @param extension the index of the name's extension among the importer's, or -1
     */
    private record Rated(Importer importer, Detection detection, int extension) {
        /** 0 for the importer's own (first) extension, 1 for another it claims, 2 for none. */
        int rank() {
            return extension == 0 ? 0 : extension > 0 ? 1 : 2;
        }
    }

    private FormatNotFoundException unknownInput(Path path, String name) {
        String ext = extension(path);
        Optional<KnownFormat> known = ext == null ? Optional.empty() : knownMissing(Direction.READ, ext);
        if (known.isPresent()) {
            return installed.missing(Direction.READ, known.get().id());
        }
        TreeSet<String> extensions = installed.importers().values().stream()
                .flatMap(i -> i.descriptor().extensions().stream().limit(1)).map(e -> "." + e)
                .collect(Collectors.toCollection(TreeSet::new));
        return installed.withFailures(new StringBuilder("cannot tell the format of " + name
                + ": no installed importer recognises it" + (installed.importers().isEmpty() ? " (none is installed)"
                : " (installed: " + String.join(", ", installed.ids(Direction.READ)) + ")")
                + ". " + advice.readSentence() + (extensions.isEmpty() ? "" : ", or use a file extension such as "
                + String.join(", ", extensions)) + "."));
    }

    /**
     * The exporter for an output path, by its extension; a path without one (a folder) goes to an
     * exporter that writes folders. Of several exporters claiming the extension, those whose own (first)
     * extension it is come first, then the higher priority, then the class name that sorts first.
     *
     * @throws FormatNotFoundException if no installed format claims it
     */
    Exporter exporterFor(Path path) {
        String ext = extension(path);
        String name = fileName(path);
        Optional<Exporter> byName = ext == null ? Optional.empty() : installed.exporters().values().stream()
                .filter(e -> e.descriptor().matchesFileName(name))
                .min(Comparator.<Exporter>comparingInt(e -> e.descriptor().extensionOf(name) == 0 ? 0 : 1)
                        .thenComparingInt(e -> -e.descriptor().priority())
                        .thenComparing(e -> e.getClass().getName()));
        // An extension a format claims decides, also for an existing folder of that name ("x.json"): the
        // write then says that a folder stands where the file would go, rather than picking a folder format.
        if (byName.isPresent()) {
            return byName.get();
        }
        if (ext == null || Files.isDirectory(path)) {
            return installed.exporters().values().stream().filter(Exporter::writesDirectories).findFirst()
                    .orElseThrow(() -> noFolderFormat(Direction.WRITE));
        }
        return byName.orElseThrow(() -> knownMissing(Direction.WRITE, ext)
                        .map(known -> installed.missing(Direction.WRITE, known.id()))
                        .orElseGet(() -> installed.withFailures(new StringBuilder("no installed exporter writes ." + ext
                                + " files (installed: " + String.join(", ", installed.ids(Direction.WRITE))
                                + "). " + advice.writeSentence() + "."))));
    }

    /** The known format, not installed in this direction, whose plugin would claim an extension. */
    private Optional<KnownFormat> knownMissing(Direction direction, String ext) {
        Predicate<KnownFormat> absent = f -> direction.artifactOf(f) != null && (direction == Direction.READ
                ? installed.findImporter(f.id()).isEmpty() : installed.findExporter(f.id()).isEmpty());
        return KnownFormats.byExtension(ext).stream().filter(absent).findFirst();
    }

    private FormatNotFoundException noFolderFormat(Direction direction) {
        return KnownFormats.folders().stream().filter(f -> direction.artifactOf(f) != null).findFirst()
                .map(f -> installed.missing(direction, f.id()))
                .orElseGet(() -> installed.withFailures(new StringBuilder("no installed " + direction.service() + " "
                        + direction.verb() + "s folders (installed: " + String.join(", ", installed.ids(direction))
                        + "). " + (direction == Direction.READ ? "Name a file to read."
                        : "Give the output a file extension, or " + advice.write() + "."))));
    }

    @CheckForNull
    private static String extension(Path path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** {@return a path's file name, or the whole path where it has none} */
    static String fileName(Path path) {
        Path f = path.getFileName();
        return f == null ? path.toString() : f.toString();
    }
}
