package org.civicwatch.importers.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import javax.annotation.CheckForNull;
import org.civicwatch.model.MessageText;
import org.civicwatch.spi.OptionException;

/**
 * Which charset a CSV file is in: the one its byte order mark names; else the one declared; else UTF-8
 * if its first bytes are strictly UTF-8; else windows-31j if they are strictly that; else nothing is
 * guessed. "Shift_JIS" as Japanese software writes it is windows-31j (with NEC and IBM extensions such as
 * ①, ㈱ and ～), so every name of Shift_JIS means windows-31j here.
 */
final class Charsets {
    /** Microsoft's Shift_JIS, what Japanese "Shift_JIS" files really are. */
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    /** How much of a file is looked at to tell its charset. */
    static final int HEAD = 1 << 16;

    private Charsets() {
    }

    /**
     * A charset and how it was found.
     *
     * @param charset the charset
     * @param bom how many bytes of byte order mark come first
     * @param detected whether it was detected rather than declared or marked
     */
    record Choice(Charset charset, int bom, boolean detected) {
    }

    /** The first bytes that are not text in a charset: their offset and the 1-based line they stand on. */
    record Undecodable(long offset, long line, String bytes) {
    }

    /**
     * {@return the charset a name declares}
     *
     * @param name a charset name: {@code utf-8}, {@code windows-31j}, {@code shift_jis}, {@code euc-jp}...
     * @throws OptionException if Java knows no such charset
     */
    static Charset named(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        switch (n) {
            case "shift_jis", "shiftjis", "sjis", "x_sjis", "ms932", "cp932", "windows_31j", "ms_kanji", "csshiftjis":
                return WINDOWS_31J;
            case "utf_8", "utf8", "utf_8_sig":
                return StandardCharsets.UTF_8;
            default:
                try {
                    return Charset.forName(name.trim());
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new OptionException("charset " + MessageText.quote(name) + " is not one Java knows; use utf-8, windows-31j"
                            + " (also called shift_jis), euc-jp, iso-2022-jp, utf-16...");
                }
        }
    }

    /** {@return the charset named by a byte order mark at the start, with its length; or null} */
    @CheckForNull
    static Choice byteOrderMark(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return new Choice(StandardCharsets.UTF_8, 3, false);
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new Choice(StandardCharsets.UTF_16LE, 2, false);
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new Choice(StandardCharsets.UTF_16BE, 2, false);
        }
        return null;
    }

    /**
     * {@return where the first bytes that are not text in a charset stand, or null if all of the head is}
     *
     * @param head the first bytes
     * @param complete whether the head is the whole input (else a sequence cut at its end is fine)
     * @param charset the charset tried
     */
    @CheckForNull
    static Undecodable firstUndecodable(byte[] head, boolean complete, Charset charset) {
        CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length + 16);
        CoderResult r = d.decode(in, out, complete);
        if (r.isError()) {
            return undecodable(head, in.position(), r.length(), out);
        }
        if (complete) {
            CoderResult f = d.flush(out);
            if (f.isError()) {
                return undecodable(head, in.position(), f.length(), out);
            }
            if (in.hasRemaining()) {
                return undecodable(head, in.position(), in.remaining(), out);
            }
        }
        return null;
    }

    private static Undecodable undecodable(byte[] head, int at, int length, CharBuffer decoded) {
        long line = 1;
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == '\n') {
                line++;
            }
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.max(1, length) && at + i < head.length; i++) {
            hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", head[at + i] & 0xff));
        }
        return new Undecodable(at, line, hex.toString());
    }
}
