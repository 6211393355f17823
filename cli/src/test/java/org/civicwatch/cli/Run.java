package org.civicwatch.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.civicwatch.CivicWatch;
import org.civicwatch.FormatRegistry;

/**
 * One run of the command in this JVM, as picocli executes it, with its standard streams captured.
 *
 * @param code the exit code
 * @param out standard output, as bytes
 * @param err standard error, as text
 */
record Run(int code, byte[] out, String err) {
    /** The shipped sample data. */
    static final Path DATA = Path.of(System.getProperty("civicwatch.examples.data", "../examples/data"));
    static final Path SAMPLE_POST = DATA.resolve("ombudsman-post-2017-06.html");
    static final Path SAMPLE_JSON = DATA.resolve("gunma-2017.json");
    static final Path SAMPLE_JSONL = DATA.resolve("gunma-2017.jsonl");

    /**
     * {@return the sample's JSON Lines as plain JSON Lines from elsewhere: no end line announced or written}, for
     * tests that edit lines (an edited file that keeps its end line is refused as lines lost or added)
     */
    static java.util.List<String> plainSampleLines() throws java.io.IOException {
        java.util.List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(SAMPLE_JSONL));
        String end = lines.remove(lines.size() - 1);
        if (!end.startsWith("{\"type\":\"end\"") || !lines.get(0).contains("\"trailer\":true,")) {
            throw new IllegalStateException("the sample JSON Lines file no longer ends with its end line");
        }
        lines.set(0, lines.get(0).replace("\"trailer\":true,", ""));
        return lines;
    }

    /** {@return standard output, as text} */
    String outText() {
        return new String(out, StandardCharsets.UTF_8);
    }

    /** {@return a run with the installed formats, empty standard input, standard error not a terminal} */
    static Run of(String... args) {
        return with(CivicWatch.formats(), new byte[0], false, args);
    }

    /** {@return a run reading the given standard input} */
    static Run withInput(byte[] stdin, String... args) {
        return with(CivicWatch.formats(), stdin, false, args);
    }

    /**
     * {@return a run with the given formats and input}; on a terminal, the clock moves on 300 ms each time
     * it is read, so that the progress bar has something to show
     */
    static Run with(FormatRegistry formats, byte[] stdin, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        Terminal t = new Terminal(new ByteArrayInputStream(stdin), out, err, terminal,
                () -> clock.addAndGet(300_000_000L));
        int code = Cli.run(formats, t, args);
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }
}
