package org.civicwatch.blog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.CheckForNull;
import org.civicwatch.model.When;

/**
 * The text of one post, in lines, as the extractors read it.
 *
 * @param permalink the post's permalink, every record's provenance source
 * @param key the post's key, the start of every record id made from it
 * @param title the post's title, where facilities are often named
 * @param published when it was published, which dates without a year count back from
 * @param lines its body lines; an empty line separates paragraphs
 * @param sourceLines for each line, the page line it starts on (0 when unknown)
 * @param group the group that publishes the blog, whom 当会, 本会 and 同会 name; null when unknown
 */
public record PostText(String permalink, String key, @CheckForNull String title, @CheckForNull When published,
                       List<String> lines,
                       List<Integer> sourceLines, @CheckForNull String group) {

    /**
     * A run of lines: a paragraph, or a block spanning paragraphs (a quoted news article).
     *
     * @param first the index of its first line
     * @param lines its lines
     * @param sourceLine the page line it starts on, 0 when unknown
     */
    public record Block(int first, List<String> lines, int sourceLine) {
        public Block {
            lines = List.copyOf(lines);
        }

        /** Its lines joined by newlines. */
        public String text() {
            return String.join("\n", lines);
        }

        /** Its lines joined without separators, as one run of Japanese prose. */
        public String prose() {
            return String.join("", lines);
        }

        /** Where it is, for provenance: "line 4" of the body, and the page line where known. */
        public String locator() {
            return "body line " + (first + 1) + (sourceLine > 0 ? ", page line " + sourceLine : "");
        }
    }

    /** A post's text whose group is not known. */
    public PostText(String permalink, String key, @CheckForNull String title, @CheckForNull When published,
                    List<String> lines, List<Integer> sourceLines) {
        this(permalink, key, title, published, lines, sourceLines, null);
    }

    public PostText {
        Objects.requireNonNull(permalink, "permalink");
        lines = List.copyOf(lines);
        sourceLines = List.copyOf(sourceLines);
        if (sourceLines.size() != lines.size()) {
            throw new IllegalArgumentException("one source line per line");
        }
    }

    /** A post's text from lines alone, without page lines: for tests and plain text. */
    public static PostText of(String permalink, String key, @CheckForNull When published, List<String> lines) {
        return of(permalink, key, null, published, lines);
    }

    /** A post's text from a title and lines, without page lines: for tests and plain text. */
    public static PostText of(String permalink, String key, @CheckForNull String title, @CheckForNull When published,
                              List<String> lines) {
        return new PostText(permalink, key, title, published, lines, lines.stream().map(l -> 0).toList());
    }

    /** {@return the post's title and its body lines, one text, lines apart: what a post names anywhere is found in it} */
    public String whole() {
        return (title == null ? "" : title) + "\n" + String.join("\n", lines);
    }

    /** The day it was published, which year-less dates count back from; null when unknown. */
    @CheckForNull
    public LocalDate writtenOn() {
        return published == null ? null : published.firstDay().orElse(null);
    }

    /** The lines from {@code from} to {@code to} (exclusive) as a block. */
    public Block block(int from, int to) {
        return new Block(from, lines.subList(from, to), sourceLines.get(from));
    }

    /** Its paragraphs: runs of non-empty lines. */
    public List<Block> paragraphs() {
        List<Block> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean empty = i == lines.size() || lines.get(i).isBlank();
            if (empty && start >= 0) {
                out.add(block(start, i));
                start = -1;
            } else if (!empty && start < 0) {
                start = i;
            }
        }
        return out;
    }
}
