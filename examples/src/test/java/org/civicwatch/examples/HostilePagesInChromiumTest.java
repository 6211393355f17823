package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.civicwatch.model.Dataset;
import org.civicwatch.spi.Options;
import org.civicwatch.testkit.HostileStrings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported page and a blog page with the exported fragment pasted in, holding every hostile string of
 * the testkit, loaded in headless Chromium: no script runs.
 *
 * <p>What proves it: the pages are served with a report-only Content Security Policy that allows no script
 * at all, so the browser reports every script it runs or would run (an inline script, an event handler, a
 * {@code javascript:} URL, a frame's script) to the test's server, and lets it run; each hostile string
 * that ran would also set {@value HostileStrings#RAN_MARKER} on the page's root, read back from the page as
 * the browser left it. A control page with one inline script and one event handler must show both, or the
 * hook itself is broken and the test fails rather than passing blind. Skipped where Chromium is not
 * installed (Debian package {@code chromium}; {@code .ci/run} installs it).
 */
class HostilePagesInChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String POLICY = "script-src 'none'; object-src 'none'; frame-src 'none';"
            + " base-uri 'none'; form-action 'none'; report-uri /csp-report";
    private static final String RAN = "document.documentElement.setAttribute('" + HostileStrings.RAN_MARKER
            + "','control')";

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final List<String> reports = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium (" + CHROMIUM + ", Debian package chromium) is"
                + " not installed, so the pages are not loaded in a browser; HostileStringsTest still checks them");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theHookSeesAnInlineScriptAndAnEventHandlerRun() throws Exception {
        Document control = Document.createShell("");
        control.body().appendElement("script").appendChild(new DataNode(RAN));
        control.body().appendElement("img").attr("src", "/missing.png").attr("onerror", RAN);
        pages.put("/control.html", control.outerHtml().getBytes(StandardCharsets.UTF_8));

        Document after = load("/control.html");

        assertThat(after.selectFirst("html").attr(HostileStrings.RAN_MARKER)).isEqualTo("control");
        assertThat(String.join("\n", reports)).as("violation reports").contains("inline");
        assertThat(reports).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theExportedPageRunsNoScript() throws Exception {
        pages.put("/page.html", HostileStringsTest.written(HostileStrings.dataset(), "html", Options.EMPTY)
                .getBytes(StandardCharsets.UTF_8));
        assertRanNothing("/page.html");
    }

    @Test
    void aBlogPageWithTheExportedFragmentPastedInRunsNoScript() throws Exception {
        Dataset hostile = HostileStrings.dataset();
        Document blog = Document.createShell("");
        blog.title("a blog post");
        blog.body().appendElement("article").append(HostileStringsTest.written(hostile, "html",
                HostileStringsTest.fragment()));
        pages.put("/post.html", blog.outerHtml().getBytes(StandardCharsets.UTF_8));
        assertRanNothing("/post.html");
    }

    private void assertRanNothing(String path) throws Exception {
        Document after = load(path);
        assertThat(after.select("table, ol, ul").size()).as("the page was laid out").isPositive();
        assertThat(after.selectFirst("html").attr(HostileStrings.RAN_MARKER)).as("set by a hostile string that ran")
                .isEmpty();
        assertThat(reports).as("scripts the browser ran or would have run").isEmpty();
    }

    private void answer(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            if (path.equals("/csp-report")) {
                reports.add(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                x.sendResponseHeaders(204, -1);
                return;
            }
            byte[] page = pages.get(path);
            if (page == null) {
                x.sendResponseHeaders(404, -1);
                return;
            }
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.getResponseHeaders().add("Content-Security-Policy-Report-Only", POLICY);
            x.sendResponseHeaders(200, page.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(page);
            }
        }
    }

    /** The page as the browser left it, once it and what it loads are done. */
    private Document load(String path) throws IOException, InterruptedException {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + path;
        Path dom = dir.resolve("dom.html");
        Path log = dir.resolve("chromium.log");
        ProcessBuilder chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile"),
                "--virtual-time-budget=5000", "--dump-dom", url)
                .redirectOutput(dom.toFile()).redirectError(log.toFile());
        chromium.environment().put("HOME", dir.toString());
        Process process = chromium.start();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                fail("Chromium did not finish loading " + path + " within 90 s; its log: " + log);
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        String html = Files.readString(dom, StandardCharsets.UTF_8);
        if (html.isBlank()) {
            fail("Chromium (exit " + process.exitValue() + ") gave no page; its log:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return Jsoup.parse(html);
    }
}
