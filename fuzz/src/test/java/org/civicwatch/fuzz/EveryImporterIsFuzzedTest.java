package org.civicwatch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civicwatch.CivicWatch;
import org.civicwatch.spi.Importer;
import org.junit.jupiter.api.Test;

/** Every importer installed here has a fuzz target named after its format, with committed inputs to replay. */
class EveryImporterIsFuzzedTest {

    @Test
    void everyInstalledImporterHasAFuzzTargetWithSeeds() throws IOException, URISyntaxException {
        List<String> formats = CivicWatch.formats().importers().stream().map(Importer::descriptor)
                .map(d -> d.id()).toList();
        Set<String> targets = Arrays.stream(ImporterFuzzTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(FuzzTest.class)).map(m -> m.getName()).collect(Collectors.toSet());

        assertThat(formats).contains("json", "jsonl", "csv", "datapackage", "html");
        assertThat(targets).containsAll(formats);
        Path inputs = Path.of(ImporterFuzzTest.class.getResource("ImporterFuzzTestInputs").toURI());
        for (String target : targets) {
            try (Stream<Path> seeds = Files.list(inputs.resolve(target))) {
                assertThat(seeds.count()).as("committed inputs of %s", target).isGreaterThanOrEqualTo(4);
            }
        }
    }
}
