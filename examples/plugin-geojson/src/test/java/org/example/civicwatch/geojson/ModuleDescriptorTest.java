package org.example.civicwatch.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.civicwatch.FormatRegistry;
import org.junit.jupiter.api.Test;

/** The plugin works on the module path through its own descriptor, which says what it provides and exports. */
class ModuleDescriptorTest {

    private static List<Path> modulePath() throws Exception {
        List<Path> paths = new ArrayList<>();
        paths.add(Path.of(GeoJsonExporter.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
                .flatMap(p -> Stream.of(p.split(File.pathSeparator))).filter(p -> !p.isEmpty()).map(Path::of)
                .filter(p -> {
                    String name = p.getFileName().toString();
                    return name.endsWith(".jar") && (name.startsWith("civicwatch-core-") || name.startsWith("jackson-")
                            || name.startsWith("jsr305-"));
                })
                .forEach(paths::add);
        return paths;
    }

    @Test
    void declaresItsProvidersAndExportsOnlyItsApi() throws Exception {
        ModuleDescriptor d = ModuleFinder.of(modulePath().get(0)).find("org.example.civicwatch.geojson")
                .orElseThrow().descriptor();
        assertThat(d.isAutomatic()).isFalse();
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactly("org.example.civicwatch.geojson");
        assertThat(d.provides()).extracting(p -> p.service() + " " + p.providers()).containsExactlyInAnyOrder(
                "org.civicwatch.spi.Exporter [org.example.civicwatch.geojson.GeoJsonExporter]",
                "org.civicwatch.spi.Importer [org.example.civicwatch.geojson.GeoJsonImporter]");
        assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name)
                .contains("org.civicwatch.core", "tools.jackson.databind");
    }

    @Test
    void isFoundByTheRegistryOnTheModulePath() {
        // Surefire runs this module's tests on the module path (it has a module-info): the plugin, core and
        // Jackson are named modules of the boot layer, and core's registry looks there.
        Module plugin = GeoJsonExporter.class.getModule();
        assumeTrue(plugin.isNamed(), "the tests run on the module path");
        assertThat(plugin.getName()).isEqualTo("org.example.civicwatch.geojson");
        assertThat(FormatRegistry.class.getModule().getName()).isEqualTo("org.civicwatch.core");

        FormatRegistry registry = FormatRegistry.load(plugin.getLayer());
        assertThat(registry.failures()).isEmpty();
        assertThat(registry.exporters()).extracting(e -> e.getClass().getName() + " in " + e.getClass().getModule().getName())
                .containsExactly("org.example.civicwatch.geojson.GeoJsonExporter in org.example.civicwatch.geojson");
        assertThat(registry.importers()).extracting(i -> i.getClass().getName())
                .containsExactly("org.example.civicwatch.geojson.GeoJsonImporter");
    }
}
