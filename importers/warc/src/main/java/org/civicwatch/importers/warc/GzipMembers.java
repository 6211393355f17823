package org.civicwatch.importers.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.annotation.CheckForNull;

/**
 * The members of a gzip stream, one at a time, each with the byte offset it starts at in the file: a
 * WARC file compresses each record as a member of its own, so a member cut short or damaged costs that
 * record alone. After a bad member, reading goes on at the next member header found in its bytes.
 */
final class GzipMembers {
    /**
     * One member.
     *
     * @param offset the byte offset of its header in the file
     * @param data its content, inflated; null when the member is damaged
     * @param damage what is wrong with it, or null
     */
    record Member(long offset, @CheckForNull byte[] data, @CheckForNull String damage) {
    }

    private final InputStream in;
    private final long maxBytes;
    private byte[] buf = new byte[64 * 1024];
    private int pos;
    private int lim;
    /** The start of the member being read: bytes from here stay in the buffer. */
    private int mark;
    private long bufOffset;
    private boolean eof;

    GzipMembers(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** {@return whether bytes start as a gzip member} */
    static boolean isGzip(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B && head[2] == 8;
    }

    /** {@return the next member, or null at the end of the stream} */
    @CheckForNull
    Member next() throws IOException {
        mark = pos;
        if (!fill(1)) {
            return null;
        }
        long start = bufOffset + pos;
        mark = pos;
        // the raw bytes of the member are kept in the buffer until it is read, to look for the next one in them
        String damage;
        try {
            return new Member(start, member(), null);
        } catch (DataFormatException e) {
            damage = "its compressed data is damaged (" + e.getMessage() + ")";
        } catch (TruncatedException e) {
            damage = e.getMessage();
        }
        pos = mark + 1;
        mark = pos;
        resync();
        return new Member(start, null, damage);
    }

    private byte[] member() throws IOException, DataFormatException, TruncatedException {
        if (!fill(10) || (buf[pos] & 0xFF) != 0x1F || (buf[pos + 1] & 0xFF) != 0x8B || buf[pos + 2] != 8) {
            throw new TruncatedException("no gzip member header here");
        }
        int flags = buf[pos + 3] & 0xFF;
        pos += 10;
        if ((flags & 4) != 0) {
            need(2);
            int xlen = (buf[pos] & 0xFF) | (buf[pos + 1] & 0xFF) << 8;
            pos += 2;
            need(xlen);
            pos += xlen;
        }
        for (int bit : new int[] {8, 16}) {
            if ((flags & bit) != 0) {
                do {
                    need(1);
                } while (buf[pos++] != 0);
            }
        }
        if ((flags & 2) != 0) {
            need(2);
            pos += 2;
        }
        Inflater inflater = new Inflater(true);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[16 * 1024];
            CRC32 crc = new CRC32();
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    if (pos >= lim && !fill(1)) {
                        throw new TruncatedException("the file ends inside it: the member was cut short");
                    }
                    inflater.setInput(buf, pos, lim - pos);
                    pos = lim;
                }
                int n = inflater.inflate(chunk);
                if (n == 0 && inflater.needsDictionary()) {
                    throw new DataFormatException("a preset dictionary is needed");
                }
                out.write(chunk, 0, n);
                crc.update(chunk, 0, n);
                if (out.size() > maxBytes) {
                    throw new TruncatedException("it inflates to more than " + maxBytes + " bytes, the limit set by the"
                            + " option max-input-bytes");
                }
            }
            pos -= inflater.getRemaining();
            need(8);
            long stored = (buf[pos] & 0xFFL) | (buf[pos + 1] & 0xFFL) << 8 | (buf[pos + 2] & 0xFFL) << 16
                    | (buf[pos + 3] & 0xFFL) << 24;
            pos += 8;
            if (stored != crc.getValue()) {
                throw new DataFormatException("its checksum does not match its content");
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    /** Passes over bytes up to the next member header, or to the end. */
    private void resync() throws IOException {
        while (fill(3)) {
            if ((buf[pos] & 0xFF) == 0x1F && (buf[pos + 1] & 0xFF) == 0x8B && buf[pos + 2] == 8) {
                return;
            }
            pos++;
            mark = pos;
        }
        pos = lim;
        mark = pos;
    }

    private void need(int n) throws IOException, TruncatedException {
        if (!fill(n)) {
            throw new TruncatedException("the file ends inside it: the member was cut short");
        }
    }

    /** Makes {@code n} bytes available from {@code pos}, keeping the bytes of the member being read. */
    private boolean fill(int n) throws IOException {
        while (lim - pos < n) {
            if (eof) {
                return false;
            }
            if (lim == buf.length) {
                if (mark > 0 && lim - mark < buf.length / 2) {
                    System.arraycopy(buf, mark, buf, 0, lim - mark);
                    bufOffset += mark;
                    lim -= mark;
                    pos -= mark;
                    mark = 0;
                } else {
                    byte[] bigger = new byte[buf.length * 2];
                    System.arraycopy(buf, 0, bigger, 0, lim);
                    buf = bigger;
                }
            }
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                eof = true;
            } else {
                lim += r;
            }
        }
        return true;
    }

    /** A member that ends before its data does. */
    private static final class TruncatedException extends Exception {
        private static final long serialVersionUID = 1L;

        TruncatedException(String message) {
            super(message);
        }
    }
}
