package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

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
                .map(d -> d.name()).filter(n -> n.startsWith("org.civicwatch")).collect(Collectors.toSet());
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
}
