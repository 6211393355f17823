package org.civicwatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Problem;

/**
 * What a conversion read: how many records, in which format, and the problems and warnings of the read.
 *
 * <p>A conversion that reads no record from an input that is not empty carries a warning saying so
 * ({@link #nothingRead}): the input was perhaps read as the wrong format. It fails nothing, in strict
 * mode either, because a dataset document with no records is legitimate and converts to an empty one.
 *
 * @param input the input's name, as messages give it
 * @param format the id of the format it was read as
 * @param records how many records were read and written
 * @param problems what lenient reading passed over, and the warnings, in order
 */
public record Converted(String input, String format, long records, List<Problem> problems) {
    /** The hint of the facade's warning: how to read the input in another format. */
    static final String NAME_THE_FORMAT = "if it is in another format, read it with that format named";

    /**
     * A conversion's report.
     *
     * @param input the input's name
     * @param format the format id it was read as
     * @param records the records read
     * @param problems its problems and warnings
     */
    public Converted {
        problems = List.copyOf(problems);
    }

    /** {@return the warnings alone: input read but not all understood, or no record read at all} */
    public List<Problem> warnings() {
        return problems.stream().filter(Problem::warning).toList();
    }

    /**
     * {@return the warning that a read found no record in an input that holds something}, or empty when
     * it found some or the input is empty (a file of no bytes, a folder of none)
     *
     * @param path the file or folder read
     * @param name the input's name in the warning (a file name, "standard input")
     * @param format the format it was read as
     * @param records how many records were read
     * @param hint what to do about it, as the caller would say it ("name its format with --from")
     * @throws IOException if the input's size cannot be told
     */
    public static Optional<Problem> nothingRead(Path path, String name, FormatDescriptor format, long records,
                                                String hint) throws IOException {
        if (records > 0 || !holdsBytes(path)) {
            return Optional.empty();
        }
        return Optional.of(nothingRead(name, format, hint));
    }

    /** {@return the warning that no record was read from a non-empty input} */
    static Problem nothingRead(String name, FormatDescriptor format, String hint) {
        return new Problem(Location.of(name), "0 records read from a non-empty input, read as '" + format.id() + "' ("
                + format.name() + "); " + hint, null, true);
    }

    private static boolean holdsBytes(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return Files.size(path) > 0;
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.anyMatch(f -> {
                try {
                    return Files.isRegularFile(f) && Files.size(f) > 0;
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }
}
