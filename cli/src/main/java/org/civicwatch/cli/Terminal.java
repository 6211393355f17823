package org.civicwatch.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Where a command runs: its standard streams, whether standard error is a terminal (the progress bar
 * is drawn only there) and the clock. The real one is {@link #system()}; tests make their own.
 */
final class Terminal {
    private final InputStream in;
    private final OutputStream out;
    private final PrintWriter outText;
    private final PrintWriter err;
    private final boolean errIsTerminal;
    private final LongSupplier nanoClock;

    Terminal(InputStream in, OutputStream out, OutputStream err, boolean errIsTerminal, LongSupplier nanoClock) {
        Charset text = textCharset();
        this.in = in;
        this.out = out;
        this.outText = new PrintWriter(new OutputStreamWriter(out, text), true);
        this.err = new PrintWriter(new OutputStreamWriter(err, text), true);
        this.errIsTerminal = errIsTerminal;
        this.nanoClock = nanoClock;
    }

    /** {@return the process's own streams} */
    static Terminal system() {
        return new Terminal(System.in, System.out, System.err, stderrIsTerminal(), System::nanoTime);
    }

    /** {@return standard input, as bytes} */
    InputStream in() {
        return in;
    }

    /** {@return standard output, as bytes, for a converted dataset written to {@code -}} */
    OutputStream out() {
        return out;
    }

    /** {@return standard output, as text: listings and reports} */
    PrintWriter outText() {
        return outText;
    }

    /** {@return standard error: messages, warnings and the progress bar} */
    PrintWriter err() {
        return err;
    }

    /** {@return whether standard error is a terminal a person watches} */
    boolean errIsTerminal() {
        return errIsTerminal;
    }

    /** {@return the current time in nanoseconds, for rates} */
    long nanoTime() {
        return nanoClock.getAsLong();
    }

    private static Charset textCharset() {
        // Java 17 names the console's charset only on Windows; elsewhere UTF-8 is what terminals speak.
        String console = System.getProperty("sun.stdout.encoding");
        try {
            return console == null ? StandardCharsets.UTF_8 : Charset.forName(console);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        // Java cannot ask whether one stream is a terminal; on Linux the descriptor's link says so.
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
            // fall back below
        }
        return System.console() != null;
    }
}
