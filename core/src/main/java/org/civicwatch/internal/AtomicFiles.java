package org.civicwatch.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes a file or folder so that a failed run leaves neither a partial output nor a damaged old one:
 * the content goes to a hidden sibling first and is moved into place only when complete. A target that
 * is a symbolic link is followed: the file or folder it points at is replaced, the link stays.
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
        // Writing to a symbolic link updates the file it points at and keeps the link.
        Path absolute = followLinks(target.toAbsolutePath().normalize());
        if (absolute.getFileName() == null) {
            throw new FileSystemException(target.toString(), null, "cannot replace the root of a file system;"
                    + " name a file or folder inside it");
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new NoSuchFileException(parent.toString(), null, "the output folder does not exist; create it first");
        }
        Path temp = sibling(absolute, "tmp");
        try {
            content.writeTo(temp);
            moveIntoPlace(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                deleteRecursively(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == 40) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            p = p.resolveSibling(Files.readSymbolicLink(p));
        }
        return p;
    }

    private static Path sibling(Path target, String what) {
        return target.resolveSibling("." + target.getFileName() + "." + what + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            refuseToDropFiles(temp, target);
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

    /**
     * A folder is replaced only by a new version of itself: never by a single file, and never when it
     * holds something the new output does not, which would be lost (a user's folder named by mistake).
     */
    private static void refuseToDropFiles(Path temp, Path target) throws IOException {
        if (!Files.isDirectory(temp)) {
            throw new FileAlreadyExistsException(target.toString(), null, "is a folder, and this format writes a"
                    + " single file; name a file instead");
        }
        try (Stream<Path> old = Files.list(target)) {
            Optional<Path> extra = old.filter(p -> !Files.exists(temp.resolve(p.getFileName().toString()),
                    LinkOption.NOFOLLOW_LINKS)).findFirst();
            if (extra.isPresent()) {
                throw new FileAlreadyExistsException(target.toString(), null, "is a folder holding \""
                        + extra.get().getFileName() + "\", which the new output would not contain; a folder is only"
                        + " replaced by a new version of itself: empty it or name another folder");
            }
        }
    }

    /** Deletes a file or a folder with its content; nothing if it does not exist. */
    public static void deleteRecursively(Path path) throws IOException {
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
