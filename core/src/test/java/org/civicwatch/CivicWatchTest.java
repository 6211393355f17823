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
}
