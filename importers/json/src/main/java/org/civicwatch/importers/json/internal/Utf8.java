package org.civicwatch.importers.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes JSON text: UTF-8 only (RFC 8259), a byte order mark skipped, bytes that are not UTF-8 an error. */
public final class Utf8 {
    private Utf8() {
    }

    /**
     * A reader over the stream; closing it closes the stream, so readers over a caller's stream
     * must not close it.
     */
    public static Reader reader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The same, with a byte order mark at the start skipped. */
    public static Reader readerWithoutBom(InputStream in) throws IOException {
        PushbackReader r = new PushbackReader(reader(in), 1);
        int first = r.read();
        if (first >= 0 && first != '\uFEFF') {
            r.unread(first);
        }
        return r;
    }
}
