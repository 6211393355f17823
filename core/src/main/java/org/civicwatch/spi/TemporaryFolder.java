package org.civicwatch.spi;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A private folder a plugin works in while it reads or writes (a zip unpacked before its tables are read,
 * tables written before they are packed), deleted with everything in it when closed.
 *
 * <pre>{@code
 * try (TemporaryFolder work = TemporaryFolder.create("civicwatch-zip-")) {
 *     Path entry = work.path().resolve("sightings.csv");
 *     ...
 * }
 * }</pre>
 */
public final class TemporaryFolder implements Closeable {
    private final Path path;

    private TemporaryFolder(Path path) {
        this.path = path;
    }

    /**
     * {@return a new, empty folder in the system's temporary folder}
     *
     * @param prefix the start of its name, saying whose it is ({@code civicwatch-zip-})
     * @throws IOException if it cannot be made
     */
    public static TemporaryFolder create(String prefix) throws IOException {
        return new TemporaryFolder(Files.createTempDirectory(prefix));
    }

    /** {@return the folder} */
    public Path path() {
        return path;
    }

    /** Deletes the folder and everything in it. */
    @Override
    public void close() throws IOException {
        delete(path);
    }

    /**
     * Deletes a file, or a folder with its content; nothing if it does not exist. Links are deleted, never
     * followed.
     *
     * @param path the file or folder
     * @throws IOException if something in it cannot be deleted
     */
    public static void delete(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
