package org.civicwatch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private static AtomicFiles.Content folderWith(String... names) {
        return temp -> {
            Files.createDirectory(temp);
            for (String n : names) {
                Files.writeString(temp.resolve(n), "new " + n);
            }
        };
    }

    private String listing() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p).toString()).sorted().toList().toString();
        }
    }

    @Test
    void replacesAFileOnlyWhenTheNewContentIsComplete() throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> AtomicFiles.replace(file, temp -> {
            Files.writeString(temp, "half of the new");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(listing()).isEqualTo("[, out.txt]");

        AtomicFiles.replace(file, temp -> Files.writeString(temp, "new"));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(listing()).isEqualTo("[, out.txt]");
    }

    @Test
    void writesThroughASymbolicLinkAndKeepsTheLink() throws IOException {
        Path real = Files.createDirectory(dir.resolve("data")).resolve("real.txt");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("data", "real.txt"));

        AtomicFiles.replace(link, temp -> Files.writeString(temp, "new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(listing()).isEqualTo("[, data, data/real.txt, link.txt]");
    }

    @Test
    void writesThroughADanglingLinkToTheFileItNames() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("later.txt"));
        AtomicFiles.replace(link, temp -> Files.writeString(temp, "new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("later.txt"))).isEqualTo("new");
    }

    @Test
    void aMissingOutputFolderIsNamedWithTheFix() {
        Path file = dir.resolve("missing").resolve("out.txt");
        assertThatThrownBy(() -> AtomicFiles.replace(file, temp -> Files.writeString(temp, "new")))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessage(dir.resolve("missing") + ": the output folder does not exist; create it first");
    }

    @Test
    void replacesAFolderWithANewVersionOfIt() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("pkg"));
        Files.writeString(folder.resolve("a.csv"), "old a");
        AtomicFiles.replace(folder, folderWith("a.csv", "b.csv"));
        assertThat(Files.readString(folder.resolve("a.csv"))).isEqualTo("new a.csv");
        assertThat(listing()).isEqualTo("[, pkg, pkg/a.csv, pkg/b.csv]");
    }

    @Test
    void aFailedFolderWriteLeavesTheOldFolderAndNoTemporary() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("pkg"));
        Files.writeString(folder.resolve("a.csv"), "old a");
        assertThatThrownBy(() -> AtomicFiles.replace(folder, temp -> {
            folderWith("a.csv").writeTo(temp);
            throw new IllegalStateException("bad record");
        })).hasMessage("bad record");
        assertThat(Files.readString(folder.resolve("a.csv"))).isEqualTo("old a");
        assertThat(listing()).isEqualTo("[, pkg, pkg/a.csv]");
    }

    @Test
    void neverDropsAFolderForASingleFileOrLosesFilesItDidNotWrite() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(folder.resolve("diary.txt"), "mine");
        assertThatThrownBy(() -> AtomicFiles.replace(folder, temp -> Files.writeString(temp, "new")))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("is a folder, and this format writes a single file; name a file instead");
        assertThatThrownBy(() -> AtomicFiles.replace(folder, folderWith("a.csv")))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("is a folder holding \"diary.txt\", which the new output would not contain");
        assertThat(Files.readString(folder.resolve("diary.txt"))).isEqualTo("mine");
        assertThat(listing()).isEqualTo("[, notes, notes/diary.txt]");
    }

    @Test
    void refusesTheRootOfTheFileSystem() {
        Path root = dir.getRoot();
        assertThatThrownBy(() -> AtomicFiles.replace(root, folderWith("a.csv")))
                .hasMessageContaining("cannot replace the root of a file system");
    }

    @Test
    void anOutputFolderThatIsAFileIsCalledAFile() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> AtomicFiles.replace(notAFolder.resolve("out.json"), temp -> Files.writeString(temp, "")))
                .isInstanceOf(java.nio.file.NotDirectoryException.class)
                .hasMessage(notAFolder + ": is a file, not a folder; the output must go into a folder");
    }

    @Test
    void theTemporaryFileSaysWhatItIsAndWhoseItIs() throws IOException {
        Path file = dir.resolve("out.json");
        String[] seen = new String[1];
        AtomicFiles.replace(file, temp -> {
            seen[0] = temp.getFileName().toString();
            Files.writeString(temp, "new");
        });
        // It ends with the target's extension, so that an exporter writing by extension sees it.
        assertThat(seen[0]).matches("\\.out\\.json\\.civicwatch-partial-" + ProcessHandle.current().pid()
                + "-[0-9a-f]+\\.json");
    }

    @Test
    void aTemporaryFolderForAZipEndsInZipAndALeftoverOfItIsStillRecognised() throws IOException {
        Path zip = dir.resolve("package.zip");
        String[] seen = new String[1];
        AtomicFiles.replace(zip, temp -> {
            seen[0] = temp.getFileName().toString();
            Files.writeString(temp, "zip");
        });
        assertThat(seen[0]).startsWith(".package.zip.civicwatch-partial-").endsWith(".zip");
        Path dead = Files.writeString(dir.resolve(".package.zip.civicwatch-partial-9999999999-1a2b.zip"), "half");
        AtomicFiles.replace(zip, temp -> Files.writeString(temp, "again"));
        assertThat(dead).doesNotExist();
    }

    @Test
    void whatAKilledRunLeftIsRemovedByTheNextAndALiveRunsIsKept() throws IOException {
        Path file = dir.resolve("out.json");
        // No process has a pid this high on Linux (at most 2^22): a run that was killed.
        Path dead = Files.writeString(dir.resolve(".out.json.civicwatch-partial-9999999999-1a2b"), "half");
        Path deadFolder = Files.createDirectory(dir.resolve(".out.json.civicwatch-old-9999999998-3c4d"));
        Files.writeString(deadFolder.resolve("a.csv"), "x");
        Path live = Files.writeString(dir.resolve(".out.json.civicwatch-partial-" + ProcessHandle.current().pid()
                + "-5e6f"), "being written");
        Path someoneElses = Files.writeString(dir.resolve(".other.json.civicwatch-partial-9999999999-1a2b"), "x");

        AtomicFiles.replace(file, temp -> Files.writeString(temp, "new"));

        assertThat(dead).doesNotExist();
        assertThat(deadFolder).doesNotExist();
        assertThat(live).exists();
        assertThat(someoneElses).as("another target's leftovers are its own run's to clean").exists();
    }

    @Test
    void theSpoolsOfAKilledRunBesideItsTemporaryFileAreRemovedToo() throws IOException {
        Path file = dir.resolve("out.json");
        Path deadSpool = Files.writeString(dir.resolve("..out.json.civicwatch-partial-9999999999-1a2b.json"
                + ".civicwatch-spool-incidents-8841.spool"), "records");
        Path liveSpool = Files.writeString(dir.resolve("..out.json.civicwatch-partial-" + ProcessHandle.current().pid()
                + "-5e6f.json.civicwatch-spool-1234.bin"), "records");
        Path notOurs = Files.writeString(dir.resolve("..out.json.civicwatch-partial-notapid-1a2b.json"), "x");

        AtomicFiles.replace(file, temp -> Files.writeString(temp, "new"));

        assertThat(deadSpool).doesNotExist();
        assertThat(liveSpool).exists();
        assertThat(notOurs).exists();
    }

    @Test
    void aFolderThatCannotBeWrittenIntoIsNamedNotOnlyTheTemporaryFile() throws IOException {
        Path file = dir.resolve("out.json");
        // as the file system says it, which names only the file it could not create
        assertThatThrownBy(() -> AtomicFiles.replace(file, temp -> {
            throw new java.nio.file.AccessDeniedException(temp.toString());
        })).isInstanceOf(java.nio.file.AccessDeniedException.class)
                .hasMessage(file + ": cannot write into its folder " + dir + " (permission denied)");
        assertThat(listing()).isEqualTo("[]");
        // and for real, where permissions hold (not for the superuser)
        Path locked = Files.createDirectory(dir.resolve("locked"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(locked)
                .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class), "POSIX permissions");
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "the superuser writes anywhere");
            assertThatThrownBy(() -> AtomicFiles.replace(locked.resolve("x.json"), temp -> Files.writeString(temp, "x")))
                    .hasMessageContaining("cannot write into its folder " + locked);
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aNameAsLongAsTheFileSystemAllowsCanBeWritten() throws IOException {
        Path file = dir.resolve("監".repeat(80) + ".json");   // 240 bytes of UTF-8 and the extension
        AtomicFiles.replace(file, temp -> Files.writeString(temp, "new"));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(listing()).isEqualTo("[, " + file.getFileName() + "]");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path file = Files.writeString(dir.resolve("shared.json"), "old");
        java.util.Set<java.nio.file.attribute.PosixFilePermission> mode =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(file)
                .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class), "POSIX permissions");
        Files.setPosixFilePermissions(file, mode);
        AtomicFiles.replace(file, temp -> Files.writeString(temp, "new"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(mode);
    }
}
