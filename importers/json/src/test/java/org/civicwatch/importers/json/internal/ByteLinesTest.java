package org.civicwatch.importers.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

    private static List<String> lines(byte[] bytes, long maxLine) throws IOException {
        ByteLines lines = new ByteLines(new ByteArrayInputStream(bytes), maxLine, Long.MAX_VALUE);
        List<String> out = new ArrayList<>();
        while (true) {
            try {
                if (!lines.next()) {
                    return out;
                }
                out.add(lines.lineNumber() + ":" + lines.text());
            } catch (ByteLines.TooLongException e) {
                out.add(lines.lineNumber() + ":too long");
            }
        }
    }

    @Test
    void linesEndInLfOrCrLfAndTheLastNeedsNone() throws IOException {
        assertThat(lines("a\r\nb\n\nc".getBytes(StandardCharsets.UTF_8), 100))
                .containsExactly("1:a", "2:b", "3:", "4:c");
        assertThat(lines("a\n".getBytes(StandardCharsets.UTF_8), 100)).containsExactly("1:a");
        assertThat(lines(new byte[0], 100)).isEmpty();
    }

    @Test
    void byteOrderMarkIsSkipped() throws IOException {
        assertThat(lines("\uFEFF{}\n".getBytes(StandardCharsets.UTF_8), 100)).containsExactly("1:{}");
    }

    @Test
    void theLimitCountsCharsNotBytesAndALongerLineIsSkippedToItsEnd() throws IOException {
        // 群 is three bytes of UTF-8 and one char; 𠮷 is four bytes and two chars.
        String ten = "群".repeat(10);
        assertThat(lines((ten + "\n" + ten + "x\nok\n" + "𠮷".repeat(5) + "\n" + "𠮷".repeat(5) + "y\n")
                .getBytes(StandardCharsets.UTF_8), 10))
                .containsExactly("1:" + ten, "2:too long", "3:ok", "4:" + "𠮷".repeat(5), "5:too long");
    }

    @Test
    void aLineLongerThanTheBufferIsKeptWithinTheLimitAndSkippedPastIt() throws IOException {
        String big = "x".repeat(200_000);
        assertThat(lines((big + "\nz\n" + big + "y\nw").getBytes(StandardCharsets.UTF_8), 200_000))
                .containsExactly("1:" + big, "2:z", "3:too long", "4:w");
    }

    @Test
    void theWholeInputIsBounded() throws IOException {
        ByteLines lines = new ByteLines(new ByteArrayInputStream("abc\ndef\n".getBytes(StandardCharsets.UTF_8)),
                100, 6);
        assertThat(lines.next()).isTrue();
        assertThatThrownBy(lines::next).isInstanceOfSatisfying(ByteLines.TooLongException.class,
                e -> assertThat(e.wholeInput()).isTrue());
        assertThat(lines.lineNumber()).isEqualTo(1);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAsJavasStrictDecoderRefusesThem() {
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = new byte[1 + random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                // Mostly bytes that start or continue multi-byte forms, so that every edge is met.
                bytes[i] = (byte) (random.nextInt(4) == 0 ? 'a' + random.nextInt(3) : 0x80 + random.nextInt(0x80));
            }
            long strict;
            try {
                strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).length();
            } catch (CharacterCodingException e) {
                strict = -1;
            }
            assertThat(ByteLines.utf16(bytes, 0, bytes.length)).as("%s", java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(strict);
        }
    }

    @Test
    void aLineThatIsNotUtf8IsAnEncodingError() throws IOException {
        ByteLines lines = new ByteLines(new ByteArrayInputStream(new byte[] {'a', '\n', 'b', (byte) 0xC3, '\n'}),
                100, Long.MAX_VALUE);
        assertThat(lines.next()).isTrue();
        assertThatThrownBy(lines::next).isInstanceOf(CharacterCodingException.class);
        assertThat(lines.lineNumber()).isEqualTo(1);
    }
}
