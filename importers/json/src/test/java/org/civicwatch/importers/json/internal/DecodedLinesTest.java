package org.civicwatch.importers.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lines decoded ahead on other threads come out exactly as {@link ByteLines} gives them: the same lines,
 * numbers, UTF-8 verdicts, and what reading throws at the same place, whatever the runs' borders.
 */
class DecodedLinesTest {

    /** The calls a reader makes, answered by {@link ByteLines} or by {@link DecodedLines}. */
    private record Lines(Next next, LongSupplier lineNumber, BooleanSupplier plainUtf8, Supplier<String> decoded,
            Check requireUtf8, Supplier<String> text, BooleanSupplier blank) {
    }

    private interface Next {
        boolean next() throws IOException;
    }

    /** What a reader sees of each line, and of each failure. */
    private static List<String> seen(Lines lines) throws IOException {
        List<String> out = new ArrayList<>();
        while (true) {
            try {
                if (!lines.next().next()) {
                    out.add("end after " + lines.lineNumber().getAsLong());
                    return out;
                }
            } catch (ByteLines.TooLongException e) {
                out.add(lines.lineNumber().getAsLong() + ": too long, whole input " + e.wholeInput());
                if (e.wholeInput()) {
                    return out;
                }
                continue;
            } catch (CharacterCodingException e) {
                out.add("not UTF-8 after " + lines.lineNumber().getAsLong());
                return out;
            }
            boolean plain = lines.plainUtf8().getAsBoolean();
            String decoded = plain ? "decoded " + lines.decoded().get() : "not decoded";
            out.add(lines.lineNumber().getAsLong() + ": " + utf8(lines.requireUtf8(), lines.text(), lines.blank())
                    + " plain " + plain + ", " + decoded);
        }
    }

    private static List<String> viaByteLines(byte[] bytes, long maxLine, long maxTotal) throws IOException {
        ByteLines l = new ByteLines(new ByteArrayInputStream(bytes), maxLine, maxTotal);
        return seen(new Lines(l::next, l::lineNumber, l::plainUtf8, () -> decode(l.buffer(), l.start(), l.length()),
                l::requireUtf8, l::text, l::blank));
    }

    private static List<String> viaDecodedLines(byte[] bytes, long maxLine, long maxTotal, int threads,
            Set<String> decodingThreads) throws IOException {
        LineBatch.Decoder decoder = (b, start, length) -> {
            decodingThreads.add(Thread.currentThread().getName());
            return decode(b, start, length);
        };
        try (DecodedLines l = new DecodedLines(new ByteArrayInputStream(bytes), maxLine, maxTotal, decoder,
                threads)) {
            return seen(new Lines(l::next, l::lineNumber, l::plainUtf8, () -> String.valueOf(l.decoded()),
                    l::requireUtf8, l::text, l::blank));
        }
    }

    private interface Check {
        void run() throws CharacterCodingException;
    }

    private static String utf8(Check require, Supplier<String> text, BooleanSupplier blank) {
        try {
            require.run();
        } catch (CharacterCodingException e) {
            return "[bad UTF-8]";
        }
        return "[" + text.get() + "] blank " + blank.getAsBoolean();
    }

    /** A decoder with a result that depends on every byte of the line. */
    private static String decode(byte[] b, int start, int length) {
        int hash = 1;
        for (int i = start; i < start + length; i++) {
            hash = 31 * hash + b[i];
        }
        return length + "/" + Integer.toHexString(hash);
    }

