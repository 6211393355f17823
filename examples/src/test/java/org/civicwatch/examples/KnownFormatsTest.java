package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicwatch.CivicWatch;
import org.civicwatch.FormatRegistry;
import org.civicwatch.KnownFormat;
import org.civicwatch.KnownFormats;
import org.civicwatch.spi.FormatDescriptor;
import org.junit.jupiter.api.Test;

/**
 * The table of known formats in core tells the truth: with every plugin of the project on the class path
 * (this module has them all), each row's importer and exporter are installed, come from the artifact the
 * row names, and claim the extensions it lists; and every format of the project's plugin artifacts has
 * its row.
 */
class KnownFormatsTest {
    private final FormatRegistry formats = CivicWatch.formats();

    /** An installed plugin as the table speaks of it. */
    private record Installed(Class<?> type, FormatDescriptor descriptor, boolean folders) {
    }

    @Test
    void everyRowIsProvidedByTheArtifactItNames() throws Exception {
        assertThat(KnownFormats.all()).isNotEmpty();
        assertThat(formats.failures()).isEmpty();
        for (KnownFormat row : KnownFormats.all()) {
            provides(row, "importer", row.importerArtifact(), formats.findImporter(row.id())
                    .map(i -> new Installed(i.getClass(), i.descriptor(), i.readsDirectories())));
            provides(row, "exporter", row.exporterArtifact(), formats.findExporter(row.id())
                    .map(e -> new Installed(e.getClass(), e.descriptor(), e.writesDirectories())));
        }
    }

    private static void provides(KnownFormat row, String service, String artifact, Optional<Installed> plugin)
            throws Exception {
        if (artifact == null) {
            return;
        }
        assertThat(plugin).as("an %s of '%s'", service, row.id()).isPresent();
        assertThat(artifactOf(plugin.get().type())).as("artifact of the '%s' %s", row.id(), service).isEqualTo(artifact);
        assertThat(plugin.get().descriptor().extensions()).as("extensions of the '%s' %s", row.id(), service)
                .containsExactlyElementsOf(row.extensions());
        assertThat(plugin.get().folders()).as("the '%s' %s works on folders", row.id(), service)
                .isEqualTo(row.folders());
    }

    @Test
    void everyFormatOfTheProjectsPluginArtifactsHasARow() throws Exception {
        for (var importer : formats.importers()) {
            String artifact = artifactOf(importer.getClass());
            if (artifact.startsWith("org.civicwatch:civicwatch-importer-")) {
                assertThat(KnownFormats.byId(importer.descriptor().id()).map(KnownFormat::importerArtifact))
                        .as("the row of '%s' naming %s", importer.descriptor().id(), artifact).contains(artifact);
            }
        }
        for (var exporter : formats.exporters()) {
            String artifact = artifactOf(exporter.getClass());
            if (artifact.startsWith("org.civicwatch:civicwatch-exporter-")) {
                assertThat(KnownFormats.byId(exporter.descriptor().id()).map(KnownFormat::exporterArtifact))
                        .as("the row of '%s' naming %s", exporter.descriptor().id(), artifact).contains(artifact);
            }
        }
    }

    /**
     * The Maven artifact ({@code groupId:artifactId}) a class was loaded from: a packaged jar's own
     * {@code pom.properties}, or, for a module's {@code target/classes} in the reactor, its {@code pom.xml}.
     */
    private static String artifactOf(Class<?> type) throws IOException, URISyntaxException {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isRegularFile(location)) {
            try (JarFile jar = new JarFile(location.toFile())) {
                Optional<JarEntry> entry = jar.stream()
                        .filter(e -> e.getName().matches("META-INF/maven/[^/]+/[^/]+/pom\\.properties")).findFirst();
                assertThat(entry).as("Maven descriptor in %s", location).isPresent();
                Properties p = new Properties();
                try (InputStream in = jar.getInputStream(entry.get())) {
                    p.load(in);
                }
                return p.getProperty("groupId") + ":" + p.getProperty("artifactId");
            }
        }
        String pom = Files.readString(location.getParent().getParent().resolve("pom.xml"));
        Matcher parent = Pattern.compile("(?s)<parent>(.*?)</parent>").matcher(pom);
        String parentGroup = parent.find() ? element(parent.group(1), "groupId") : null;
        String own = pom.replaceFirst("(?s)<parent>.*?</parent>", "").replaceFirst("(?s)<dependencies>.*", "");
        String group = element(own, "groupId");
        return (group != null ? group : parentGroup) + ":" + element(own, "artifactId");
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">\\s*([^<\\s]+)\\s*</" + name + ">").matcher(xml);
        return m.find() ? m.group(1) : null;
    }
}
