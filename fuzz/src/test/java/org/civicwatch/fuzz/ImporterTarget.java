package org.civicwatch.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.annotation.CheckForNull;
import org.civicwatch.CivicWatch;
import org.civicwatch.FormatRegistry;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.MessageText;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.FormatNotFoundException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.StandardOptions;

/**
 * What every importer promises, checked on one input: read strictly, read leniently and read with the format
 * detected from the bytes and a file name, each ends in a dataset or in a {@link DataException} that names
 * the source. Nothing else may escape: no other runtime exception, no {@link Error} (an
 * {@code OutOfMemoryError} or {@code StackOverflowError} too), no {@code IOException} from bytes already in
 * memory; and a message shows no control character of the input as it is. A dataset read is written as a JSON document and must read back equal, so nothing read is lost on
 * the way out. A new importer's fuzz test is one line: {@code ImporterTarget.read("mt", input)}.
 */
final class ImporterTarget {
    /** The name the input goes by in messages; every located error must name it. */
    static final String SOURCE = "fuzz-input";
    private static final FormatRegistry FORMATS = CivicWatch.formats();
    private static final Options LENIENT = Options.EMPTY.with(StandardOptions.LENIENT, true);

    private ImporterTarget() {
    }

    /** Reads {@code input} as one file in the format {@code formatId}, every way a user can. */
    static void read(String formatId, byte[] input) {
        String extension = FORMATS.importer(formatId).descriptor().extensions().stream().findFirst().orElse(formatId);
        String source = SOURCE + "." + extension;
        readOnce(() -> FORMATS.read(new ByteArrayInputStream(input), source, formatId, Options.EMPTY), source);
        readOnce(() -> FORMATS.read(new ByteArrayInputStream(input), source, formatId, LENIENT), source);
        try {
            readOnce(() -> CivicWatch.read(new ByteArrayInputStream(input), source), source);
        } catch (FormatNotFoundException e) {
            // detection may find no format in bytes this mangled; it says so, which is what it promises
            requireMessage(e);
        }
    }

    /**
     * Reads {@code input} as the files of a folder (see {@link FolderInput}) in the format {@code formatId},
     * strictly and leniently.
     */
    static void readFolder(String formatId, byte[] input) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("civicwatch-fuzz-");
            FolderInput.write(input, dir);
            Path folder = dir;
            readOnce(() -> FORMATS.read(folder, formatId, Options.EMPTY), null);
            readOnce(() -> FORMATS.read(folder, formatId, LENIENT), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the fuzz input as files", e);
        } finally {
            delete(dir);
        }
    }

    /** A read, which may throw what reading throws. */
    interface Read {
        Dataset run() throws IOException;
    }

    private static void readOnce(Read read, @CheckForNull String source) {
        Dataset d;
        try {
            d = read.run();
        } catch (DataException e) {
            requireMessage(e);
            if (source != null && !e.location().source().startsWith(source)) {
                throw new AssertionError("the error is located in '" + e.location().source() + "', not in the input "
                        + source + ": " + e.getMessage(), e);
            }
            return;
        } catch (IOException e) {
            throw new AssertionError("an IOException escaped a read of bytes in memory: " + e, e);
        }
        requireWholeAfterJson(d);
    }

    /** What was read is a dataset every format can carry: the JSON document holds it whole. */
    private static void requireWholeAfterJson(Dataset d) {
        try {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            FORMATS.write(d, json, "json", Options.EMPTY);
            Dataset back = FORMATS.read(new ByteArrayInputStream(json.toByteArray()), "read-back.json", "json",
                    Options.EMPTY);
            if (!back.equals(d)) {
                throw new AssertionError("the dataset read does not come back equal from JSON:\n" + d + "\n" + back);
            }
        } catch (IOException | DataException e) {
            throw new AssertionError("the dataset read cannot be written as JSON and read back: " + e, e);
        }
    }

    /** A message a person can read: there is one, and it holds no control or invisible character unescaped. */
    private static void requireMessage(RuntimeException e) {
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError("an error without a message", e);
        }
        if (!MessageText.inMessage(e.getMessage()).equals(e.getMessage())) {
            throw new AssertionError("the message shows a control or invisible character as it is: "
                    + MessageText.quote(e.getMessage()), e);
        }
    }

    private static void delete(@CheckForNull Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
