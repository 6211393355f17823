package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.Options;
import org.civicwatch.testkit.HostileStrings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile strings of the testkit through every exporter, each output parsed back: the formats that read
 * back give exactly the dataset written; a page and a fragment hold no script but their JSON-LD data, no
 * event handler and no link that is not to the web; a Markdown table keeps its shape and every value.
 * {@code HostilePagesInChromiumTest} loads the pages in a browser.
 */
class HostileStringsTest {
    private static final Dataset HOSTILE = HostileStrings.dataset();
    /** Elements a page of data never needs, each a way to run script, load something or leave the page. */
    private static final Set<String> FORBIDDEN = Set.of("iframe", "frame", "object", "embed", "form", "base", "link",
            "img", "svg", "math", "noscript", "textarea", "plaintext", "input", "button", "audio", "video", "template");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"json", "jsonl", "html"})
    void aStreamFormatReadsTheHostileStringsBackExactly(String format) throws IOException {
        assertThat(readBack(HOSTILE, format, Options.EMPTY)).isEqualTo(HOSTILE);
    }

    @Test
    void aFragmentReadsTheHostileStringsBackExactly() throws IOException {
        assertThat(readBack(HOSTILE, "html", fragment())).isEqualTo(HOSTILE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"package", "package.zip"})
    void aDataPackageReadsTheHostileStringsBackExactly(String name) throws IOException {
        Path out = dir.resolve(name);
        CivicWatch.write(HOSTILE, out, "datapackage", Options.EMPTY);
        assertThat(CivicWatch.read(out, "datapackage", Options.EMPTY)).isEqualTo(HOSTILE);
    }

    @Test
    void aCsvFileOfEachRecordTypeReadsTheHostileStringsBackExactly() throws IOException {
        for (RecordType type : RecordType.values()) {
            Dataset one = Dataset.of(HOSTILE.info(), HOSTILE.records(type));
            assertThat(readBack(one, "csv", Options.EMPTY).records(type)).as(type.plural())
                    .isEqualTo(one.records(type));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aPageOrFragmentHoldsNoScriptNoHandlerAndNoLinkOffTheWeb(boolean isFragment) throws IOException {
        String html = written(HOSTILE, "html", isFragment ? fragment() : Options.EMPTY);
        Document page = Jsoup.parse(html);

        List<String> found = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            if (e.nameIs("script") && !e.attr("type").equals("application/ld+json")) {
                found.add("a script: " + e.outerHtml());
            }
            if (FORBIDDEN.contains(e.normalName())) {
                found.add("an element <" + e.normalName() + ">");
            }
            if (e.nameIs("meta") && e.hasAttr("http-equiv") && !e.attr("http-equiv").equalsIgnoreCase("content-type")) {
                found.add("a meta http-equiv: " + e.outerHtml());
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
                if (name.startsWith("on") || name.equals("srcdoc") || name.equals("formaction")) {
                    found.add("an attribute " + name + " on <" + e.normalName() + ">");
                }
                if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("data"))
                        && !a.getValue().matches("(?i)https?://.*|#.*")) {
                    found.add("a link off the web: " + name + "=\"" + a.getValue() + "\"");
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
        // every hostile string is on the page as text, where a reader sees it
        String text = page.body().wholeText();
        for (String h : List.of(HostileStrings.all().get(0), HostileStrings.all().get(3), "<!--", "]]>")) {
            assertThat(text).contains(h);
        }
    }

    @Test
    void aMarkdownTableKeepsItsShapeAndEveryValue() throws IOException {
        String markdown = written(HOSTILE, "markdown", Options.EMPTY);
        Pattern unescapedPipe = Pattern.compile("(?<!\\\\)((\\\\\\\\)*)\\|");
        List<String> cells = new ArrayList<>();
        int columns = -1;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("## ")) {
                columns = -1;
            }
            if (!line.startsWith("|")) {
                assertThat(line).as("a line outside the tables").matches("(# .*|## .*|)");
                continue;
            }
            List<String> row = splitRow(line, unescapedPipe);
            if (columns < 0) {
                columns = row.size();
            }
            assertThat(row).as("cells of %s", line).hasSize(columns);
            row.stream().map(HostileStringsTest::unescapeCell).forEach(cells::add);
        }
        for (String h : HostileStrings.all()) {
            assertThat(cells).as("a cell holding %s", org.civicwatch.model.MessageText.quote(h))
                    .contains(h.replace("\r\n", "\n").replace('\r', '\n'));
        }
        assertThat(markdown).doesNotContain("<script", "<img");
        assertThat(Pattern.compile("(?<!\\\\)\\]\\(").matcher(markdown).find()).as("a link made of data").isFalse();
    }

    private static List<String> splitRow(String line, Pattern unescapedPipe) {
        List<String> row = new ArrayList<>();
        var m = unescapedPipe.matcher(line);
        int start = -1;
        while (m.find()) {
            int pipe = m.end() - 1;
            if (start >= 0) {
                String cell = line.substring(start, pipe);
                row.add(cell.startsWith(" ") && cell.endsWith(" ") && cell.length() >= 2
                        ? cell.substring(1, cell.length() - 1) : cell);
            }
            start = pipe + 1;
        }
        return row;
    }

    /** The Markdown exporter's escapes undone: what a reader of the rendered table sees. */
    private static String unescapeCell(String cell) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                out.append(cell.charAt(++i));
            } else if (cell.startsWith("<br>", i)) {
                out.append('\n');
                i += 3;
            } else if (c == '&') {
                int semi = cell.indexOf(';', i);
                String entity = semi < 0 ? "" : cell.substring(i, semi + 1);
                String decoded = Map.of("&lt;", "<", "&gt;", ">", "&amp;", "&").get(entity);
                out.append(decoded == null ? "&" : decoded);
                i += decoded == null ? 0 : entity.length() - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static Options fragment() {
        return Options.parse(Map.of("fragment", "true"), CivicWatch.formats().exporter("html").descriptor().options());
    }

    static String written(Dataset d, String format, Options options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CivicWatch.formats().write(d, out, format, options);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Dataset readBack(Dataset d, String format, Options options) throws IOException {
        byte[] bytes = written(d, format, options).getBytes(StandardCharsets.UTF_8);
        return CivicWatch.formats().read(new ByteArrayInputStream(bytes), "hostile." + format, format, Options.EMPTY);
    }
}
