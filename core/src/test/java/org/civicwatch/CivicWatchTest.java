package org.civicwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CivicWatchTest {
    @TempDir
    Path dir;

    @Test
    void writesAndReadsThroughTheDefaultRegistryInOneLineEach() throws IOException {
        Path file = dir.resolve("sample.cwl");
        CivicWatch.write(SampleData.gunmaPrefecturalOffice(), file);
        assertThat(CivicWatch.read(file)).isEqualTo(SampleData.gunmaPrefecturalOffice());
        Path copy = dir.resolve("copy.cwl");
        CivicWatch.convert(file, copy);
        assertThat(CivicWatch.read(copy)).isEqualTo(SampleData.gunmaPrefecturalOffice());
    }

    @Test
    void aFolderWhereTheOutputFileWouldGoIsCalledAFolder() throws IOException {
        Path folder = java.nio.file.Files.createDirectory(dir.resolve("sample.cwl"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> CivicWatch.write(SampleData.gunmaPrefecturalOffice(), folder))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class)
                .hasMessage(folder + ": is a folder, and this format writes a single file; name a file instead");
    }
}
