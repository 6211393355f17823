package org.civicwatch.importers.json.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that keeps the text of the value being read, so that a value read on a fast path that turns
 * out to need a closer look can be read again from its text. It keeps the chars read since the start of the
 * value it was told of ({@link #keepFrom}), and at most a given number of them: otherwise only the last
 * chars read, which hold where the next value starts.
 */
public final class Recording extends Reader {
    private final Reader in;
    private final long most;
    private final StringBuilder kept = new StringBuilder();
    /** The offset in the input of {@code kept}'s first char. */
    private long keptFrom;
    /** The chars read so far. */
    private long read;
    private boolean keeping;
    private boolean cut;

    /**
     * @param in the text
     * @param most the most chars of one value to keep; a longer one is kept up to there (see {@link #cut})
     */
    public Recording(Reader in, long most) {
        this.in = in;
        this.most = most;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n <= 0) {
            return n;
        }
        if (!keeping) {
            kept.setLength(0);
            keptFrom = read;
        }
        if (!cut) {
            if (kept.length() + (long) n > most) {
                cut = true;
                kept.append(buffer, offset, (int) Math.max(0, most - kept.length()));
            } else {
                kept.append(buffer, offset, n);
            }
        }
        read += n;
        return n;
    }

    /**
     * Keeps the text from this offset in the input on, up to {@link #done}: a value starts there, within the
     * chars read last.
     */
    public void keepFrom(long offset) {
        int drop = (int) Math.min(kept.length(), Math.max(0, offset - keptFrom));
        kept.delete(0, drop);
        keptFrom += drop;
        keeping = true;
        cut = false;
    }

    /** Stops keeping more than the chars read last: the value is done with. */
    public void done() {
        keeping = false;
    }

    /** {@return whether the value was longer than what is kept, which is then its start only} */
    public boolean cut() {
        return cut;
    }

    /** {@return the text kept from the value's start up to this offset in the input, or all that is kept} */
    public String text(long end) {
        return kept.substring(0, (int) Math.min(kept.length(), Math.max(0, end - keptFrom)));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
