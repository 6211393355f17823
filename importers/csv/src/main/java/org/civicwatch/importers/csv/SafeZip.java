package org.civicwatch.importers.csv;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.civicwatch.model.MessageText;
import org.civicwatch.spi.Cancellation;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.TemporaryFolder;

/**
 * Unpacks a data package zip into a private temporary folder, refusing what could harm: entry names that
 * would land outside it (absolute, {@code ..}, drive letters, backslashes), more entries than allowed, an
 * entry or a whole that unpacks to more than allowed, and an entry that unpacks to many times its
 * compressed size (a zip bomb). Sizes are counted as the bytes come, never taken from the zip's headers.
 */
final class SafeZip {
    /** Below this, an entry's ratio is not judged: tiny files compress oddly. */
    private static final long RATIO_FROM = 1 << 20;

    private SafeZip() {
    }

    /** Counts the compressed bytes the zip reader takes from the input. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }

    /**
     * Unpacks a zip.
     *
     * @param in the zip, read to its end (left open)
     * @param source the input's name, for errors
     * @param limits the bounds
     * @return the folder holding the entries, which the caller closes
     * @throws DataException for a damaged, truncated or refused zip, naming the entry
     * @throws IOException if the input or the temporary folder fails
     */
    static TemporaryFolder unpack(InputStream in, String source, CsvReadSettings.ZipLimits limits) throws IOException {
        TemporaryFolder root = TemporaryFolder.create("civicwatch-zip-");
        try {
            unpackInto(in, root.path(), source, limits);
            return root;
        } catch (IOException | RuntimeException e) {
            root.close();
            throw e;
        }
    }

    private static void unpackInto(InputStream in, Path root, String source, CsvReadSettings.ZipLimits limits)
            throws IOException {
        Counting counted = new Counting(in);
        ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8);
        Set<String> names = new HashSet<>();
        long entries = 0;
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        while (true) {
            Cancellation.check("unpacking " + source);
            ZipEntry e;
            try {
                e = zip.getNextEntry();
            } catch (ZipException | EOFException | IllegalArgumentException bad) {
                throw refuse(source, 1, entries == 0 ? "the input is not a zip file that can be read ("
                        + bad.getMessage() + "); a data package is a folder, or a zip of datapackage.json and CSV files"
                        : "the zip is damaged after its entry " + entries + ": " + bad.getMessage());
            }
            if (e == null) {
                break;
            }
            if (++entries > limits.entries()) {
                throw refuse(source, 1, "the zip holds more than " + limits.entries() + " entries; raise the option"
                        + " max-zip-entries if it is a real data package");
            }
            String name = e.getName();
            Path target = resolve(root, name, source);
            if (!names.add(target.toString())) {
                throw refuse(source, 1, "the zip holds the entry '" + name + "' twice");
            }
            if (e.isDirectory()) {
                Files.createDirectories(target);
                continue;
            }
            Files.createDirectories(target.getParent());
            long size = 0;
            long lines = 0;
            long compressedAtStart = counted.count;
            try (OutputStream out = Files.newOutputStream(target)) {
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    size += n;
                    total += n;
                    // The line where a bound is crossed: count only the bytes of this read that are within it.
                    long over = Math.max(size - limits.entrySize(), total - limits.totalSize());
                    int within = (int) Math.max(0, over > 0 ? n - over : n);
                    for (int i = 0; i < within; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                    if (size > limits.entrySize()) {
                        throw refuse(source, lines + 1, "in " + name + ": the entry unpacks to more than "
                                + limits.entrySize() + " bytes; raise the option max-zip-entry-size if that is meant");
                    }
                    if (total > limits.totalSize()) {
                        throw refuse(source, lines + 1, "in " + name + ": the zip unpacks to more than "
                                + limits.totalSize() + " bytes; raise the option max-zip-size if that is meant");
                    }
                    long compressed = Math.max(1, counted.count - compressedAtStart);
                    if (size > RATIO_FROM && size / compressed > limits.ratio()) {
                        throw refuse(source, lines + 1, "in " + name + ": the entry unpacks to more than "
                                + limits.ratio() + " times its compressed size, as a zip bomb does; it was not"
                                + " unpacked. Raise the option max-zip-ratio if the zip is trusted");
                    }
                    out.write(buffer, 0, n);
                }
            } catch (ZipException | EOFException bad) {
                throw refuse(source, lines + 1, "in " + name + ": the zip is cut short or damaged inside this entry,"
                        + " after line " + lines + " (" + bad.getMessage() + "); the zip was not written completely");
            }
        }
        if (entries == 0) {
            throw refuse(source, 1, "the input is not a zip file, or an empty one; a data package is a folder, or a"
                    + " zip of datapackage.json and CSV files");
        }
    }

    /** The entry's place inside the folder, or an error when the name would leave it or is not portable. */
    private static Path resolve(Path root, String name, String source) {
        boolean bad = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0
                || name.matches("^[A-Za-z]:.*");
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                bad = true;
            }
        }
        Path target = null;
        if (!bad) {
            try {
                target = root.resolve(name).normalize();
            } catch (InvalidPathException e) {
                bad = true; // a character this system's file names cannot hold
            }
        }
        if (bad || !target.startsWith(root) || target.equals(root)) {
            throw refuse(source, 1, "the zip entry " + MessageText.quote(name) + " would be unpacked outside the package"
                    + " or cannot be a file name; entry names must be relative paths without '..', '\\', NUL or a"
                    + " drive letter. The zip was not unpacked");
        }
        return target;
    }

    private static DataException refuse(String source, long line, String detail) {
        return new DataException(Location.at(source, line, 0), detail);
    }
}
