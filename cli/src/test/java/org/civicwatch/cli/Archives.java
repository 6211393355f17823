package org.civicwatch.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Whole blogs written here, of any size, post by post: a Movable Type export, a web archive of goo blog
 * pages (each record its own gzip member, as crawlers write them), and folders of pages saved from the
 * blog or from the Wayback Machine. Runs on its own too, for the benchmark, with no class path:
 * {@code java Archives.java mt|warc|wayback|html COUNT PATH}. Every post counts cameras on a floor;
 * posts 9 and 10, 19 and 20, and so on, tell one incident each, so that merging across posts has work to do.
 */
final class Archives {
    static final String BLOG = "https://blog.goo.ne.jp/hibari-kai";
    /** Prose that no extractor takes for a finding, to give pages the weight of real ones. */
    private static final String FILLER = "<p>今日は朝から雨で、会の集まりは公民館の二階で開いた。次回の予定と会報の原稿について話し合い、"
            + "みなで資料を読み合わせた。帰りに商店街で傘を買った。</p>";

    private Archives() {
    }

    /**
     * Writes one input: {@code mt COUNT export.txt}, {@code warc COUNT crawl.warc.gz}, {@code html COUNT folder}
     * (one saved page per post) or {@code wayback COUNT folder} (one page per post as the Wayback Machine
     * serves it).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: java Archives.java mt|warc|wayback|html COUNT PATH");
        }
        int n = Integer.parseInt(args[1]);
        Path path = Path.of(args[2]);
        switch (args[0]) {
            case "mt" -> export(path, n);
            case "warc" -> warc(path, n);
            case "html", "wayback" -> {
                Files.createDirectories(path);
                for (int i = 0; i < n; i++) {
                    String html = args[0].equals("html") ? page(i) : wayback(i);
                    Files.writeString(path.resolve(String.format(Locale.ROOT, "post-%05d.html", i)), html,
                            StandardCharsets.UTF_8);
                }
            }
            default -> throw new IllegalArgumentException("no such input: " + args[0]);
        }
    }

    /** The page of post {@code i} as the Wayback Machine serves it: its toolbar inserted, its links rewritten. */
    static String wayback(int i) {
        String stamp = "/web/20190410010000/";
        return page(i).replace("<head>", "<head><script src=\"//web.archive.org/_static/js/wombat.js\"></script>"
                        + "<link rel=\"canonical\" href=\"https://web.archive.org" + stamp + permalink(i) + "\">")
                .replace("<body>", "<body><!-- BEGIN WAYBACK TOOLBAR INSERT --><div id=\"wm-ipp-base\"><div id=\"wm-ipp\">"
                        + "<a href=\"/web/20190301000000*/" + permalink(i) + "\">3 captures</a></div></div>"
                        + "<!-- END WAYBACK TOOLBAR INSERT -->")
                .replace("href=\"" + permalink(i) + "\">", "href=\"" + stamp + permalink(i) + "\">");
    }

    /** The body of post {@code i}: a count of cameras, and for one post in ten the incident of post {@code i-1}. */
    static String body(int i) {
        int floor = i % 9 + 1;
        StringBuilder s = new StringBuilder("<p>" + floor + "階の天井に監視カメラが" + (i % 5 + 1) + "基。</p>");
        s.append(FILLER);
        if (i % 10 == 9 || i % 10 == 0 && i > 0) {
            // posts 9 and 10 tell incident 1, posts 19 and 20 incident 2: each on a day of its own
            int g = (i + 1) / 10;
            s.append("<p>").append(2000 + g / 336).append('年').append(g / 28 % 12 + 1).append('月').append(g % 28 + 1)
                    .append("日、市役所の契約課で職員らが録音機で盗聴していた。</p>");
        }
        return s.toString();
    }

    static String permalink(int i) {
        return BLOG + "/e/" + String.format(Locale.ROOT, "%032x", i + 0x1000L);
    }

    /** Writes an export of {@code entries} entries. */
    static Path export(Path file, int entries) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < entries; i++) {
                int day = i % 28 + 1;
                w.write("AUTHOR: hibari-kai\nTITLE: 活動報告 " + i + "\nBASENAME: " + String.format(Locale.ROOT, "%032x", i + 0x1000L)
                        + "\nSTATUS: Publish\nCONVERT BREAKS: 0\nDATE: 04/" + String.format(Locale.ROOT, "%02d", day)
                        + "/2018 09:30:00 PM\nCATEGORY: 報告\n-----\nBODY:\n" + body(i) + "\n-----\n--------\n");
            }
        }
        return file;
    }

    /** The page of post {@code i}, as goo blog served it. */
    static String page(int i) {
        int day = i % 28 + 1;
        return "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><meta property=\"og:site_name\" content=\"goo blog\">"
                + "<title>活動報告 " + i + "</title></head><body><div class=\"entry\"><div class=\"entry-top-info\">"
                + "<span class=\"entry-top-info-time\">2018-04-" + String.format(Locale.ROOT, "%02d", day) + " 21:30:00</span></div>"
                + "<h3><a href=\"" + permalink(i) + "\">活動報告 " + i + "</a></h3><div class=\"entry-body-text\">" + body(i)
                + "</div></div></body></html>";
    }

    /** Writes a web archive of {@code pages} pages, each an HTTP response record in a gzip member of its own. */
    static Path warc(Path file, int pages) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 0; i < pages; i++) {
                out.write(member(response(permalink(i), Instant.parse("2019-04-10T01:00:00Z").plusSeconds(i),
                        page(i).getBytes(StandardCharsets.UTF_8))));
            }
        }
        return file;
    }

    static byte[] response(String uri, Instant date, byte[] html) {
        byte[] http = join(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + html.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), html);
        byte[] head = ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
                + UUID.nameUUIDFromBytes((uri + date).getBytes(StandardCharsets.UTF_8)) + ">\r\nWARC-Date: " + date
                + "\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: "
                + http.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        return join(head, http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] member(byte[] record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(record);
        }
        return out.toByteArray();
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
