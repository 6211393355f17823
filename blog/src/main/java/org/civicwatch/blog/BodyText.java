package org.civicwatch.blog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.civicwatch.blog.BlogPost.BodyLine;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * A post body as a browser shows it, in lines: {@code <br>} ends a line, a paragraph or heading is set
 * off by a blank line, other blocks start a new line (a table's row is a line, its cells apart by a tab);
 * white space inside text collapses, except in {@code <pre>}. Images and links are collected as URLs, never fetched.
 */
final class BodyText {
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "table", "ul", "ol", "dl", "hr", "figure", "section");
    private static final Set<String> BLOCKS = Set.of("div", "li", "tr", "dt", "dd", "figcaption", "article",
            "header", "footer", "aside", "main", "nav", "address", "center");
    /** Spaces and tabs within a line of a text kept with its line breaks. */
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("[ \t\f]+");
    /** Any run of white space in a text whose line breaks are the markup's, not its own. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("[ \t\r\n\f]+");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg");

    private final List<BodyLine> lines = new ArrayList<>();
    private final List<String> images = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    /** The cells of the table row being read so far, and the columns the last one spans. */
    private int cells;
    private int span = 1;
    private int currentSourceLine;
    /** The addresses of the links that open in the line being read. */
    private final List<String> lineLinks = new ArrayList<>();
    private final boolean lineBreaks;

    private BodyText(boolean lineBreaks) {
        this.lineBreaks = lineBreaks;
    }

    /** Reads an element's content. */
    static BodyText of(Element root) {
        return of(root, false);
    }

    /**
     * Reads an element's content; with {@code lineBreaks}, a newline in its text ends a line and a blank
     * line a paragraph, as a blog editor's "convert line breaks" shows a body written as text.
     */
    static BodyText of(Element root, boolean lineBreaks) {
        BodyText t = new BodyText(lineBreaks);
        root.filter(t.new Walker());
        t.softBreak();
        t.trim();
        return t;
    }

    /** Lines from plain text (a JSON-LD {@code articleBody}), split at newlines. */
    static List<BodyLine> ofPlain(String text, int sourceLine) {
        List<BodyLine> out = new ArrayList<>();
        for (String line : text.split("\r?\n|\r", -1)) {
            out.add(new BodyLine(line.strip(), sourceLine));
        }
        return out;
    }

    List<BodyLine> lines() {
        return lines;
    }

    List<String> images() {
        return images;
    }

    List<String> links() {
        return links;
    }

    private final class Walker implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t);
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    hardBreak();
                } else if (tag.equals("img") && !e.attr("src").isBlank()) {
                    images.add(e.absUrl("src").isEmpty() ? e.attr("src") : e.absUrl("src"));
                } else if (tag.equals("a") && !e.attr("href").isBlank()) {
                    links.add(e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href"));
                    lineLinks.add(links.get(links.size() - 1));
                } else if (PARAGRAPHS.contains(tag)) {
                    paragraphBreak();
                } else if (BLOCKS.contains(tag)) {
                    softBreak();
                } else if (tag.equals("td") || tag.equals("th")) {
                    // a table's cells stay apart on their row's line, a cell spanning columns leaving its span
                    if (cells > 0) {
                        current.append("\t".repeat(span));
                    }
                    cells++;
                    span = Math.max(1, Math.min(16, parseSpan(e.attr("colspan"))));
                }
                if (tag.equals("tr")) {
                    cells = 0;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (e.normalName().equals("blockquote")) {
                    cited(e);
                }
                if (PARAGRAPHS.contains(e.normalName())) {
                    paragraphBreak();
                } else if (BLOCKS.contains(e.normalName())) {
                    softBreak();
                }
            }
            return FilterResult.CONTINUE;
        }
    }

    /**
     * Ends a quotation with the address its {@code cite} attribute gives, on a line of its own, as a post quoting by
     * hand writes the source's URL under the text (Hatena's {@code <blockquote cite=… title=…>}); not when the
     * quotation shows it already.
     */
    private void cited(Element quote) {
        String cite = quote.absUrl("cite").isEmpty() ? quote.attr("cite").strip() : quote.absUrl("cite");
        if (cite.startsWith("http") && !quote.text().contains(cite)) {
            softBreak();
            append(cite, quote.sourceRange().isTracked() ? quote.sourceRange().start().lineNumber() : 0);
            softBreak();
        }
    }

    private static int parseSpan(String colspan) {
        try {
            return colspan.isBlank() ? 1 : Integer.parseInt(colspan.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void text(TextNode t) {
        Element parent = t.parent();
        boolean pre = parent != null && parent.closest("pre") != null;
        String whole = t.getWholeText().replace('\u00A0', ' ');
        int line = t.sourceRange().isTracked() ? t.sourceRange().start().lineNumber() : 0;
        if (pre) {
            String[] parts = whole.split("\r?\n|\r", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    hardBreak();
                    line++;
                }
                append(parts[i], line);
            }
        } else if (lineBreaks) {
            String[] parts = whole.split("\r\n|\r|\n", -1);
            boolean blankBefore = false;
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    line = line > 0 ? line + 1 : 0;
                    if (parts[i].isBlank() && i < parts.length - 1) {
                        blankBefore = true;
                        continue;
                    }
                    if (blankBefore) {
                        paragraphBreak();
                    } else {
                        softBreak();
                    }
                    blankBefore = false;
                }
                append(BLANKS.matcher(parts[i]).replaceAll(" "), line);
            }
        } else {
            // the line a text starts on is that of its first visible character, past the newlines after a tag
            for (int i = 0; i < whole.length() && Character.isWhitespace(whole.charAt(i)) && line > 0; i++) {
                if (whole.charAt(i) == '\n') {
                    line++;
                }
            }
            append(WHITESPACE.matcher(whole).replaceAll(" "), line);
        }
    }

    private void append(String s, int line) {
        if (s.isEmpty() || current.length() == 0 && s.isBlank()) {
            return;
        }
        if (current.length() == 0) {
            currentSourceLine = line;
            current.append(s.stripLeading());
        } else {
            current.append(s);
        }
    }

    private void hardBreak() {
        linkedLine();
        lines.add(new BodyLine(current.toString().strip(), currentSourceLine));
        current.setLength(0);
        currentSourceLine = 0;
        lineLinks.clear();
    }

    /**
     * A dated line of a list, as an item ({@code <li>}) or a line between line breaks: a mark, a full date, the title as
     * a link ("・2017/11/22　<a…>…</a>", "<li>2023年6月13日：<a…>…</a>").
     */
    private static final java.util.regex.Pattern DATED_LINE = java.util.regex.Pattern.compile(
            "^[\\s　]*+[○〇●・◯◎◆◇▼▽]?[\\s　]*+[0-9０-９]{4}[年./／\\-]");

    /**
     * Keeps the address of the one link a dated line of a list holds on the line, as a list written by hand gives it
     * ("2023年6月13日：title https://…"), so that the list reads the same whichever way it was written.
     */
    private void linkedLine() {
        if (lineLinks.size() != 1 || !DATED_LINE.matcher(current).lookingAt()) {
            return;
        }
        String href = lineLinks.get(0);
        if (href.startsWith("http") && current.indexOf(href) < 0) {
            current.append(' ').append(href);
        }
    }

    private void softBreak() {
        if (!current.toString().isBlank()) {
            hardBreak();
        } else {
            current.setLength(0);
            lineLinks.clear();
        }
    }

    private void paragraphBreak() {
        softBreak();
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).text().isEmpty()) {
            lines.add(new BodyLine("", 0));
        }
    }

    private void trim() {
        // Both ends are cut in one step each: removing leading lines one at a time moves the rest every time.
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).text().isEmpty()) {
            end--;
        }
        lines.subList(end, lines.size()).clear();
        int start = 0;
        while (start < lines.size() && lines.get(start).text().isEmpty()) {
            start++;
        }
        lines.subList(0, start).clear();
    }
}
