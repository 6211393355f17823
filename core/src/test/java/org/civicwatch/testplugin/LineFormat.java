package org.civicwatch.testplugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.StandardOptions;

/**
 * A small text format that exists only in tests, to prove that a plugin defined outside the library
 * is discovered and works end to end: one line per record, {@code TYPE TREE}, where TREE is the
 * catalog's tree form written as {@code {key=value,...}}, {@code [a,b]}, {@code "text"}, {@code i12},
 * {@code d1.5}, {@code btrue}. The first line is {@code info TREE}.
 */
final class LineFormat {
    static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("lines").name("Test lines")
            .mediaType("text/x-civicwatch-lines").extensions("cwl").options(StandardOptions.READING)
            .description("A test-only line format.").build();

    private LineFormat() {
    }

    /** {@return the line format's descriptor under another id and extension, for test formats built on it} */
    static FormatDescriptor renamed(String id, String extension) {
        return FormatDescriptor.builder(id).name("Test " + id).mediaType(DESCRIPTOR.mediaType()).extensions(extension)
                .options(DESCRIPTOR.options()).description(DESCRIPTOR.description()).build();
    }

    static String write(Object value) {
        StringBuilder s = new StringBuilder();
        write(value, s);
        return s.toString();
    }

    private static void write(Object value, StringBuilder s) {
        if (value instanceof Map<?, ?> map) {
            s.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                s.append(first ? "" : ",").append(e.getKey()).append('=');
                write(e.getValue(), s);
                first = false;
            }
            s.append('}');
        } else if (value instanceof List<?> list) {
            s.append('[');
            for (int i = 0; i < list.size(); i++) {
                s.append(i == 0 ? "" : ",");
                write(list.get(i), s);
            }
            s.append(']');
        } else if (value instanceof Long l) {
            s.append('i').append(l);
        } else if (value instanceof Double d) {
            s.append('d').append(d);
        } else if (value instanceof Boolean b) {
            s.append('b').append(b);
        } else {
            s.append('"');
            for (char c : value.toString().toCharArray()) {
                if (c == '"' || c == '\\') {
                    s.append('\\').append(c);
                } else if (c < 0x20) {
                    s.append(String.format("\\u%04x", (int) c));
                } else {
                    s.append(c);
                }
            }
            s.append('"');
        }
    }

    /** Reads one value from a line, reporting errors at their column. */
    static final class Parser {
        private final String text;
        private final Location where;
        private int pos;

        Parser(String text, int start, Location where) {
            this.text = text;
            this.pos = start;
            this.where = where;
        }

        Object value() {
            if (pos >= text.length()) {
                throw error("the line ends early");
            }
            char c = text.charAt(pos);
            switch (c) {
                case '{': {
                    pos++;
                    Map<String, Object> map = new LinkedHashMap<>();
                    while (peek() != '}') {
                        int eq = text.indexOf('=', pos);
                        if (eq < 0) {
                            throw error("expected key=value");
                        }
                        String key = text.substring(pos, eq);
                        pos = eq + 1;
                        map.put(key, value());
                        if (peek() == ',') {
                            pos++;
                        }
                    }
                    pos++;
                    return map;
                }
                case '[': {
                    pos++;
                    List<Object> list = new ArrayList<>();
                    while (peek() != ']') {
                        list.add(value());
                        if (peek() == ',') {
                            pos++;
                        }
                    }
                    pos++;
                    return list;
                }
                case '"':
                    return string();
                case 'i':
                case 'd':
                case 'b': {
                    int end = pos + 1;
                    while (end < text.length() && ",]}".indexOf(text.charAt(end)) < 0) {
                        end++;
                    }
                    String word = text.substring(pos + 1, end);
                    int at = pos;
                    pos = end;
                    try {
                        return c == 'i' ? Long.valueOf(word) : c == 'd' ? Double.valueOf(word) : Boolean.valueOf(word);
                    } catch (NumberFormatException e) {
                        pos = at;
                        throw error("cannot read \"" + word + "\" as a number");
                    }
                }
                default:
                    throw error("unexpected '" + c + "'");
            }
        }

        private String string() {
            StringBuilder s = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= text.length()) {
                    throw error("a string is not closed");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    return s.toString();
                }
                if (c == '\\') {
                    if (pos >= text.length()) {
                        throw error("a string is not closed");
                    }
                    char n = text.charAt(pos++);
                    if (n == 'u') {
                        if (pos + 4 > text.length()) {
                            throw error("a string is not closed");
                        }
                        s.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    } else {
                        s.append(n);
                    }
                } else {
                    s.append(c);
                }
            }
        }

        private char peek() {
            if (pos >= text.length()) {
                throw error("the line ends early");
            }
            return text.charAt(pos);
        }

        DataException error(String message) {
            return new DataException(where.atLine(where.line(), pos + 1), message);
        }

        boolean atEnd() {
            return pos == text.length();
        }
    }
}
