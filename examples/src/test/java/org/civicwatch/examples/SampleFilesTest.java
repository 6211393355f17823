package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicwatch.CivicWatch;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON files in {@code data/} are exactly what the exporters write for the sample dataset today, so
 * that they can be read as the format's reference examples; {@link SampleFiles} rewrites them.
 */
class SampleFilesTest {

    @Test
    void shippedFilesAreTheCurrentExportOfTheSampleDataset(@TempDir Path fresh) throws IOException {
        SampleFiles.main(new String[] {fresh.toString()});
        for (String name : SampleFiles.NAMES) {
            Path shipped = Path.of("data").resolve(name);
            assertThat(CivicWatch.read(shipped)).as("%s read back", shipped)
                    .isEqualTo(SampleData.gunmaPrefecturalOffice());
            assertThat(Files.readAllBytes(shipped)).as("%s has drifted from SampleData; rewrite it with"
                    + " SampleFiles (see its Javadoc)", shipped).isEqualTo(Files.readAllBytes(fresh.resolve(name)));
        }
    }
}
