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
}
