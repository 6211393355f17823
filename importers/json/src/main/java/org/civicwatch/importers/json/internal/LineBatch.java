package org.civicwatch.importers.json.internal;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.annotation.CheckForNull;

/**
 * A run of lines taken from {@link ByteLines}, copied into a buffer of their own so that another thread may
 * decode them while more are read, and read back in order through the same calls {@link ByteLines} answers
 * ({@link #next}, {@link #lineNumber}, {@link #plainUtf8}, {@link #requireUtf8}, {@link #blank}, {@link #text}).
 * What {@link ByteLines#next} threw after the last line of the run (a line or the input too long, bytes that
 * are no UTF-8) is thrown by {@link #next} in the same place, with the same line number; so is the end of the
 * input.
 *
 * <p>Each line may carry what it was decoded to ({@link #decode}), worked out by any thread between
 * {@link #fill} and the first {@link #next}: the decoder must be free of side effects, since the reader may
 * read a line again its own way.
 */
public final class LineBatch {
    /** How many lines a run holds at most. */
    static final int LINES = 256;
    /** How many bytes a run holds at most, but for a first line that is longer. */
    static final int BYTES = 1 << 17;

    /** Decodes a line's bytes (its line end left out) to a value, or null; must be free of side effects. */
    @FunctionalInterface
    public interface Decoder {
        @CheckForNull
        Object decode(byte[] buffer, int start, int length);
    }

    private byte[] bytes = new byte[BYTES];
    private final int[] starts = new int[LINES + 1];
    private final long[] numbers = new long[LINES];
    private final boolean[] checked = new boolean[LINES];
    private final Object[] decoded = new Object[LINES];
    private int size;
    /** The line read last, -1 before the first. */
    private int at = -1;
    /** What {@link ByteLines#next} threw after the lines, or null. */
    private @CheckForNull IOException failure;
    /** Whether the input ended after the lines (or after the failure). */
    private boolean last;
    /** The line number {@link ByteLines} gave after the lines: at the end, or when it threw. */
    private long numberAfter;

    /**
     * Takes the next lines from {@code lines}, forgetting what this batch held before: up to {@link #LINES}
     * lines and about {@link #BYTES} bytes, and stops after anything {@link ByteLines#next} throws.
     *
     * @return this batch
     */
    public LineBatch fill(ByteLines lines) {
        Arrays.fill(decoded, 0, size, null);
        size = 0;
        at = -1;
        failure = null;
        last = false;
        int used = 0;
        starts[0] = 0;
        while (size < LINES && (size == 0 || used < BYTES)) {
            boolean more;
            try {
                more = lines.next();
            } catch (IOException e) {
                failure = e;
                if (!(e instanceof ByteLines.TooLongException tooLong) || tooLong.wholeInput()) {
                    last = true;
                }
                break;
            }
            if (!more) {
                last = true;
                break;
            }
            int length = lines.length();
            if (used + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
            }
            System.arraycopy(lines.buffer(), lines.start(), bytes, used, length);
            used += length;
            numbers[size] = lines.lineNumber();
            checked[size] = !lines.plainUtf8();
            starts[++size] = used;
        }
        numberAfter = lines.lineNumber();
        return this;
    }

    /** Decodes every line whose bytes were not checked to be UTF-8 when handed out (the fast path's lines). */
    public LineBatch decode(Decoder decoder) {
        for (int i = 0; i < size; i++) {
            if (!checked[i]) {
                decoded[i] = decoder.decode(bytes, starts[i], starts[i + 1] - starts[i]);
            }
        }
        return this;
    }

    /**
     * Moves to the next line, as {@link ByteLines#next} does.
     *
     * @return false once the lines are read and either the input ended or the batch is spent (then see
     *     {@link #spent})
     * @throws IOException what {@link ByteLines#next} threw after the last line, once
     */
    public boolean next() throws IOException {
        if (at < size) {
            at++;
        }
        if (at < size) {
            return true;
        }
        if (failure != null) {
            IOException e = failure;
            failure = null;
            throw e;
        }
        return false;
    }

    /** {@return whether no line and no failure is left, and the input goes on in a next batch} */
    public boolean spent() {
        return at >= size && failure == null && !last;
    }

    /** {@return whether the input ended with this batch} */
    public boolean last() {
        return last;
    }

    /** As {@link ByteLines#lineNumber}. */
    public long lineNumber() {
        return at < size ? numbers[at] : numberAfter;
    }

    /** As {@link ByteLines#plainUtf8}. */
    public boolean plainUtf8() {
        return !checked[at];
    }

    /** As {@link ByteLines#requireUtf8}. */
    public void requireUtf8() throws java.nio.charset.CharacterCodingException {
        if (!checked[at]) {
            if (ByteLines.utf16(bytes, starts[at], starts[at + 1]) < 0) {
                throw new MalformedInputException(1);
            }
            checked[at] = true;
        }
    }

    /** {@return what the line was decoded to, null if nothing} */
    @CheckForNull
    public Object decoded() {
        return decoded[at];
    }

    /** As {@link ByteLines#blank}. */
    public boolean blank() {
        return ByteLines.blank(bytes, starts[at], starts[at + 1]);
    }

    /** As {@link ByteLines#text}. */
    public String text() {
        return new String(bytes, starts[at], starts[at + 1] - starts[at], StandardCharsets.UTF_8);
    }
}
