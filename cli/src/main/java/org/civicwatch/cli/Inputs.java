package org.civicwatch.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The inputs a command was given, each a file or folder to read: a file as named, the files of a folder
 * (a CSV data package, holding {@code datapackage.json}, is one input), the files a glob matches
 * ({@code 'posts/*.html'}, {@code 'archive/**.html'}), and {@code -} for standard input, which is kept
 * in a temporary file named {@code stdin} so that it is read as any file is (its format recognised,
 * read record by record) and is named {@code stdin} in messages.
 */
final class Inputs implements Closeable {
    /** The name that means standard input or output. */
    static final String STANDARD = "-";
    /** How messages name standard input. */
    static final String STANDARD_INPUT = "stdin";
    /** The file a CSV data package folder holds (Frictionless Data), which makes the folder one input. */
    private static final String DATA_PACKAGE_DESCRIPTOR = "datapackage.json";

    /**
     * One input.
     *
     * @param path the file or folder to read
     * @param name how messages name it: as given, or {@code stdin}
     */
    record Input(Path path, String name) {
        /** {@return whether this is the copy of standard input} */
        boolean isStandardInput() {
            return name.equals(STANDARD_INPUT);
        }

        /** {@return the size in bytes of a file, or -1 for a folder} */
        long size() {
            try {
                return Files.isRegularFile(path) ? Files.size(path) : -1;
            } catch (IOException e) {
                return -1;
            }
        }
    }

    private final List<Input> inputs;
    private final List<Path> temporary;

    private Inputs(List<Input> inputs, List<Path> temporary) {
        this.inputs = List.copyOf(inputs);
        this.temporary = temporary;
    }

    /**
     * Expands the arguments into inputs, in the order given (a folder's or glob's files sorted by name).
     *
     * @param args the arguments: files, folders, globs, {@code -}
     * @param stdin standard input, read when an argument is {@code -}
     * @return the inputs; close to delete the copy of standard input
     * @throws NoSuchFileException for a file that does not exist or a glob matching nothing
     * @throws UsageException for {@code -} given twice
     * @throws IOException if a folder cannot be listed or standard input cannot be read
     */
    static Inputs expand(List<String> args, InputStream stdin) throws IOException {
        List<Input> found = new ArrayList<>();
        List<Path> temporary = new ArrayList<>();
        try {
            for (String arg : args) {
                if (arg.equals(STANDARD)) {
                    if (!temporary.isEmpty()) {
                        throw new UsageException("standard input ('-') can be read only once");
                    }
                    Path folder = Files.createTempDirectory("civicwatch-stdin");
                    temporary.add(folder);
                    Path copy = folder.resolve(STANDARD_INPUT);
                    Files.copy(stdin, copy);
                    found.add(new Input(copy, STANDARD_INPUT));
                } else {
                    expand(arg, found);
                }
            }
        } catch (IOException | RuntimeException e) {
            delete(temporary);
            throw e;
        }
        return new Inputs(found, temporary);
    }

    private static void expand(String arg, List<Input> found) throws IOException {
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            if (Files.isRegularFile(path.resolve(DATA_PACKAGE_DESCRIPTOR))) {
                found.add(new Input(path, arg));
                return;
            }
            List<Path> files;
            try (Stream<Path> list = Files.list(path)) {
                files = list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted(Comparator.comparing(Path::toString)).toList();
            }
            if (files.isEmpty()) {
                throw new NoSuchFileException(arg, null, "the folder has no files to read");
            }
            files.forEach(f -> found.add(new Input(f, f.toString())));
        } else if (Files.exists(path) || !isGlob(arg)) {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(arg, null, "no such file or folder");
            }
            found.add(new Input(path, arg));
        } else {
            List<Path> matches = glob(arg);
            if (matches.isEmpty()) {
                throw new NoSuchFileException(arg, null, "no file matches this pattern");
            }
            matches.forEach(f -> found.add(new Input(f, f.toString())));
        }
    }

    private static boolean isGlob(String arg) {
        return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** The files a glob matches, looked for under the longest leading folder that has no pattern in it. */
    private static List<Path> glob(String pattern) throws IOException {
        String separator = FileSystems.getDefault().getSeparator();
        List<String> parts = List.of(pattern.split(Pattern.quote(separator), -1));
        int fixed = 0;
        while (fixed < parts.size() - 1 && !isGlob(parts.get(fixed))) {
            fixed++;
        }
        String base = String.join(separator, parts.subList(0, fixed));
        Path start = fixed == 0 ? Path.of("") : Path.of(base.isEmpty() ? separator : base);
        String rest = String.join(separator, parts.subList(fixed, parts.size()));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        int depth = rest.contains("**") ? Integer.MAX_VALUE : parts.size() - fixed;
        Path walked = fixed == 0 ? Path.of(".") : start;
        if (!Files.isDirectory(walked)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(walked, depth)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> start.resolve(walked.relativize(p)))
                    .filter(p -> matcher.matches(start.relativize(p)))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    /** {@return the inputs, in order} */
    List<Input> list() {
        return inputs;
    }

    /** {@return the inputs' total size in bytes, or -1 when a folder's is not known} */
    long totalBytes() {
        long total = 0;
        for (Input i : inputs) {
            long size = i.size();
            if (size < 0) {
                return -1;
            }
            total += size;
        }
        return total;
    }

    /** Deletes the copy of standard input, if one was made. */
    @Override
    public void close() throws IOException {
        delete(temporary);
    }

    private static void delete(List<Path> folders) throws IOException {
        for (Path folder : folders) {
            deleteRecursively(folder);
        }
    }

    /** Deletes a temporary folder and all it holds. */
    static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
