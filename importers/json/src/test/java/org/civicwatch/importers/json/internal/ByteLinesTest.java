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
    void aLineThatIsNotUtf8IsAnEncodingErrorWhenHandedOutOrWhenChecked() throws IOException {
        // 0xC0 is refused only by a strict decoder: at once. A lone lead byte is left for the check.
        ByteLines lines = new ByteLines(new ByteArrayInputStream(new byte[] {'a', '\n', 'b', (byte) 0xC0, (byte) 0x80,
                '\n', 'c', (byte) 0xC3, '\n', 'd', '\n'}), 100, Long.MAX_VALUE);
        assertThat(lines.next()).isTrue();
        assertThat(lines.plainUtf8()).isTrue();
        assertThatThrownBy(lines::next).isInstanceOf(CharacterCodingException.class);
        assertThat(lines.lineNumber()).isEqualTo(1);
        lines = new ByteLines(new ByteArrayInputStream(new byte[] {'c', (byte) 0xC3, '\n', 'd', '\n'}), 100,
                Long.MAX_VALUE);
        assertThat(lines.next()).isTrue();
        assertThat(lines.plainUtf8()).isTrue();
        assertThatThrownBy(lines::requireUtf8).isInstanceOf(CharacterCodingException.class);
        assertThat(lines.lineNumber()).isEqualTo(1);
        assertThat(lines.next()).isTrue();
        lines.requireUtf8();
        assertThat(lines.text()).isEqualTo("d");
    }

    @Test
    void notUtf8ComesBeforeTooLong() {
        byte[] bytes = new byte[40];
        java.util.Arrays.fill(bytes, (byte) 'a');
        bytes[20] = (byte) 0xC3;
        bytes[39] = '\n';
        ByteLines lines = new ByteLines(new ByteArrayInputStream(bytes), 10, Long.MAX_VALUE);
        assertThatThrownBy(lines::next).isInstanceOf(CharacterCodingException.class);
    }

    /**
     * The plain count is the strict decoder's for UTF-8 text free of the bytes only a strict decoder refuses,
     * and gives up (-1) on text holding one; text it counts that is not UTF-8 holds a flaw a parser decoding
     * it finds (a lone continuation byte, a lead byte without its continuation bytes).
     */
    @Test
    void thePlainCountIsTheStrictOneOrGivesUpOnBytesOnlyAStrictDecoderRefuses() {
        Random random = new Random(17);
        int[] leads = {0xC2, 0xC3, 0xDF, 0xE1, 0xE3, 0xE9, 0xEC, 0xEE, 0xEF};
        for (int n = 0; n < 50_000; n++) {
            java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
            int length = 1 + random.nextInt(40);
            boolean special = false;
            while (text.size() < length) {
                int kind = random.nextInt(10);
                if (kind < 4) {
                    text.write('a' + random.nextInt(26));
                } else if (kind < 8) {
                    // A Japanese character: three bytes
                    text.writeBytes(String.valueOf((char) (0x3041 + random.nextInt(0x9FA0 - 0x3041)))
                            .getBytes(StandardCharsets.UTF_8));
                } else if (kind == 8) {
                    // A byte of any value, often one a strict decoder alone refuses
                    int b = random.nextBoolean() ? 0x80 + random.nextInt(0x80) : leads[random.nextInt(leads.length)];
                    text.write(b);
                } else {
                    int[] strict = {0xC0, 0xC1, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF};
                    int b = strict[random.nextInt(strict.length)];
                    special = true;
                    text.write(b);
                    text.write(0x80 + random.nextInt(0x40));
                    text.write(0x80 + random.nextInt(0x40));
                }
            }
            byte[] bytes = text.toByteArray();
            for (byte b : bytes) {
                int c = b & 0xFF;
                special |= c >= 0xF0 || c == 0xC0 || c == 0xC1 || c == 0xE0 || c == 0xED;
            }
            long strict = ByteLines.utf16(bytes, 0, bytes.length);
            long plain = ByteLines.plainUnits(bytes, 0, bytes.length);
            String hex = java.util.HexFormat.of().formatHex(bytes);
            if (special) {
                assertThat(plain).as(hex).isEqualTo(-1);
            } else if (strict >= 0) {
                assertThat(plain).as(hex).isEqualTo(strict);
            } else {
                assertThat(plain).as(hex).isNotNegative();
            }
        }
    }
}
