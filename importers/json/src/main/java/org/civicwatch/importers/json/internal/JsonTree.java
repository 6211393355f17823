package org.civicwatch.importers.json.internal;

import java.util.HashMap;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.json.JsonTrees;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * One JSON value read from a parser into the tree form ({@link JsonTrees#read}), with the line and
 * column where each value starts, by JSON Pointer relative to the value. Holds one record, never more.
 */
public final class JsonTree {
    private final @CheckForNull Object value;
    private final Map<String, long[]> positions;
    private final String root;
    private final long length;

    private JsonTree(@CheckForNull Object value, Map<String, long[]> positions, String root, long length) {
        this.value = value;
        this.positions = positions;
        this.root = root;
        this.length = length;
    }

    /**
     * Reads the value at the parser's current token (which must be its first) up to its end.
     *
     * @param maxLength the most chars the value may span
     * @throws TooLongException if it spans more
     */
    public static JsonTree read(JsonParser p, long maxLength) {
        return read(p, maxLength, 1, 1);
    }

    /**
     * Reads the value at the parser's current token, as {@link #read(JsonParser, long)}, from a parser of
     * text taken out of a larger input: its first line is that input's line {@code line}, and starts at
     * that line's column {@code column}. Positions are the larger input's.
     */
    public static JsonTree read(JsonParser p, long maxLength, long line, long column) {
        Map<String, long[]> positions = new HashMap<>();
        long start = p.currentTokenLocation().getCharOffset();
        Object value = JsonTrees.read(p, (pointer, at) -> {
            TokenStreamLocation where = at.currentTokenLocation();
            if (where.getCharOffset() - start > maxLength) {
                throw new TooLongException();
            }
            positions.put(pointer, shift(where, line, column));
        });
        long end = p.currentLocation().getCharOffset();
        return new JsonTree(value, positions, "", end - start);
    }

    /**
     * {@return a parser's location as {@code {line, column}} in the larger input its text was taken from}
     *
     * @param line the input's line where the text starts
     * @param column the column of that line where it starts
     */
    public static long[] shift(TokenStreamLocation where, long line, long column) {
        long l = where.getLineNr();
        return new long[] {line + l - 1, l == 1 ? column + where.getColumnNr() - 1 : where.getColumnNr()};
    }

    /** The value read. */
    @CheckForNull
    public Object value() {
        return value;
    }

    /** The member of an object at a pointer ({@code /record}), with pointers relative to it. */
    public JsonTree under(String pointer) {
        Object member = value instanceof Map<?, ?> map ? map.get(pointer.substring(1)) : null;
        return new JsonTree(member, positions, root + pointer, length);
    }

    /** The chars the value spans. */
    public long length() {
        return length;
    }

    /**
     * Where the value at a pointer starts, or its nearest enclosing value when it is absent:
     * {@code {line, column}}.
     */
    public long[] position(String pointer) {
        String p = root + pointer;
        while (true) {
            long[] at = positions.get(p);
            if (at != null || p.isEmpty()) {
                return at == null ? new long[] {0, 0} : at;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** A value is longer than allowed; the parser stands inside it. */
    public static final class TooLongException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLongException() {
            super(null, null, false, false);
        }
    }
}
