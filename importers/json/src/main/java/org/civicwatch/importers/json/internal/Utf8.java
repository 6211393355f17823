package org.civicwatch.importers.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.annotation.CheckForNull;

/**
 * Decodes JSON text: UTF-8 only (RFC 8259), a byte order mark at the start skipped, UTF-16 and UTF-32
 * recognised by their byte order marks or zero bytes and refused by name, other bytes that are not UTF-8
 * an error.
 */
public final class Utf8 {
    private Utf8() {
    }

    private static final String FIX = "; JSON must be UTF-8 (RFC 8259): save the file as UTF-8";

    /** The input is in another encoding that can be named. */
    public static final class OtherEncodingException extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        OtherEncodingException(String reason) {
            this.reason = reason;
        }

        @Override
        public String getMessage() {
            return reason;
        }
    }

    /** What is wrong with input that failed to decode, for a person, with the fix. */
    public static String problem(CharacterCodingException e) {
        return (e instanceof OtherEncodingException other ? other.getMessage()
                : "the input is not UTF-8 text (it holds bytes that are not UTF-8)") + FIX;
    }

    /**
     * A reader over the stream, which it reads only when read itself. Closing it does not close the
     * stream. Reading fails with a {@link CharacterCodingException} (see {@link #problem}) on bytes that
     * are not UTF-8.
     */
    public static Reader reader(InputStream in) {
        return new Reader() {
            private @CheckForNull Reader decoded;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (decoded == null) {
                    decoded = decode(in);
                }
                return decoded.read(buffer, offset, length);
            }

            @Override
            public void close() {
                // The caller owns the stream.
            }
        };
    }

    private static Reader decode(InputStream in) throws IOException {
        return new InputStreamReader(bytes(in), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * The stream's bytes after a byte order mark, for a reader that checks the UTF-8 itself (see
     * {@link ByteLines}); reads the first four bytes at once.
     *
     * @throws OtherEncodingException if the input is plainly UTF-16 or UTF-32
     */
    public static InputStream bytes(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 4);
        byte[] head = pushback.readNBytes(4);
        int n = head.length;
        int b0 = n > 0 ? head[0] & 0xff : -1;
        int b1 = n > 1 ? head[1] & 0xff : -1;
        int skip = 0;
        if (b0 == 0xEF && b1 == 0xBB && n > 2 && (head[2] & 0xff) == 0xBF) {
            skip = 3;
        } else if (n == 4 && (b0 == 0 && b1 == 0 && (head[2] & 0xff) == 0xFE && (head[3] & 0xff) == 0xFF
                || b0 == 0xFF && b1 == 0xFE && head[2] == 0 && head[3] == 0)) {
            throw new OtherEncodingException("the input is UTF-32 (it starts with a UTF-32 byte order mark)");
        } else if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            throw new OtherEncodingException("the input is UTF-16 (it starts with a UTF-16 byte order mark)");
        } else if (n >= 2 && holdsZero(head)) {
            // JSON text never holds a zero byte; UTF-16 and UTF-32 text of ASCII characters is full of them.
            throw new OtherEncodingException("the input holds zero bytes, as UTF-16 and UTF-32 text does");
        }
        pushback.unread(head, skip, n - skip);
        return pushback;
    }

    private static boolean holdsZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
