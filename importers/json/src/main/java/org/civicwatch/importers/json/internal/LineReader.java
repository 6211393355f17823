package org.civicwatch.importers.json.internal;

import java.io.IOException;
import java.io.Reader;
import javax.annotation.CheckForNull;

/**
 * Reads lines (ending in LF or CRLF) of at most a given length, so that one endless line cannot fill
 * memory: a longer line is skipped to its end and reported.
 */
public final class LineReader {
    private final Reader in;
    private final long maxLine;
    private final long maxTotal;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int len;
    private boolean eof;
    private long number;
    private long total;

    /** A line is longer than allowed; it has been skipped. */
    public static final class TooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLongException(String message) {
            super(message);
        }
    }

    /**
     * @param in the text
     * @param maxLine the most chars a line may have
     * @param maxTotal the most chars the whole text may have
     */
    public LineReader(Reader in, long maxLine, long maxTotal) {
        this.in = in;
        this.maxLine = maxLine;
        this.maxTotal = maxTotal;
    }

    /**
     * The next line without its line end, or null at the end.
     *
     * @throws TooLongException if the line, or the whole input, is too long
     */
    @CheckForNull
    public String next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == len) {
                if (eof || (len = in.read(buffer)) <= 0) {
                    eof = true;
                    len = 0;
                    pos = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
                pos = 0;
            }
            any = true;
            int start = pos;
            while (pos < len && buffer[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            total += chunk + (pos < len ? 1 : 0);
            if (total > maxTotal) {
                throw new TooLongException("the input is longer than " + maxTotal
                        + " chars; raise the option max-document-length if it is meant to be");
            }
            if (!tooLong && line.length() + chunk <= maxLine) {
                line.append(buffer, start, chunk);
            } else {
                tooLong = true;
            }
            if (pos < len) {
                pos++;
                break;
            }
        }
        number++;
        if (tooLong) {
            throw new TooLongException("the line is longer than " + maxLine
                    + " chars; raise the option max-record-length if it is meant to be");
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }

    /** The 1-based number of the line last returned (or skipped as too long). */
    public long lineNumber() {
        return number;
    }
}