    /** Random lines: ASCII, kana, blank, CRLF, long ones, now and then bytes a strict decoder refuses. */
    private static byte[] randomInput(Random random, int lines, boolean badBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines; i++) {
            int kind = random.nextInt(10);
            String text = switch (kind) {
                case 0 -> "";
                case 1 -> " \t ";
                case 2 -> "x".repeat(random.nextInt(random.nextInt(30) == 0 ? 300_000 : 3_000));
                case 3 -> "監視カメラ".repeat(random.nextInt(50));
                case 4 -> "𠮷".repeat(random.nextInt(20));
                default -> "{\"type\": \"sighting\", \"n\": " + random.nextInt() + "}";
            };
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.write(bytes, 0, bytes.length);
            if (badBytes && random.nextInt(400) == 0) {
                out.write(random.nextBoolean() ? 0xC0 : 0xED);
                out.write(0x80);
            }
            if (i < lines - 1 || random.nextBoolean()) {
                if (random.nextInt(5) == 0) {
                    out.write('\r');
                }
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3})
    void randomInputsReadAsByteLinesReadsThem(int threads) throws IOException {
        Random random = new Random(20261203L + threads);
        Set<String> decodingThreads = ConcurrentHashMap.newKeySet();
        for (int round = 0; round < 60; round++) {
            byte[] input = randomInput(random, random.nextInt(1_500), round % 3 == 0);
            long maxLine = random.nextBoolean() ? 250_000 : 4_000_000;
            long maxTotal = random.nextInt(4) == 0 ? random.nextInt(Math.max(1, input.length)) : Long.MAX_VALUE;
            assertThat(viaDecodedLines(input, maxLine, maxTotal, threads, decodingThreads))
                    .as("round %d, %d threads", round, threads)
                    .isEqualTo(viaByteLines(input, maxLine, maxTotal));
        }
        if (threads == 0) {
            assertThat(decodingThreads).containsExactly(Thread.currentThread().getName());
        } else {
            assertThat(decodingThreads).allMatch(name -> name.startsWith("civicwatch-decode-"));
        }
    }

    @Test
    void aRunEndsAtItsLineCountAndTheNextGoesOnWithTheNumbers() throws IOException {
        StringBuilder text = new StringBuilder();
        int count = 3 * LineBatch.LINES + 7;
        for (int i = 1; i <= count; i++) {
            text.append("line ").append(i).append('\n');
        }
        List<String> seen = new ArrayList<>();
        try (DecodedLines lines = new DecodedLines(new ByteArrayInputStream(text.toString()
                .getBytes(StandardCharsets.UTF_8)), 100, Long.MAX_VALUE, (b, s, n) -> new String(b, s, n,
                StandardCharsets.UTF_8), 2)) {
            while (lines.next()) {
                seen.add(lines.lineNumber() + "=" + lines.decoded());
            }
            assertThat(lines.next()).isFalse();
            assertThat(lines.lineNumber()).isEqualTo(count);
        }
        assertThat(seen).hasSize(count);
        assertThat(seen.get(0)).isEqualTo("1=line 1");
        assertThat(seen.get(LineBatch.LINES)).isEqualTo((LineBatch.LINES + 1) + "=line " + (LineBatch.LINES + 1));
        assertThat(seen.get(count - 1)).isEqualTo(count + "=line " + count);
    }

    @Test
    void aDecoderThatFailsFailsTheReadingThreadWithItsOwnException() {
        byte[] input = "a\nb\nboom\nc\n".getBytes(StandardCharsets.UTF_8);
        LineBatch.Decoder decoder = (b, s, n) -> {
            if (new String(b, s, n, StandardCharsets.UTF_8).equals("boom")) {
                throw new IllegalStateException("decoder bug");
            }
            return "ok";
        };
        assertThatThrownBy(() -> {
            try (DecodedLines lines = new DecodedLines(new ByteArrayInputStream(input), 100, Long.MAX_VALUE, decoder,
                    1)) {
                while (lines.next()) {
                    assertThat(lines.decoded()).isEqualTo("ok");
                }
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("decoder bug");
    }

    @Test
    void anInterruptWhileWaitingForARunStopsWithAnInterruptedIoException() throws Exception {
        // The decoder of the first run waits until the test has interrupted the reading thread.
        java.util.concurrent.CountDownLatch interrupted = new java.util.concurrent.CountDownLatch(1);
        LineBatch.Decoder decoder = (b, s, n) -> {
            try {
                interrupted.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        };
        InputStream in = new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8));
        Thread.currentThread().interrupt();
        try (DecodedLines lines = new DecodedLines(in, 100, Long.MAX_VALUE, decoder, 1)) {
            assertThatThrownBy(lines::next).isInstanceOf(InterruptedIOException.class)
                    .hasMessageContaining("interrupted while decoding lines");
            assertThat(Thread.interrupted()).as("the interrupt status is kept").isTrue();
        } finally {
            interrupted.countDown();
        }
    }
}
