package org.civicwatch.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A part of a JSON Lines file as plain JSON Lines, streamed: the file's end line (which counts the whole
 * file's records, not the part's) is overwritten with spaces, and so is the announcement of it in the
 * info line ({@code "trailer":true,}). Every byte stays where it was, so lines and columns are those of
 * the file. What is held is one buffer and the few bytes at a line's start that tell what the line is.
 */
final class WithoutEndLine extends InputStream {
    private static final byte[] END = "{\"type\":\"end\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INFO = "{\"type\":\"info\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ANNOUNCED = "\"trailer\":true,".getBytes(StandardCharsets.UTF_8);
    private static final int BUFFER = 1 << 16;

    /** What is done with the rest of the current line. */
    private enum Mode { LINE_START, PASS, BLANK, INFO }

    private final InputStream in;
    private final byte[] buf = new byte[BUFFER];
    /** The next byte to hand out. */
    private int next;
    /** The bytes before this are final. */
    private int done;
    /** The bytes read into the buffer. */
    private int end;
    private boolean eof;
    private Mode mode = Mode.LINE_START;

    WithoutEndLine(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (next == done) {
            if (eof && done == end) {
                return -1;
            }
            fill();
            decide();
        }
        int n = Math.min(len, done - next);
        System.arraycopy(buf, next, b, off, n);
        next += n;
        return n;
    }

    /** Moves the bytes not handed out to the front and reads more behind them. */
    private void fill() throws IOException {
        if (next > 0) {
            System.arraycopy(buf, next, buf, 0, end - next);
            done -= next;
            end -= next;
            next = 0;
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    /** Makes final as many of the bytes read as can be told about. */
    private void decide() {
        while (done < end) {
            switch (mode) {
                case LINE_START -> {
                    int seen = end - done;
                    boolean end1 = matches(END, seen);
                    boolean info = matches(INFO, seen);
                    int newline = indexOf((byte) '\n', done, Math.min(end, done + INFO.length));
                    if (end1 && seen >= END.length) {
                        mode = Mode.BLANK;
                    } else if (info && seen >= INFO.length) {
                        mode = Mode.INFO;
                        done += INFO.length;
                    } else if (!end1 && !info || newline >= 0 || eof) {
                        mode = Mode.PASS;
                    } else {
                        return;  // the line's start is not all read yet
                    }
                }
                case PASS -> {
                    int newline = indexOf((byte) '\n', done, end);
                    if (newline < 0) {
                        done = end;
                    } else {
                        done = newline + 1;
                        mode = Mode.LINE_START;
                    }
                }
                case BLANK -> {
                    if (buf[done] == '\n') {
                        mode = Mode.LINE_START;
                    } else {
                        buf[done] = ' ';
                    }
                    done++;
                }
                case INFO -> {
                    if (buf[done] == '\n') {
                        mode = Mode.LINE_START;
                        done++;
                    } else if (end - done < ANNOUNCED.length && !eof) {
                        return;  // the announcement may begin here
                    } else if (end - done >= ANNOUNCED.length && Arrays.equals(buf, done, done + ANNOUNCED.length,
                            ANNOUNCED, 0, ANNOUNCED.length)) {
                        Arrays.fill(buf, done, done + ANNOUNCED.length, (byte) ' ');
                        done += ANNOUNCED.length;
                        mode = Mode.PASS;
                    } else {
                        done++;
                    }
                }
                default -> throw new AssertionError(mode);
            }
        }
    }

    /** Whether the bytes at {@link #done} agree with a prefix as far as they go. */
    private boolean matches(byte[] prefix, int seen) {
        int n = Math.min(seen, prefix.length);
        return Arrays.equals(buf, done, done + n, prefix, 0, n);
    }

    private int indexOf(byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
