package org.civicwatch.blog;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A page saved from the Wayback Machine, read as the original: the toolbar it inserts removed, links
 * rewritten to {@code /web/TIMESTAMP/original} turned back into the originals, and the capture time kept.
 */
final class Wayback {
    private static final Pattern ARCHIVED = Pattern.compile(
            "^(?:https?:)?(?://web\\.archive\\.org)?/web/([0-9]{14})(?:[a-z]{2}_)?/(https?://.*)$");
    private static final String TOOLBAR = "#wm-ipp-base, #wm-ipp, #wm-ipp-print, #donato, #wm-capinfo,"
            + " script[src*=/_static/], link[href*=/_static/]";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private Wayback() {
    }

    /**
     * Turns a page saved from the Wayback Machine into the original, in place.
     *
     * @param page the parsed page
     * @param url the URL it was saved from, or null
     * @return the capture's time stamp ({@code 20190409111530}, UTC), or null when the page is no Wayback page
     */
    @CheckForNull
    static String restore(Document page, @CheckForNull String url) {
        String stamp = url == null ? null : stamp(url);
        boolean toolbar = !page.select("#wm-ipp-base, #wm-ipp").isEmpty();
        if (stamp == null && !toolbar) {
            return null;
        }
        page.select(TOOLBAR).remove();
        // the toolbar's inserted scripts sit between comments that name it
        for (Element e : page.getAllElements()) {
            for (Node child : e.childNodes().toArray(Node[]::new)) {
                if (child instanceof Comment c && c.getData().contains("WAYBACK TOOLBAR")) {
                    c.remove();
                }
            }
        }
        for (Element e : page.select("[href], [src]")) {
            for (String attr : new String[] {"href", "src"}) {
                if (e.hasAttr(attr)) {
                    Matcher m = ARCHIVED.matcher(e.attr(attr).strip());
                    if (m.matches()) {
                        stamp = stamp != null ? stamp : m.group(1);
                        e.attr(attr, m.group(2));
                    }
                }
            }
        }
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (stamp == null && canonical != null) {
            stamp = stamp(canonical.attr("href"));
        }
        return stamp;
    }

    /** {@return the original URL of a Wayback URL, or the URL itself} */
    static String original(String url) {
        Matcher m = ARCHIVED.matcher(url.strip());
        return m.matches() ? m.group(2) : url;
    }

    @CheckForNull
    private static String stamp(String url) {
        Matcher m = ARCHIVED.matcher(url.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** {@return a time stamp as an ISO instant ({@code 2019-04-09T11:15:30Z}), or the stamp when it is no time} */
    static String instant(String stamp) {
        try {
            return LocalDateTime.parse(stamp, STAMP).atOffset(ZoneOffset.UTC).toInstant().toString();
        } catch (DateTimeParseException e) {
            return stamp;
        }
    }
}
