package org.civicwatch.exporters.html;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.annotation.CheckForNull;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The DOM toolkit of the page, knowing nothing of the domain: every string goes into the jsoup DOM through
 * {@code text()} or {@code attr()}, never as markup, and jsoup escapes it when the document is written.
 */
final class Html {
    private static final String REL = "noopener noreferrer";

    private Html() {
    }

    /** {@return an empty UTF-8 document, written indented, escaping only what HTML requires} */
    static Document shell() {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base)
                .prettyPrint(true).indentAmount(1);
        return doc;
    }

    /** Adds a term to a {@code <dl>} and returns its (empty) description. */
    static Element fact(Element facts, String term) {
        Element pair = facts.appendElement("div");
        pair.appendElement("dt").text(term);
        return pair.appendElement("dd");
    }

    /** Adds a term and its text, unless the text is absent. */
    static void fact(Element facts, String term, @CheckForNull String text) {
        if (text != null) {
            fact(facts, term).text(text);
        }
    }

    /** Appends {@code child} to {@code parent} only if it has children, so no empty list is left on the page. */
    static void appendIfFilled(Element parent, Element child) {
        if (child.childrenSize() > 0) {
            parent.appendChild(child);
        }
    }

    /** An {@code <a>} for an http(s) URL; any other text (a licence name, a bad URL) stays text. */
    static Element link(Element parent, String url, String text) {
        if (!isWebUrl(url)) {
            return parent.appendElement("span").text(text.equals(url) ? text : text + " (" + url + ")");
        }
        return parent.appendElement("a").attr("href", url.strip()).attr("rel", REL).text(text);
    }

    /** {@return whether a URL is http or https, the only links the page makes} */
    static boolean isWebUrl(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    /** A {@code <time>} showing a text, with a machine-readable {@code datetime} when one is given. */
    static Element time(Element parent, String text, @CheckForNull String datetime) {
        Element t = parent.appendElement("time").text(text);
        if (datetime != null) {
            t.attr("datetime", datetime);
        }
        return t;
    }

    /** Text with its line breaks kept as {@code <br>}. */
    static void lines(Element parent, String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                parent.appendElement("br");
            }
            parent.appendText(lines[i]);
        }
    }
}
