package org.civicwatch.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.function.Function;

/**
 * An NFKC-normalised copy of a text that remembers where each of its characters came from, so that a
 * match found in the copy can be quoted from the original. The one place this package normalises.
 *
 * <p>Besides NFKC ({@code ２} → {@code 2}, {@code （} → {@code (}, {@code ㍻} → {@code 平成}), wave dashes
 * become {@code ~}, the dash family becomes {@code -} and every kind of white space becomes one space
 * character, so parsers match one spelling of each.
 */
final class NormalizedText {
    private final String original;
    private final String text;
    /** For each character of {@link #text}: where its source in the original starts and ends. */
    private final int[] from;
    private final int[] to;

    private NormalizedText(String original, String text, int[] from, int[] to) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** Normalises a copy of {@code original}. */
    static NormalizedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] from = new int[original.length() * 2 + 4];
        int[] to = new int[from.length];
        int i = 0;
        while (i < original.length()) {
            int end = clusterEnd(original, i);
            String piece = end == i + 1 ? single(original.charAt(i))
                    : Normalizer.normalize(original.substring(i, end), Normalizer.Form.NFKC);
            for (int k = 0; k < piece.length(); k++) {
                if (out.length() == from.length) {
                    from = Arrays.copyOf(from, from.length * 2);
                    to = Arrays.copyOf(to, to.length * 2);
                }
                from[out.length()] = i;
                to[out.length()] = end;
                out.append(unify(piece.charAt(k)));
            }
            i = end;
        }
        return new NormalizedText(original, out.toString(), from, to);
    }

    /**
     * NFKC of one UTF-16 unit that nothing combines with, remembered: a page of prose repeats a few
     * thousand characters, and normalising each occurrence anew was most of the time spent reading it.
     * (Racing threads may both fill a slot; they store equal immutable strings.)
     */
    private static final String[] SINGLE = new String[Character.MAX_VALUE + 1];

    private static String single(char c) {
        String known = SINGLE[c];
        if (known == null) {
            known = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            SINGLE[c] = known;
        }
        return known;
    }

    /** A normalised copy, when no offsets are needed. */
    static String normalize(String original) {
        return of(original).text;
    }

    /** The end of the character at {@code start} together with the marks that combine with it. */
    private static int clusterEnd(String s, int start) {
        int end = start + Character.charCount(s.codePointAt(start));
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int type = Character.getType(cp);
            boolean combines = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || cp == '\uFF9E' || cp == '\uFF9F'; // half-width (han)dakuten: ｶﾞ is one letter
            if (!combines) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    private static char unify(char c) {
        switch (c) {
            case '\u301C': // 〜 wave dash
            case '\u3030': // 〰 wavy dash
            case '\u223C': // ∼ tilde operator
                return '~';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
            case '\u2212': // minus sign
                return '-';
            default:
                return Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
        }
    }

    /** The text as given. */
    String original() {
        return original;
    }

    /** The normalised copy. */
    String text() {
        return text;
    }

    /** Where in the original the normalised character at {@code index} starts. */
    int originalStart(int index) {
        return index >= text.length() ? original.length() : from[index];
    }

    /** Where in the original a normalised range ending (exclusive) at {@code index} ends. */
    int originalEnd(int index) {
        return index <= 0 ? 0 : to[index - 1];
    }

    /**
     * A mention of what the normalised range {@code [start, end)} says, quoting and locating it in the
     * original; {@code read} turns the quoted original into the value (and may throw).
     */
    <T> Mention<T> mention(int start, int end, Function<String, T> read) {
        String quoted = originalSlice(start, end);
        int at = originalStart(start);
        return new Mention<>(read.apply(quoted), quoted, at, at + quoted.length());
    }

    /** The original text behind the normalised range {@code [start, end)}. */
    String originalSlice(int start, int end) {
        return original.substring(originalStart(start), Math.max(originalStart(start), originalEnd(end)));
    }
}
