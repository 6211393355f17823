package org.civicwatch.importers.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import javax.annotation.CheckForNull;

/**
 * Reads lines (ending in LF or CRLF) of UTF-8 text as bytes, left in one reused buffer for a byte parser to
 * read in place: no chars, no string per line. A line may have at most a given number of chars (UTF-16
 * units, as a {@code String} counts them), checked before more of it is kept, so that one endless line cannot
 * fill memory: a longer line is skipped to its end and reported. A byte order mark at the start is skipped,
 * UTF-16 and UTF-32 are refused by name (see {@link Utf8}).
 *
 * <p>Whether a line is UTF-8 is checked when asked ({@link #requireUtf8}), or when the line is handed out if
 * it holds bytes that only a strict decoder refuses ({@link #plainUtf8}): a parser that decodes every string of a
 * line checks the rest itself, so a line it reads whole needs no second pass over its bytes.
 */
public final class ByteLines {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private final InputStream source;
    private @CheckForNull InputStream in;
    private final long maxLine;
    private final long maxTotal;
    private byte[] buffer = new byte[1 << 16];
    /** The bytes read and not yet handed out: {@code buffer[pos, len)}. */
    private int pos;
    private int len;
    private boolean eof;
    private long number;
    private long total;
    /** The line handed out last: {@code buffer[start, end)}, without its line end. */
    private int start;
    private int end;
    /** Whether the line handed out last is known to be UTF-8. */
    private boolean checked;

    /** A line, or the whole input, is longer than allowed; the line has been skipped. */
    public static final class TooLongException extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean wholeInput;

        TooLongException(String message, boolean wholeInput) {
            super(message);
            this.wholeInput = wholeInput;
        }

