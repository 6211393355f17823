package org.civicwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicwatch.FormatRegistry;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryBuiltInFormatWithItsDirectionOptionsAndJar() {
        Run run = Run.of("formats");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        String listing = run.outText();
        assertThat(listing).contains("html: Blog HTML (read and written)", "json: civicwatch JSON (read and written)",
                "jsonl: civicwatch JSON Lines (read and written)");
        assertThat(listing).contains("  extensions: .jsonl .ndjson; media type application/x-ndjson");
        assertThat(listing).containsPattern("read by org\\.civicwatch\\.importers\\.json\\.JsonImporter, from \\S*"
                + "(civicwatch-importer-json|importers/json/target/classes)");
        assertThat(listing).containsPattern("    pretty=true +Indent by two spaces");
        assertThat(listing).containsPattern("    language=auto +Labels in Japanese \\(ja\\) or English \\(en\\).*"
                + " One of: auto, ja, en\\.");
        assertThat(listing).containsPattern("    rejected=\\(set by --rejects FILE\\) +In lenient mode");
        assertThat(listing).containsPattern("    base-url=\\(unset\\) +The page's URL");
        assertThat(listing).doesNotContain("failed:", "conflict:");
    }

    @Test
    void aThirdPartyPluginJarOnTheClassPathShowsUpAndWorks() throws IOException {
        Path jar = PluginJar.build(dir, System.getProperty("java.class.path"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            FormatRegistry withPlugin = FormatRegistry.load(loader);

            Run formats = Run.with(withPlugin, new byte[0], false, "formats");
            assertThat(formats.code()).isEqualTo(ExitCode.OK);
            assertThat(formats.outText()).contains("tally: Record tally (written only)",
                    "  written by " + PluginJar.CLASS + ", from " + jar,
                    "  Types and ids, a line each.");
            assertThat(formats.outText()).containsPattern("    separator=\t +What stands between");

            Path out = dir.resolve("sample.tally");
            Run convert = Run.with(withPlugin, new byte[0], false, "convert", "-o", "separator=:",
                    Run.SAMPLE_JSON.toString(), out.toString());
            assertThat(convert.code()).isEqualTo(ExitCode.OK);
            List<String> lines = Files.readAllLines(out);
            assertThat(lines).hasSize(SampleData.gunmaPrefecturalOffice().size())
                    .startsWith("incident:" + SampleData.gunmaPrefecturalOffice().incidents().get(0).id());
        }
    }

    @Test
    void aPluginThatFailsToLoadIsListedWithTheReason() throws IOException {
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken.resolve("META-INF/services"));
        Files.writeString(broken.resolve("META-INF/services/org.civicwatch.spi.Importer"), "org.example.NoSuchImporter\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {broken.toUri().toURL()}, getClass().getClassLoader())) {
            Run run = Run.with(FormatRegistry.load(loader), new byte[0], false, "formats");

            assertThat(run.code()).isEqualTo(ExitCode.OK);
            assertThat(run.outText()).contains("json: civicwatch JSON (read and written)")
                    .containsPattern("failed: importer provider org\\.example\\.NoSuchImporter failed to load: .*not found");
        }
    }

    @Test
    void noInstalledFormatSaysWhereToPutPlugins() {
        Run run = Run.with(FormatRegistry.of(List.of(), List.of()), new byte[0], false, "formats");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.outText()).isEqualTo("No formats are installed: put format plugin jars on the class path or"
                + " module path.\n");
    }
}
