package org.civicwatch.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file or folder so that a failed run leaves neither a partial output nor a damaged old one:
 * the content goes to a hidden sibling first and is moved into place only when complete.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes content to a path it is given (which does not exist yet). */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    /**
     * Writes {@code target} through a temporary sibling.
     *
     * @throws IOException from the content or the move; the target is then as it was
     */
    public static void replace(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new NoSuchFileException(parent.toString(), null, "the output folder does not exist; create it first");
        }
        Path temp = sibling(absolute, "tmp");
        try {
            content.writeTo(temp);
            moveIntoPlace(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            deleteRecursively(temp);
            throw e;
        }
    }

    private static Path sibling(Path target, String what) {
        return target.resolveSibling("." + target.getFileName() + "." + what + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        if (Files.isDirectory(target) && !Files.isSymbolicLink(target)) {
            // A folder cannot be replaced in one move: set the old one aside, move, then delete it.
            Path old = sibling(target, "old");
            Files.move(target, old);
            try {
                Files.move(temp, target);
            } catch (IOException e) {
                Files.move(old, target);
                throw e;
            }
            deleteRecursively(old);
            return;
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a file or a folder with its content; nothing if it does not exist. */
    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
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
