package org.civicwatch.blog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.model.MessageText;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the bytes of a page, bounded in size, and decodes them: a byte order mark first, then the
 * charset the caller declares, then the page's own {@code <meta charset>} or HTTP-equiv declaration,
 * then strict UTF-8, then strict windows-31j. "Shift_JIS" labels are read as windows-31j, which is what
 * Japanese pages labelled so really are.
 */
final class PageDecoder {
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern CHARSET_PARAM = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private PageDecoder() {
    }

    /** The page's bytes, failing with a clear message when they pass {@code maxBytes}. */
    static byte[] readBounded(InputStream in, long maxBytes, String source) throws IOException {
        int limit = (int) Math.min(Integer.MAX_VALUE - 16L, maxBytes);
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw tooLarge(source, maxBytes);
        }
        return bytes;
    }

    /** The error for a page past the size limit. */
    static DataException tooLarge(String source, long maxBytes) {
        return new DataException(Location.of(source), "the page is larger than " + maxBytes
                + " bytes, the limit set by the option " + BlogOptions.MAX_INPUT_BYTES.name()
                + "; raise it to read larger pages");
    }

    /**
     * The page as text. A UTF-16 byte order mark before bytes that are UTF-8 (a page re-encoded by a tool that
     * kept the mark) is reported to {@code problems}, and the page read as UTF-8: read as UTF-16 it would be
     * garbage, with no post found.
     */
    static String decode(byte[] bytes, @CheckForNull String declared, String source, Consumer<DataException> problems) {
        String kind = fileKind(bytes);
        if (kind != null) {
            throw notAPage(source, kind);
        }
        int bomLength = 0;
        Charset charset = null;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            String utf8 = utf8BehindUtf16Mark(bytes, source);
            if (utf8 != null) {
                problems.accept(new DataException(Location.at(source, 1, 1), "the page starts with a UTF-16 byte"
                        + " order mark (" + (bytes[0] == (byte) 0xFE ? "FE FF" : "FF FE") + ") but its text is UTF-8;"
                        + " remove the first two bytes of the file, or read it leniently to have it read as UTF-8"));
                return utf8;
            }
            charset = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (declared != null) {
            charset = charset(declared, source, "the option " + BlogOptions.CHARSET.name());
        } else {
            String inPage = sniff(bytes);
            if (inPage != null) {
                charset = charset(inPage, source, "the page's meta charset");
                // a page re-encoded as UTF-8 often keeps its old label; text in Shift_JIS or EUC-JP is never
                // valid UTF-8 by chance, so valid UTF-8 with non-ASCII bytes is UTF-8 whatever the label says
                if (!charset.equals(StandardCharsets.UTF_8) && !isAscii(bytes)) {
                    String utf8 = strictly(bytes, 0, StandardCharsets.UTF_8, source, false);
                    if (utf8 != null) {
                        return utf8;
                    }
                }
            }
        }
        if (charset != null) {
            return strictly(bytes, bomLength, charset, source, true);
        }
        String utf8 = strictly(bytes, 0, StandardCharsets.UTF_8, source, false);
        if (utf8 != null) {
            return utf8;
        }
        String sjis = strictly(bytes, 0, WINDOWS_31J, source, false);
        if (sjis != null) {
            return sjis;
        }
        if (isBinary(bytes)) {
            throw notAPage(source, "binary data (NUL bytes or control characters), not text");
        }
        throw new DataException(Location.of(source), "the page declares no character set and is neither UTF-8"
                + " nor windows-31j (Shift_JIS); declare it with the option " + BlogOptions.CHARSET.name()
                + " (e.g. charset=EUC-JP)");
    }

    /**
     * The text after a UTF-16 mark when it is UTF-8 markup rather than UTF-16: no NUL byte in its head (markup in
     * UTF-16 has one in every ASCII character), valid UTF-8 and a tag in it; else null.
     */
    @CheckForNull
    private static String utf8BehindUtf16Mark(byte[] bytes, String source) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 2; i < n; i++) {
            if (bytes[i] == 0) {
                return null;
            }
        }
        String utf8 = strictly(bytes, 2, StandardCharsets.UTF_8, source, false);
        return utf8 != null && utf8.indexOf('<') >= 0 ? utf8 : null;
    }

    /** {@return what other kind of file the bytes start as (an image, an archive), or null} */
    @CheckForNull
    private static String fileKind(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return "a PDF document";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "a zip archive; unpack it and read the pages inside";
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return "gzip-compressed data; decompress it (gunzip) and read the page inside";
        }
        return null;
    }

    /** Whether bytes that decode in no character set are binary: a NUL, or many control characters, in their head. */
    private static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES * 2);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control * 20 > n;
    }

    private static DataException notAPage(String source, String kind) {
        return new DataException(Location.of(source), "this is not a web page: it holds " + kind
                + ". Give the blog page saved as HTML (in a browser: Save Page As, Web Page, HTML only).");
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The charset a page's head declares, read by parsing its first bytes as Latin-1 HTML. */
    @CheckForNull
    static String sniff(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Document d = Jsoup.parse(head);
        for (Element meta : d.select("meta[charset], meta[http-equiv]")) {
            if (meta.hasAttr("charset") && !meta.attr("charset").isBlank()) {
                return meta.attr("charset").trim();
            }
            if ("content-type".equalsIgnoreCase(meta.attr("http-equiv").trim())) {
                Matcher m = CHARSET_PARAM.matcher(meta.attr("content"));
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** A charset by the names pages use; Shift_JIS and its aliases are windows-31j. */
    static Charset charset(String name, String source, String where) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (Arrays.asList("shift-jis", "sjis", "x-sjis", "ms-kanji", "csshiftjis", "windows-31j", "cp932",
                "ms932").contains(n)) {
            return WINDOWS_31J;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new DataException(Location.of(source), "unknown character set " + MessageText.quote(name) + " in " + where
                    + "; use a name such as UTF-8, EUC-JP or windows-31j");
        }
    }

    /** The bytes decoded strictly; null on bad bytes when not {@code required}, else a located error. */
    @CheckForNull
    private static String strictly(byte[] bytes, int offset, Charset charset, String source, boolean required) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            if (!required) {
                return null;
            }
            if (isBinary(bytes)) {
                throw notAPage(source, "binary data (NUL bytes or control characters), not text");
            }
            int at = in.position();
            long line = 1;
            long lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            List<String> readable = new ArrayList<>();
            for (Charset other : List.of(StandardCharsets.UTF_8, Charset.forName("EUC-JP"), WINDOWS_31J)) {
                if (!other.equals(charset) && strictly(bytes, 0, other, source, false) != null) {
                    readable.add(other.name());
                }
            }
            throw new DataException(Location.at(source, line, at - lineStart + 1), "bytes that are not "
                    + charset.name() + " (byte offset " + at + ")" + (readable.isEmpty() ? "" : "; they do read as "
                    + String.join(" or ", readable)) + "; declare the page's real character set with the option "
                    + BlogOptions.CHARSET.name() + (readable.isEmpty() ? "" : " (e.g. " + BlogOptions.CHARSET.name()
                    + "=" + readable.get(0) + ")"), characterCoding(r));
        }
        out.flip();
        return out.toString();
    }

    private static CharacterCodingException characterCoding(CoderResult r) {
        try {
            r.throwException();
        } catch (CharacterCodingException e) {
            return e;
        }
        return new CharacterCodingException();
    }
}
