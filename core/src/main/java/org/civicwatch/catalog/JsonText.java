package org.civicwatch.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;

/**
 * JSON text for the small descriptor files that travel beside tabular data (a Frictionless
 * {@code datapackage.json}, a column-mapping file) and for JSON cells: trees of maps, lists, strings,
 * numbers ({@code Long} for whole numbers, {@code Double} otherwise), booleans and null, read and written
 * strictly (RFC 8259), with bounded depth and located errors. Core needs no JSON library for them; whole
 * datasets go through the JSON format plugins.
 *
 * <pre>{@code
 * Object tree = JsonText.parse("{\"name\": \"sightings\", \"bytes\": 120}");
 * String text = JsonText.write(Map.of("name", "sightings"), true);
 * }</pre>
 */
public final class JsonText {
    /** How deeply arrays and objects may nest in text read. */
    public static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    private JsonText(String text) {
        this.text = text;
    }

    /** JSON text that cannot be read, with where. */
    public static final class MalformedJsonException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final String reason;

        MalformedJsonException(int line, int column, String reason) {
            super("line " + line + ", column " + column + ": " + reason);
            this.line = line;
            this.column = column;
            this.reason = reason;
        }

        /** {@return the 1-based line of the problem} */
        public int line() {
            return line;
        }

        /** {@return the 1-based column of the problem, in characters} */
        public int column() {
            return column;
        }

        /** {@return what is wrong, without the place} */
        public String reason() {
            return reason;
        }
    }

    /**
     * Reads one JSON value, which must be all of the text (white space around it aside).
     *
     * @param text the JSON text
     * @return the value: {@code Map<String, Object>} (in member order), {@code List<Object>}, {@code String},
     *     {@code Long}, {@code Double}, {@code Boolean}, or null
     * @throws MalformedJsonException naming the line, the column and what is wrong, including a member
     *     repeated in one object and nesting deeper than {@link #MAX_DEPTH}
     */
    @CheckForNull
    public static Object parse(String text) {
        JsonText p = new JsonText(text);
        p.skipSpace();
        Object value = p.value(0);
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("there is more after the end of the JSON value");
        }
        return value;
    }

    @CheckForNull
    private Object value(int depth) {
        if (pos >= text.length()) {
            throw error("the text ends where a value should be");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(depth + 1);
            case '[':
                return array(depth + 1);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || c >= '0' && c <= '9') {
                    return number();
                }
                throw error("unexpected " + describe(c) + "; a JSON value starts with {, [, \", a digit, -, true,"
                        + " false or null");
        }
    }

    private Map<String, Object> object(int depth) {
        checkDepth(depth);
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a member name in double quotes");
            }
            int nameLine = line;
            int nameColumn = pos - lineStart + 1;
            String name = string();
            skipSpace();
            expect(':', "after a member name");
            skipSpace();
            Object v = value(depth);
            if (map.containsKey(name)) {
                throw new MalformedJsonException(nameLine, nameColumn, "member \"" + name
                        + "\" appears twice in one object");
            }
            map.put(name, v);
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                pos--;
                throw error("expected , or } in an object");
            }
        }
    }

    private List<Object> array(int depth) {
        checkDepth(depth);
        pos++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value(depth));
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                pos--;
                throw error("expected , or ] in an array");
            }
        }
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("arrays and objects nest more than " + MAX_DEPTH + " deep");
        }
    }

    private String string() {
        pos++;
        StringBuilder s = null;
        int start = pos;
        while (true) {
            if (pos >= text.length()) {
                throw error("the text ends inside a string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                String done = s == null ? text.substring(start, pos) : s.append(text, start, pos).toString();
                pos++;
                return done;
            }
            if (c < 0x20) {
                throw error(describe(c) + " inside a string must be escaped");
            }
            if (c == '\\') {
                if (s == null) {
                    s = new StringBuilder();
                }
                s.append(text, start, pos);
                pos++;
                s.append(escape());
                start = pos;
            } else {
                pos++;
            }
        }
    }

    private char escape() {
        if (pos >= text.length()) {
            throw error("the text ends inside a string");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (pos + 4 > text.length()) {
                    throw error("\\u must be followed by four hex digits");
                }
                int v = 0;
                for (int i = 0; i < 4; i++) {
                    int d = Character.digit(text.charAt(pos++), 16);
                    if (d < 0) {
                        pos--;
                        throw error("\\u must be followed by four hex digits");
                    }
                    v = v * 16 + d;
                }
                return (char) v;
            default:
                pos--;
                throw error("\\" + c + " is not a JSON escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX");
        }
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            throw error("a digit must follow -");
        }
        boolean whole = true;
        if (peek() == '.') {
            whole = false;
            pos++;
            if (!isDigit(peek())) {
                throw error("a digit must follow the decimal point");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            whole = false;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("a digit must follow the exponent");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        String n = text.substring(start, pos);
        if (whole) {
            try {
                return Long.valueOf(n);
            } catch (NumberFormatException e) {
                pos = start;
                throw error("the number " + n + " is too large for a whole number");
            }
        }
        double d = Double.parseDouble(n);
        if (Double.isInfinite(d)) {
            pos = start;
            throw error("the number " + n + " is too large");
        }
        return d;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @CheckForNull
    private Object literal(String word, @CheckForNull Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describe(text.charAt(pos)) + "; did you mean " + word + "?");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c, String where) {
        if (peek() != c) {
            throw error("expected " + c + " " + where);
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private MalformedJsonException error(String reason) {
        return new MalformedJsonException(line, pos - lineStart + 1, reason);
    }

    private static String describe(char c) {
        if (c == '\0') {
            return "end of text";
        }
        if (c < 0x20 || c == 0x7f) {
            return String.format(java.util.Locale.ROOT, "control character U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    /**
     * Writes a tree as JSON text; a map's members in its iteration order.
     *
     * @param tree maps with string keys, lists, strings, whole numbers, finite decimals, booleans and nulls
     * @param pretty indent by two spaces, one member or element a line
     * @return the JSON text, without a final line break
     * @throws IllegalArgumentException for a value of another kind, or a non-finite number
     */
    public static String write(@CheckForNull Object tree, boolean pretty) {
        StringBuilder out = new StringBuilder();
        write(out, tree, pretty ? 0 : -1);
        return out.toString();
    }

    /** Writes a value; {@code indent} is its depth when pretty, -1 when compact. */
    private static void newline(StringBuilder out, int indent, boolean pretty) {
        if (pretty) {
            out.append('\n');
            out.append("  ".repeat(indent));
        }
    }

    private static void write(StringBuilder out, @CheckForNull Object v, int indent) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            quote(out, s);
        } else if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
            out.append(v);
        } else if (v instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            out.append(d);
        } else if (v instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                newline(out, indent + 1, indent >= 0);
                quote(out, String.valueOf(e.getKey()));
                out.append(indent >= 0 ? ": " : ":");
                write(out, e.getValue(), indent < 0 ? -1 : indent + 1);
            }
            if (!map.isEmpty()) {
                newline(out, indent, indent >= 0);
            }
            out.append('}');
        } else if (v instanceof List<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                out.append(first ? "" : ",");
                first = false;
                newline(out, indent + 1, indent >= 0);
                write(out, item, indent < 0 ? -1 : indent + 1);
            }
            if (!list.isEmpty()) {
                newline(out, indent, indent >= 0);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("JSON has no value of type " + v.getClass().getName());
        }
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
