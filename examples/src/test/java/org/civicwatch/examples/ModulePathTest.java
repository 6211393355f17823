package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicwatch.CivicWatch;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jars work on the module path: core and the format plugins, loaded as modules into a fresh
 * module layer, find each other through {@code ServiceLoader} there.
 */
class ModulePathTest {

    @Test
    void formatPluginsAreFoundInAModuleLayer() throws Exception {
        List<Path> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.endsWith(".jar")).map(Path::of).toList();
        List<Path> civicwatch = jars.stream().filter(p -> p.getFileName().toString().startsWith("civicwatch-"))
                .toList();
        // The reactor hands over jars only when the upstream modules were packaged (mvn verify/install).
        assumeTrue(civicwatch.size() >= 3, "civicwatch modules are on the class path as jars");

        ModuleFinder finder = ModuleFinder.of(jars.toArray(Path[]::new));
        Set<String> roots = finder.findAll().stream().map(ModuleReference::descriptor)
                .map(d -> d.name()).filter(n -> n.startsWith("org.civicwatch"))
                // the Beam pipeline's jar is here, without Beam, for the architecture rules only
                .filter(n -> !n.equals("org.civicwatch.pipeline")).collect(Collectors.toSet());
        assertThat(roots).contains("org.civicwatch.core", "org.civicwatch.importers.json",
                "org.civicwatch.exporters.json", "org.civicwatch.importers.html", "org.civicwatch.exporters.html");

        Configuration config = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), roots);
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
        Class<?> registryClass = layer.findLoader("org.civicwatch.core").loadClass("org.civicwatch.FormatRegistry");
        assertThat(registryClass.getModule().getName()).isEqualTo("org.civicwatch.core");

        Object registry = registryClass.getMethod("load", ModuleLayer.class).invoke(null, layer);
        String listing = (String) registryClass.getMethod("describe").invoke(registry);
        List<?> failures = (List<?>) registryClass.getMethod("failures").invoke(registry);

        assertThat(failures).isEmpty();
        assertThat(listing).contains("json ", "jsonl ", "html ");
        assertThat(listing).contains("org.civicwatch.importers.json", "org.civicwatch.exporters.json",
                "org.civicwatch.exporters.html.BlogHtmlExporter");
    }

    @Test
    void convertsJsonToJsonLinesWithOnlyTheModulesItNeeds(@TempDir Path dir) throws Exception {
        List<Path> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.endsWith(".jar")).map(Path::of).toList();
        // Only core, the JSON library and the two JSON plugins, with Jackson: no blog HTML, no testkit.
        List<Path> needed = jars.stream().filter(p -> {
            String name = p.getFileName().toString();
            return name.startsWith("civicwatch-core-") && !name.contains("tests")
                    || name.startsWith("civicwatch-json-") || name.startsWith("civicwatch-importer-json-")
                    || name.startsWith("civicwatch-exporter-json-") || name.startsWith("jackson-");
        }).toList();
        assumeTrue(needed.stream().filter(p -> p.getFileName().toString().startsWith("civicwatch-")).count() == 4,
                "the four civicwatch jars are on the class path as jars");

        ModuleFinder finder = ModuleFinder.of(needed.toArray(Path[]::new));
        Set<String> roots = Set.of("org.civicwatch.core", "org.civicwatch.importers.json",
                "org.civicwatch.exporters.json");
        Configuration config = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), roots);
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
        assertThat(layer.modules()).extracting(Module::getName).contains("org.civicwatch.json", "tools.jackson.databind")
                .doesNotContain("org.civicwatch.importers.html", "org.civicwatch.testkit");
        // Internal packages stay closed to other modules.
        Module importer = layer.findModule("org.civicwatch.importers.json").orElseThrow();
        assertThat(importer.isExported("org.civicwatch.importers.json")).isTrue();
        assertThat(importer.isExported("org.civicwatch.importers.json.internal")).isFalse();

        Class<?> registryClass = layer.findLoader("org.civicwatch.core").loadClass("org.civicwatch.FormatRegistry");
        Object registry = registryClass.getMethod("load", ModuleLayer.class).invoke(null, layer);
        Path in = dir.resolve("gunma-2017.json");
        Files.copy(Path.of("data/gunma-2017.json"), in);
        Path out = dir.resolve("gunma-2017.jsonl");
        registryClass.getMethod("convert", Path.class, Path.class).invoke(registry, in, out);

        assertThat((List<?>) registryClass.getMethod("failures").invoke(registry)).isEmpty();
        assertThat(CivicWatch.read(out)).isEqualTo(SampleData.gunmaPrefecturalOffice());
    }
}
