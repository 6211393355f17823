package org.civicwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.FormatNotFoundException;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule by which an input's importer is chosen: the extension decides unless the content contradicts it. */
class DetectionRuleTest {
    @TempDir
    Path dir;

    /** An importer that rates every input by a function of its text, and claims the given extensions. */
    private static Importer rating(String id, int priority, Function<String, Detection> rate, String... extensions) {
        FormatDescriptor descriptor = FormatDescriptor.builder(id).name("Test " + id).mediaType("text/plain")
                .extensions(extensions).priority(priority).build();
        return new Importer() {
            @Override
            public FormatDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public Detection detect(byte[] head, String fileName) {
                Detection byContent = rate.apply(new String(head, StandardCharsets.UTF_8));
                Detection byName = Importer.super.detect(head, fileName);
                return byContent.compareTo(byName) > 0 ? byContent : byName;
            }

            @Override
            public RecordReader open(InputStream in, String sourceName, Options options) {
                throw new UnsupportedOperationException("only detection is tested here");
            }
        };
    }

    /** Rates text that mentions a blog's address solid, as a page importer might. */
    private static final Function<String, Detection> MENTIONS_BLOG =
            t -> t.contains("blog.example.jp") ? Detection.SOLID : Detection.NONE;
    /** Rates text that starts with a record object solid, as a line importer might. */
    private static final Function<String, Detection> RECORD_LINE =
            t -> t.startsWith("{\"type\"") ? Detection.SOLID : Detection.NONE;

    private String chosen(FormatRegistry formats, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return formats.importerFor(file).descriptor().id();
    }

    @Test
    void theExtensionDecidesOverAnotherFormatThatRatesTheContentAsHighly() throws IOException {
        String line = "{\"type\":\"news\",\"url\":\"https://blog.example.jp/post/1\"}\n";
        // "page" is listed first and sorts first: neither order may matter
        for (List<Importer> order : List.of(
                List.of(rating("page", 0, MENTIONS_BLOG, "html"), rating("lines", 0, RECORD_LINE, "jsonl")),
                List.of(rating("lines", 0, RECORD_LINE, "jsonl"), rating("page", 0, MENTIONS_BLOG, "html")))) {
            FormatRegistry formats = FormatRegistry.of(order, List.of());
            assertThat(chosen(formats, "posts.jsonl", line)).isEqualTo("lines");
            assertThat(chosen(formats, "posts.html", line)).isEqualTo("page");
        }
    }

    @Test
    void theExtensionDecidesEvenWhenItsFormatSeesOnlyTheNameAndAnotherSeesItsStructure() throws IOException {
        FormatRegistry formats = FormatRegistry.of(List.of(rating("page", 0, MENTIONS_BLOG, "html"),
                rating("lines", 0, t -> Detection.NONE, "jsonl")), List.of());
        assertThat(chosen(formats, "plain.jsonl", "{\"id\":1,\"see\":\"https://blog.example.jp/\"}\n"))
                .isEqualTo("lines");
    }

    @Test
    void contentThatCarriesAnotherFormatsOwnMarkerOverridesAnExtensionSeenOnlyByName() throws IOException {
        FormatRegistry formats = FormatRegistry.of(List.of(rating("archive", 0,
                t -> t.startsWith("ARCHIVE/1") ? Detection.FULL : Detection.NONE, "arc"),
                rating("lines", 0, RECORD_LINE, "jsonl")), List.of());
        assertThat(chosen(formats, "misnamed.jsonl", "ARCHIVE/1\nrecord\n")).isEqualTo("archive");
        // but not when the named format finds its own structure
        FormatRegistry both = FormatRegistry.of(List.of(rating("archive", 0,
                t -> t.contains("ARCHIVE/1") ? Detection.FULL : Detection.NONE, "arc"),
                rating("lines", 0, RECORD_LINE, "jsonl")), List.of());
        assertThat(chosen(both, "quoted.jsonl", "{\"type\":\"news\",\"text\":\"ARCHIVE/1\"}\n")).isEqualTo("lines");
    }

    @Test
    void anExtensionNoRatingImporterTakesLeavesTheChoiceToTheContent() throws IOException {
        FormatRegistry formats = FormatRegistry.of(List.of(rating("page", 0, MENTIONS_BLOG, "html"),
                rating("mt", 0, t -> Detection.NONE)), List.of());
        assertThat(chosen(formats, "notes.txt", "see https://blog.example.jp/")).isEqualTo("page");
    }

    @Test
    void aTieGoesToTheFormatWhoseOwnExtensionItIsThenToTheHigherPriority() throws IOException {
        Function<String, Detection> weak = t -> Detection.NONE;
        FormatRegistry byOwnExtension = FormatRegistry.of(List.of(rating("a", 5, weak, "txt", "log"),
                rating("b", 0, weak, "log")), List.of());
        assertThat(chosen(byOwnExtension, "x.log", "anything")).isEqualTo("b");
        FormatRegistry byPriority = FormatRegistry.of(List.of(rating("a", 0, RECORD_LINE),
                rating("b", 3, RECORD_LINE)), List.of());
        assertThat(chosen(byPriority, "x.data", "{\"type\":1}")).isEqualTo("b");
    }

    @Test
    void aTieNoRuleBreaksIsRefusedNamingBothFormatsWhateverTheirOrder() throws IOException {
        for (List<Importer> order : List.of(List.of(rating("a", 0, RECORD_LINE), rating("b", 0, RECORD_LINE)),
                List.of(rating("b", 0, RECORD_LINE), rating("a", 0, RECORD_LINE)))) {
            FormatRegistry formats = FormatRegistry.of(order, List.of());
            assertThatThrownBy(() -> chosen(formats, "x.data", "{\"type\":1}"))
                    .isInstanceOf(FormatNotFoundException.class)
                    .hasMessageContaining("cannot tell the format of " + dir.resolve("x.data") + ": ")
                    .hasMessageContaining("recognise it equally").hasMessageContaining("'a'")
                    .hasMessageContaining("'b'").hasMessageContaining("Name the format explicitly");
            assertThatThrownBy(() -> formats.read(new ByteArrayInputStream("{\"type\":1}".getBytes(
                    StandardCharsets.UTF_8)), "stdin")).isInstanceOf(FormatNotFoundException.class)
                    .hasMessageContaining("recognise it equally");
        }
    }

    @Test
    void messagesGiveTheAdviceTheCallerChoseAndNameTheInputAsGiven() throws IOException {
        FormatRegistry formats = FormatRegistry.of(List.of(rating("a", 0, RECORD_LINE), rating("b", 0, RECORD_LINE)),
                List.of()).advising(new FormatRegistry.Advice("name the format with --from", "name it with --to"));
        Path file = dir.resolve("copy-of-input");
        Files.writeString(file, "{\"type\":1}");
        assertThatThrownBy(() -> formats.importerFor(file, "standard input"))
                .hasMessageStartingWith("cannot tell the format of standard input: 'a' and 'b' recognise it equally")
                .hasMessageEndingWith(" Name the format with --from.");
        Files.write(file, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> formats.importerFor(file, "standard input"))
                .hasMessage("cannot tell the format of standard input: no installed importer recognises it"
                        + " (installed: a, b). Name the format with --from.");
        FormatRegistry writing = FormatRegistry.of(List.of(), List.of(new org.civicwatch.testplugin.LineExporter()))
                .advising(new FormatRegistry.Advice("name the format with --from", "name it with --to"));
        assertThatThrownBy(() -> writing.exporterFor(dir.resolve("x.unknown")))
                .hasMessage("no installed exporter writes .unknown files (installed: lines). Name it with --to.");
    }
}
