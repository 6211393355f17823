package org.civicwatch.exporters.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicwatch.exporters.html.BlogHtmlExporterTest.text;
import static org.civicwatch.exporters.html.BlogHtmlExporterTest.write;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.Options;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sample page on a phone held upright (390 CSS px): nothing wider than the screen, every count in sight. */
class NarrowScreenTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    /**
     * Writes what the test checks into the wrapper's body once the page in the frame is laid out: the page's
     * width and its scroll width, how many count cells there are, those not wholly on the screen, and the
     * floor tables that scroll sideways.
     */
    private static final String MEASURE = """
            window.addEventListener('load', function () {
              var w = document.getElementById('phone').contentWindow, d = w.document, root = d.documentElement;
              var counts = d.querySelectorAll('td.cw-count'), outside = [], scrolling = 0;
              counts.forEach(function (c) {
                var r = c.getBoundingClientRect();
                if (r.left < 0 || r.right > root.clientWidth || r.width === 0) {
                  outside.push(c.textContent.trim() + ' at ' + Math.round(r.left) + '..' + Math.round(r.right));
                }
              });
              d.querySelectorAll('.cw-table').forEach(function (t) {
                if (t.scrollWidth > t.clientWidth) { scrolling++; }
              });
              var b = document.body;
              b.setAttribute('data-client-width', root.clientWidth);
              b.setAttribute('data-scroll-width', root.scrollWidth);
              b.setAttribute('data-counts', counts.length);
              b.setAttribute('data-counts-outside', outside.join(' | '));
              b.setAttribute('data-tables-scrolling', scrolling);
            });
            """;

    @TempDir
    Path dir;

    enum Labels {
        JA(Options.EMPTY),
        EN(Options.EMPTY.with(BlogHtmlExporter.LANGUAGE, BlogHtmlExporter.LabelLanguage.EN));

        final Options options;

        Labels(Options options) {
            this.options = options;
        }
    }

    @ParameterizedTest
    @EnumSource(Labels.class)
    void theSamplePageIsNoWiderThanAPhoneAndShowsEveryCount(Labels labels) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium (" + CHROMIUM + ", Debian package chromium)"
                + " is not installed, so the page is not laid out at " + PHONE_WIDTH + " px; the style rules are"
                + " still checked by theFloorTablesAreStackedOnNarrowScreens");
        String page = text(write(SampleData.gunmaPrefecturalOffice(), labels.options));

        Element measured = layOutOnAPhone(page);

        int clientWidth = Integer.parseInt(measured.attr("data-client-width"));
        assertThat(clientWidth).as("the frame is a phone's width, less a scroll bar")
                .isBetween(PHONE_WIDTH - 20, PHONE_WIDTH);
        assertThat(Integer.parseInt(measured.attr("data-scroll-width"))).as("the page's width")
                .isLessThanOrEqualTo(clientWidth);
        assertThat(Integer.parseInt(measured.attr("data-counts")))
                .isEqualTo(SampleData.gunmaPrefecturalOffice().sightings().size());
        assertThat(measured.attr("data-counts-outside")).as("count cells not wholly on the screen").isEmpty();
        assertThat(measured.attr("data-tables-scrolling")).as("floor tables that scroll sideways").isEqualTo("0");
    }

    @Test
    void theFloorTablesAreStackedOnNarrowScreens() throws IOException {
        assertThat(Double.parseDouble(Style.NARROW.replace("rem", "")) * 16).as("the breakpoint, at 16 px a rem")
                .isGreaterThanOrEqualTo(PHONE_WIDTH);
        for (Labels labels : Labels.values()) {
            Document page = Jsoup.parse(text(write(SampleData.gunmaPrefecturalOffice(), labels.options)));
            assertThat(page.selectFirst("meta[name=viewport]").attr("content")).startsWith("width=device-width");

            Map<String, String> narrow = rules(page.selectFirst("style").data(),
                    "@media (max-width:" + Style.NARROW + "){");
            assertThat(narrow.get(".civicwatch .cw-table")).contains("overflow-x:visible");
            assertThat(narrow.get(".civicwatch .cw-floors tr")).contains("display:grid");
            assertThat(narrow.get(".civicwatch .cw-floors thead")).contains("position:absolute");
            // the count stands in the second column of a row's first line, beside the area, never off screen
            assertThat(narrow.get(".civicwatch .cw-floors td.cw-area")).contains("grid-column:1");
            assertThat(narrow.get(".civicwatch .cw-floors td.cw-count")).contains("grid-column:2", "order:1");
            assertThat(narrow.get(".civicwatch .cw-floors td.cw-count::before")).contains("content:attr(data-label)");
            String countHeader = page.select("table.cw-floors thead th").get(3).text();
            assertThat(page.select("td.cw-count")).hasSize(13).allSatisfy(cell ->
                    assertThat(cell.attr("data-label")).isEqualTo(countHeader));
        }
    }

    /** Lays the page out in a frame of a phone's size; {@code --dump-dom} cannot make its window that narrow. */
    private Element layOutOnAPhone(String page) throws IOException, InterruptedException {
        Document wrapper = Jsoup.parse("<!doctype html><html><head><meta charset=\"utf-8\"></head>"
                + "<body style=\"margin:0\"></body></html>");
        // srcdoc gives the frame the wrapper's origin, so the wrapper's script may measure inside it
        wrapper.body().appendElement("iframe").attr("id", "phone").attr("srcdoc", page)
                .attr("style", "width:" + PHONE_WIDTH + "px;height:" + PHONE_HEIGHT + "px;border:0");
        wrapper.body().appendElement("script").appendChild(new DataNode(MEASURE));
        Path html = dir.resolve("phone.html");
        Files.writeString(html, wrapper.outerHtml(), StandardCharsets.UTF_8);
        Path dom = dir.resolve("dom.html");
        Path log = dir.resolve("chromium.log");
        ProcessBuilder chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile"),
                "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT, "--dump-dom", html.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(log.toFile());
        chromium.environment().put("HOME", dir.toString());
        Process process = chromium.start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                fail("Chromium did not finish laying out the page within 60 s; its log: " + log);
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        Element body = Jsoup.parse(Files.readString(dom, StandardCharsets.UTF_8)).body();
        if (!body.hasAttr("data-scroll-width")) {
            fail("Chromium (exit " + process.exitValue() + ") gave no measurements; its log:\n"
                    + String.join("\n", lastLines(Files.readAllLines(log, StandardCharsets.UTF_8))));
        }
        return body;
    }

    private static List<String> lastLines(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 20), lines.size());
    }

    /** The rules of one {@code @media} block of a style sheet written one rule a line: selector to declarations. */
    private static Map<String, String> rules(String css, String mediaBlock) {
        int start = css.indexOf(mediaBlock);
        assertThat(start).as("the style sheet has %s", mediaBlock).isNotNegative();
        Map<String, String> rules = new LinkedHashMap<>();
        for (String line : css.substring(start + mediaBlock.length()).split("\n")) {
            if (line.equals("}")) {
                break;
            }
            int brace = line.indexOf('{');
            if (brace > 0) {
                for (String selector : line.substring(0, brace).split(",")) {
                    rules.merge(selector.strip(), line.substring(brace + 1, line.lastIndexOf('}')),
                            (a, b) -> a + ";" + b);
                }
            }
        }
        return rules;
    }
}
