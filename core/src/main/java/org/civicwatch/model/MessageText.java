package org.civicwatch.model;

/**
 * How a message shows text it quotes from the input: on one line, with every character a person cannot see
 * or that would move the text around written as an escape, so that a message never breaks a terminal, a log
 * line or a spreadsheet cell, and never hides what the input holds. {@link #quote} is what a message uses to
 * quote a value; every civicwatch exception passes its whole message through {@link #inMessage} as well, so a
 * value quoted by hand is safe too.
 *
 * <pre>{@code
 * MessageText.quote("a\tb")          // "a\tb" (a backslash and a t)
 * MessageText.quote("lone\ud800")    // "lone\ud800"
 * }</pre>
 */
public final class MessageText {
    /** How much of a long value a message quotes, in UTF-16 units; the rest is shown as "…". */
    public static final int QUOTE_LIMIT = 200;

    private MessageText() {
    }

    /**
     * {@return the text in double quotes, {@linkplain #escape escaped}, with {@code "} and {@code \} inside it
     * escaped too, shortened to {@value #QUOTE_LIMIT} units when longer}
     *
     * @param text the text as the input gave it
     */
    public static String quote(CharSequence text) {
        boolean cut = text.length() > QUOTE_LIMIT;
        int end = cut ? QUOTE_LIMIT - (Character.isHighSurrogate(text.charAt(QUOTE_LIMIT - 1)) ? 1 : 0) : text.length();
        StringBuilder out = new StringBuilder(end + 8).append('"');
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else {
                appendEscaped(out, text, i);
            }
        }
        return out.append(cut ? "…\"" : "\"").toString();
    }

    /**
     * {@return the text with control characters (TAB, NUL, line breaks, DEL, C1), line and paragraph separators
     * (U+2028, U+2029), invisible format characters (bidirectional controls, zero-width characters, the byte
     * order mark), noncharacters (U+FFFE, U+FFFF) and lone surrogates written as escapes}: {@code \t},
     * {@code \n}, {@code \r}, else {@code \}{@code uXXXX}; everything else is kept as it is
     *
     * @param text any text
     */
    public static String escape(CharSequence text) {
        return escape(text, false);
    }

    /**
     * {@return a whole message as exceptions hold it}: {@linkplain #escape escaped}, but for the line feeds a
     * message puts between the items it lists ({@code the dataset has 2 problems:\n  ...}); input quoted in it
     * goes through {@link #quote}, which escapes line feeds too
     *
     * @param message a message
     */
    public static String inMessage(CharSequence message) {
        return escape(message, true);
    }

    private static String escape(CharSequence text, boolean keepLineFeeds) {
        int i = 0;
        while (i < text.length() && (!needsEscape(text, i) || keepLineFeeds && text.charAt(i) == '\n')) {
            i++;
        }
        if (i == text.length()) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            if (keepLineFeeds && text.charAt(i) == '\n') {
                out.append('\n');
            } else {
                appendEscaped(out, text, i);
            }
        }
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, CharSequence text, int i) {
        char c = text.charAt(i);
        if (!needsEscape(text, i)) {
            out.append(c);
        } else if (c == '\t') {
            out.append("\\t");
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c == '\r') {
            out.append("\\r");
        } else {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        }
    }

    private static boolean needsEscape(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT || c == '\uFFFE' || c == '\uFFFF';
    }
}
