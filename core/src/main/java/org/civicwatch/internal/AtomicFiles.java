package org.civicwatch.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicwatch.spi.TemporaryFolder;

/**
 * Writes a file or folder so that a failed run leaves neither a partial output nor a damaged old one:
 * the content goes to a hidden sibling first and is moved into place only when complete. A target that
 * is a symbolic link is followed: the file or folder it points at is replaced, the link stays. A replaced
 * file keeps its permissions; what a killed run left behind is removed by the next run writing the same
 * target.
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
        if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new NotDirectoryException(parent + ": is a file, not a folder; the output must go into a folder");
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw new NoSuchFileException(parent.toString(), null, "the output folder does not exist; create it first");
        }
        removeStaleSiblings(absolute);
        Path temp = sibling(absolute, PARTIAL);
        try {
            try {
                content.writeTo(temp);
            } catch (AccessDeniedException e) {
                AccessDeniedException named = new AccessDeniedException(absolute.toString(), null,
                        "cannot write into its folder " + parent + " (permission denied)");
                named.initCause(e);
                throw named;
            }
            keepPermissions(absolute, temp);
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

    /** A replaced file keeps who may read and write it. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.isRegularFile(target) && Files.isRegularFile(temp)
                && Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    /**
     * Removes what an earlier run writing this same target left when it was killed: siblings named by
     * {@link #sibling} whose process is gone. A run still going (its process alive) is left alone.
     */
    private static void removeStaleSiblings(Path target) throws IOException {
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        // .NAME.civicwatch-WHAT-PID-RANDOM, and the spools beside it: ..NAME.civicwatch-partial-PID-RANDOM.…
        Pattern ours = Pattern.compile("\\.\\.?" + Pattern.quote(shortName(target))
                + "\\.civicwatch-(?:" + PARTIAL + "|" + OLD + ")-([0-9]{1,19})-[0-9a-f]+(?:\\..*)?");
        try (Stream<Path> siblings = Files.list(folder)) {
            for (Path p : (Iterable<Path>) siblings::iterator) {
                Matcher m = ours.matcher(p.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    deleteRecursively(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up after others is a courtesy: it never stops this run.
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

    /** What a temporary sibling holds: output being written, or an old folder being replaced. */
    private static final String PARTIAL = "partial";
    private static final String OLD = "old";
    /**
     * The longest target name a temporary sibling keeps whole, within the usual 255 bytes of a name: room is
     * left for the sibling's additions (61 bytes at most) and for the spools written beside it, named after
     * it ({@code .SIBLING.civicwatch-spool-sightings-RANDOM.spool}, 54 bytes at most).
     */
    private static final int LONGEST_NAME_KEPT = 120;

    /**
     * A hidden sibling that says what it is and whose it is: {@code .NAME.civicwatch-partial-PID-RANDOM}, so
     * a person knows to delete it, and the next run can tell a dead run's leftovers from a live one's. It
     * ends with the target's extension ({@code .pkg.zip.civicwatch-partial-PID-RANDOM.zip}), so that an
     * exporter that writes by extension (a data package as a zip or as a folder) sees which is wanted.
     */
    private static Path sibling(Path target, String what) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        return target.resolveSibling("." + shortName(target) + ".civicwatch-" + what + "-" + ProcessHandle.current().pid()
                + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + extension);
    }

    /** The target's name, cut short (with a hash of the whole) where the sibling's name would be too long. */
    private static String shortName(Path target) {
        String name = target.getFileName().toString();
        if (name.getBytes(StandardCharsets.UTF_8).length <= LONGEST_NAME_KEPT) {
            return name;
        }
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > LONGEST_NAME_KEPT - 9) {
                break;
            }
            kept.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return kept + "~" + Integer.toHexString(name.hashCode());
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            refuseToDropFiles(temp, target);
            // A folder cannot be replaced in one move: set the old one aside, move, then delete it.
            Path old = sibling(target, OLD);
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
        TemporaryFolder.delete(path);
    }
}