        /** {@return whether the whole input is too long (reading cannot go on), not just the line} */
        public boolean wholeInput() {
            return wholeInput;
        }
    }

    /**
     * @param in the bytes, read only when {@link #next} is called
     * @param maxLine the most chars a line may have
     * @param maxTotal the most chars the whole text may have
     */
    public ByteLines(InputStream in, long maxLine, long maxTotal) {
        this.source = in;
        this.maxLine = maxLine;
        this.maxTotal = maxTotal;
    }

    /**
     * Moves to the next line.
     *
     * @return false at the end of the input
     * @throws TooLongException if the line, or the whole input, is too long
     * @throws java.nio.charset.CharacterCodingException if the line is not UTF-8 text (see {@link Utf8#problem})
     *     and holds bytes that only a strict decoder refuses, or is too long (its other flaws are found by
     *     {@link #requireUtf8})
     */
    public boolean next() throws IOException {
        if (in == null) {
            in = Utf8.bytes(source);
        }
        int scan = pos;
        // The chars of buffer[pos, counted), worked out only once the line has more bytes than the limit.
        int counted = pos;
        long chars = 0;
        while (true) {
            int nl = indexOfLineFeed(buffer, scan, len);
            if (nl >= 0) {
                return hand(nl, nl + 1);
            }
            if (len - pos > maxLine) {
                chars += chars(buffer, counted, len);
                counted = len;
                if (chars > maxLine) {
                    skip(chars);
                }
            }
            // fill() may move the bytes to the front of the buffer: keep the offsets relative to pos.
            int scanned = len - pos;
            int countedTo = counted - pos;
            if (eof || !fill()) {
                return pos < len && hand(len, len);
            }
            scan = pos + scanned;
            counted = pos + countedTo;
        }
    }

    private boolean hand(int lineEnd, int next) throws IOException {
        long units = plainUnits(buffer, pos, lineEnd);
        checked = units < 0;
        if (checked) {
            units = utf16(buffer, pos, lineEnd);
            if (units < 0) {
                throw new MalformedInputException(1);
            }
        }
        long after = total + units + (next > lineEnd ? 1 : 0);
        if ((units > maxLine || after > maxTotal) && !checked && utf16(buffer, pos, lineEnd) < 0) {
            // Not UTF-8 comes before too long, as a strict decoder would have it.
            throw new MalformedInputException(1);
        }
        total = after;
        if (units > maxLine) {
            pos = next;
            number++;
            throw new TooLongException("the line is longer than " + maxLine
                    + " chars; raise the option max-record-length if it is meant to be", false);
        }
        if (total > maxTotal) {
            throw tooLongInput();
        }
        start = pos;
        end = lineEnd > pos && buffer[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        pos = next;
        number++;
        return true;
    }

    /**
     * {@return whether the line handed out last holds none of the bytes that a JSON parser decoding UTF-8 may
     * take although Java's strict decoder refuses them} (lead bytes of overlong forms, of surrogates, of code
     * points past U+10FFFF, and every lead of a four-byte form): a parser that reads such a line whole, decoding
     * each of its strings and member names, has found it to be UTF-8. Lines holding them were checked when
     * handed out.
     */
    public boolean plainUtf8() {
        return !checked;
    }

    /**
     * Checks that the line handed out last is UTF-8, as Java's strict decoder reads it.
     *
     * @throws java.nio.charset.CharacterCodingException if it is not (see {@link Utf8#problem})
     */
    public void requireUtf8() throws java.nio.charset.CharacterCodingException {
        if (!checked) {
            if (utf16(buffer, start, end) < 0) {
                throw new MalformedInputException(1);
            }
            checked = true;
        }
    }

    private static final long HIGH = 0x8080_8080_8080_8080L;
    private static final long ONES = 0x0101_0101_0101_0101L;

    /** Whether one of the eight bytes of {@code w} is zero. */
    private static boolean anyZero(long w) {
        return ((w - ONES) & ~w & HIGH) != 0;
    }

    /**
     * The UTF-16 units of UTF-8 bytes holding no byte {@link #plainUtf8} names, assuming they are well formed,
     * or -1 when they hold one: eight bytes at a time, each unit told by a byte that is no continuation byte.
     */
    static long plainUnits(byte[] b, int from, int to) {
        long units = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long w = (long) LONGS.get(b, i);
            long high = w & HIGH;
            if (high == 0) {
                units += Long.BYTES;
                continue;
            }
            // 0xF0-0xFF: the four high bits set; 0xC0, 0xC1; 0xE0; 0xED.
            if ((w & w << 1 & w << 2 & w << 3 & HIGH) != 0 || anyZero((w & 0xFEFE_FEFE_FEFE_FEFEL) ^ 0xC0C0_C0C0_C0C0_C0C0L)
                    || anyZero(w ^ 0xE0E0_E0E0_E0E0_E0E0L) || anyZero(w ^ 0xEDED_EDED_EDED_EDEDL)) {
                return -1;
            }
            units += Long.BYTES - Long.bitCount(w & ~(w << 1) & HIGH);
        }
        for (; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0xF0 || c == 0xC0 || c == 0xC1 || c == 0xE0 || c == 0xED) {
                return -1;
            }
            if ((c & 0xC0) != 0x80) {
                units++;
            }
        }
        return units;
    }

    /** Skips a line found too long (the buffer holds its start, {@code chars} chars) to its end. */
    private void skip(long chars) throws IOException {
        long skipped = chars;
        int from = len;
        while (true) {
            int nl = indexOfLineFeed(buffer, from, len);
            if (nl >= 0) {
                skipped += chars(buffer, from, nl) + 1;
                pos = nl + 1;
                break;
            }
            skipped += chars(buffer, from, len);
            if (total + skipped > maxTotal) {
                throw tooLongInput();
            }
            pos = 0;
            len = 0;
            from = 0;
            if (eof || !fill()) {
                pos = len;
                break;
            }
        }
        total += skipped;
        if (total > maxTotal) {
            throw tooLongInput();
        }
        number++;
        throw new TooLongException("the line is longer than " + maxLine
                + " chars; raise the option max-record-length if it is meant to be", false);
    }

    private TooLongException tooLongInput() {
        return new TooLongException("the input is longer than " + maxTotal
                + " chars; raise the option max-document-length if it is meant to be", true);
    }

    /**
     * Reads more bytes after {@code buffer[pos, len)}, moving them to the front or growing the buffer when it
     * is full; offsets into the buffer stay valid relative to {@code pos} (the caller rebases them).
     *
     * @return false at the end of the input
     */
    private boolean fill() throws IOException {
        if (len == buffer.length) {
            if (pos > 0) {
                System.arraycopy(buffer, pos, buffer, 0, len - pos);
                len -= pos;
                pos = 0;
            } else {
                byte[] bigger = new byte[buffer.length * 2];
                System.arraycopy(buffer, 0, bigger, 0, len);
                buffer = bigger;
            }
        }
        int n = in.read(buffer, len, buffer.length - len);
        if (n < 0) {
            eof = true;
            return false;
        }
        len += n;
        return true;
    }

    private static int indexOfLineFeed(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The UTF-16 units of UTF-8 bytes, assuming they are well formed. */
    private static long chars(byte[] b, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            int c = b[i];
            if ((c & 0xC0) != 0x80) {
                n += (c & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        return n;
    }

    /**
     * The UTF-16 units of UTF-8 bytes, or -1 if they are not well-formed UTF-8 as Java's strict decoder
     * reads it (no overlong forms, no surrogates, nothing past U+10FFFF, no sequence cut short).
     */
    static long utf16(byte[] b, int from, int to) {
        long units = 0;
        int i = from;
        while (i < to) {
            // Eight bytes at a time while they are ASCII.
            while (i + Long.BYTES <= to && ((long) LONGS.get(b, i) & 0x8080_8080_8080_8080L) == 0) {
                i += Long.BYTES;
                units += Long.BYTES;
            }
            if (i == to) {
                break;
            }
            int c = b[i];
            if (c >= 0) {
                i++;
                units++;
                continue;
            }
            c &= 0xFF;
            if (c < 0xC2 || c > 0xF4) {
                return -1;
            }
            int n = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
            if (i + n >= to) {
                return -1;
            }
            int b1 = b[i + 1] & 0xFF;
            if ((b1 & 0xC0) != 0x80
                    || c == 0xE0 && b1 < 0xA0 || c == 0xED && b1 >= 0xA0
                    || c == 0xF0 && b1 < 0x90 || c == 0xF4 && b1 >= 0x90) {
                return -1;
            }
            for (int k = 2; k <= n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return -1;
                }
            }
            i += n + 1;
            units += n == 3 ? 2 : 1;
        }
        return units;
    }

    /** The 1-based number of the line handed out last (or skipped as too long). */
    public long lineNumber() {
        return number;
    }

    /** {@return the buffer holding the line} Valid until the next call of {@link #next}. */
    public byte[] buffer() {
        return buffer;
    }

    /** {@return where the line starts in the buffer} */
    public int start() {
        return start;
    }

    /** {@return the bytes of the line, without its line end} */
    public int length() {
        return end - start;
    }

    /** {@return the line as text} */
    public String text() {
        return new String(buffer, start, end - start, StandardCharsets.UTF_8);
    }

    /** {@return whether the line holds only white space, as {@link String#isBlank} tells it} */
    public boolean blank() {
        return blank(buffer, start, end);
    }

    /** {@return whether {@code b[from, to)} holds only white space, as {@link String#isBlank} tells it} */
    static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (c < 0) {
                return new String(b, from, to - from, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
