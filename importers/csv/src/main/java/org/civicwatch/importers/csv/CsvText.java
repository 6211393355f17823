package org.civicwatch.importers.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * The characters of one CSV file as commons-csv reads them: decoded strictly (bytes that are not text in the
 * charset stop the read with their position, never become U+FFFD), a byte order mark left out, and watched
 * on the way so that errors can say where a quote opened ({@link #openQuote()}) and so that a rejected row
 * can be handed on verbatim ({@link #text(long, long)}).
 *
 * <p>The watching follows RFC 4180 as commons-csv reads it: a quote opens a cell only as the cell's first
 * character; inside, two quotes stand for one; after the closing quote only white space may come before the
 * delimiter or the line end.
 */
final class CsvText extends Reader {
    /** Bytes that are not text in the file's charset, with where they are. */
    static final class UndecodableException extends IOException {
        private static final long serialVersionUID = 1L;
        final long offset;
        final long line;
        final long column;
        final String bytes;

        UndecodableException(long offset, long line, long column, String bytes) {
            super("undecodable bytes " + bytes + " at byte " + offset);
            this.offset = offset;
            this.line = line;
            this.column = column;
            this.bytes = bytes;
        }
    }

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private final char delimiter;
    private final char quote;
    private long bytesBefore;
    private boolean endOfInput;
    private boolean needBytes = true;
    private boolean flushed;
    private boolean first = true;

    // Where the characters handed out so far end.
    private long delivered;
    private long line = 1;
    /** The position of the first character of the current line. */
    private long lineStart;
    private boolean lastWasCr;

    // RFC 4180 quote state of the characters handed out.
    private static final int CELL_START = 0;
    private static final int IN_CELL = 1;
    private static final int IN_QUOTES = 2;
    private static final int AFTER_QUOTE = 3;
    private static final int AFTER_CLOSING = 4;
    private int state = CELL_START;
    private int cell = 1;
    private long quoteLine;
    private long quoteColumn;
    private int quoteCell;
    private long junkLine;
    private long junkColumn;
    private char junk;
    private int junkCell;

    // Characters handed out since capturedFrom, kept when capturing for verbatim rejects.
    private final boolean capture;
    private final StringBuilder captured = new StringBuilder();
    private long capturedFrom;

    /**
     * @param in the bytes, positioned after any byte order mark already read ({@code skipped} bytes of it)
     * @param charset their charset
     * @param skipped how many bytes were read before {@code in} starts, for byte offsets in messages
     * @param delimiter the cell delimiter
     * @param quote the quote character
     * @param capture whether to keep the text for {@link #text(long, long)}
     */
    CsvText(InputStream in, Charset charset, long skipped, char delimiter, char quote, boolean capture) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bytesBefore = skipped;
        this.delimiter = delimiter;
        this.quote = quote;
        this.capture = capture;
        bytes.flip();
        chars.flip();
    }

    Charset charset() {
        return charset;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n;
        if (chars.hasRemaining() || len < 2) {
            // Room for fewer than a surrogate pair: through the buffer of its own.
            while (!chars.hasRemaining()) {
                if (!fill()) {
                    return -1;
                }
            }
            n = Math.min(len, chars.remaining());
            chars.get(buf, off, n);
        } else {
            // The common case: decoded straight into the reader's buffer, with no copy in between.
            n = decode(CharBuffer.wrap(buf, off, len));
            if (n < 0) {
                return -1;
            }
        }
        if (first) {
            first = false;
            // A byte order mark decoded as U+FEFF is not part of the first header.
            if (buf[off] == '\uFEFF') {
                System.arraycopy(buf, off + 1, buf, off, n - 1);
                n--;
                if (n == 0) {
                    return read(buf, off, len);
                }
            }
        }
        watch(buf, off, n);
        if (capture) {
            captured.append(buf, off, n);
        }
        delivered += n;
        return n;
    }

    /** Decodes more characters into the empty character buffer; false at the end of the input. */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            return decode(chars) > 0;
        } finally {
            chars.flip();
        }
    }

    /**
     * Decodes at least one character into a buffer with room for two, reading bytes as needed.
     *
     * @return how many were decoded; -1 at the end of the input
     */
    private int decode(CharBuffer into) throws IOException {
        if (flushed) {
            return -1;
        }
        int start = into.position();
        while (true) {
            if (needBytes && !endOfInput) {
                // Bytes left over are the start of a sequence cut by the buffer's end: keep them first.
                bytesBefore += bytes.position();
                bytes.compact();
                int r = in.read(bytes.array(), bytes.position(), bytes.capacity() - bytes.position());
                if (r < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + r);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, into, endOfInput);
            if (result.isError()) {
                if (into.position() > start) {
                    // The characters before the bad bytes go out first; the next call stops at them.
                    return into.position() - start;
                }
                throw undecodable(result.length());
            }
            needBytes = result.isUnderflow();
            if (endOfInput && needBytes) {
                decoder.flush(into);
                flushed = true;
                return into.position() > start ? into.position() - start : -1;
            }
            if (into.position() > start) {
                return into.position() - start;
            }
        }
    }

    private UndecodableException undecodable(int length) {
        // Where the bad bytes stand: in the input, and after the characters decoded before them.
        int at = bytes.position();
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length && at + i < bytes.limit(); i++) {
            hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes.get(at + i) & 0xff));
        }
        // Every character decoded before them has been handed out, and watched.
        return new UndecodableException(bytesBefore + at, line, delivered - lineStart + 1, hex.toString());
    }

    private void watch(char[] buf, int off, int n) {
        int s = state;
        // Characters above all of the delimiter, the quote and the line ends (letters, digits, kana, kanji)
        // only move a cell on: the common case is one comparison. Columns are worked out from where the
        // line started, only when a position is kept.
        char high = (char) Math.max(Math.max(delimiter, quote), '\r');
        long base = delivered - off;
        for (int i = off; i < off + n; i++) {
            char c = buf[i];
            if (c > high) {
                if (s == CELL_START) {
                    s = IN_CELL;
                } else if (s == AFTER_QUOTE || s == AFTER_CLOSING) {
                    s = AFTER_CLOSING;
                    afterClosingQuote(c, base + i);
                }
                lastWasCr = false;
                continue;
            }
            switch (s) {
                case CELL_START:
                    if (c == quote) {
                        s = IN_QUOTES;
                        quoteLine = line;
                        quoteColumn = base + i - lineStart + 1;
                        quoteCell = cell;
                    } else if (c == delimiter) {
                        cell++;
                    } else if (c == '\n' || c == '\r') {
                        cell = 1;
                    } else {
                        s = IN_CELL;
                    }
                    break;
                case IN_CELL:
                    if (c == delimiter) {
                        s = CELL_START;
                        cell++;
                    } else if (c == '\n' || c == '\r') {
                        s = CELL_START;
                        cell = 1;
                    }
                    break;
                case IN_QUOTES:
                    if (c == quote) {
                        s = AFTER_QUOTE;
                    }
                    break;
                case AFTER_QUOTE:
                    if (c == quote) {
                        s = IN_QUOTES;
                        break;
                    }
                    s = AFTER_CLOSING;
                    // fall through: this character follows a closing quote
                case AFTER_CLOSING:
                    if (c == delimiter) {
                        s = CELL_START;
                        cell++;
                    } else if (c == '\n' || c == '\r') {
                        s = CELL_START;
                        cell = 1;
                    } else {
                        afterClosingQuote(c, base + i);
                    }
                    break;
                default:
                    break;
            }
            if (c == '\r' || c == '\n' && !lastWasCr) {
                line++;
                lineStart = base + i + 1;
            } else if (c == '\n') {
                lineStart = base + i + 1;
            }
            lastWasCr = c == '\r';
        }
        state = s;
    }

    /** Keeps the first character other than white space that follows a closing quote, where it stands. */
    private void afterClosingQuote(char c, long position) {
        if (junkLine == 0 && !Character.isWhitespace(c)) {
            junkLine = line;
            junkColumn = position - lineStart + 1;
            junk = c;
            junkCell = cell;
        }
    }

    /** {@return where the quote that is still open at the end of the input opened: line, column, cell; or null} */
    long[] openQuote() {
        return state == IN_QUOTES ? new long[] {quoteLine, quoteColumn, quoteCell} : null;
    }

    /** {@return the first character after a closing quote where a delimiter or line end should be: line, column, the character, cell; or null} */
    long[] junkAfterQuote() {
        return junkLine == 0 ? null : new long[] {junkLine, junkColumn, junk, junkCell};
    }

    /** {@return how many characters have been handed out} */
    long delivered() {
        return delivered;
    }

    /**
     * {@return the text handed out from one character position to another, exactly as read}, forgetting
     * everything before the second (only when capturing)
     *
     * @param from a record's first character ({@code CSVRecord.getCharacterPosition()}), not yet forgotten
     * @param to the next record's first character, or {@link #delivered()} at the end
     */
    String take(long from, long to) {
        if (!capture) {
            throw new IllegalStateException("the text is not kept");
        }
        int start = (int) Math.max(0, from - capturedFrom);
        int end = (int) Math.max(start, Math.min(to, delivered) - capturedFrom);
        String t = captured.substring(start, end);
        captured.delete(0, end);
        capturedFrom += end;
        return t;
    }

    @Override
    public void close() {
        // The stream belongs to whoever opened it.
    }
}
