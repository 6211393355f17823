package org.civicwatch.cli;

/**
 * The entry point of the {@code civicwatch} command ({@code java -jar civicwatch.jar}, or
 * {@code java -p JARS -m org.civicwatch.cli/org.civicwatch.cli.Main}); the formats are those installed
 * where civicwatch runs, the class path or the module path.
 */
public final class Main {
    /** How long Ctrl-C waits for a conversion to stop at its next record and remove what it had begun. */
    private static final long STOP_MILLIS = 10_000;

    private Main() {
    }

    /**
     * Runs a command and exits with its {@linkplain ExitCode exit code}. Interrupted (Ctrl-C, a kill), the
     * command stops at the next record and leaves no output behind.
     *
     * @param args the command line ({@code convert post.html post.json})
     */
    public static void main(String[] args) {
        Thread command = Thread.currentThread();
        Thread stop = new Thread(() -> {
            command.interrupt();
            try {
                command.join(STOP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "civicwatch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int code = Cli.run(Terminal.system(), args);
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException shuttingDown) {
            // Stopped by a signal: the JVM is exiting already, with the signal's code.
            return;
        }
        System.exit(code);
    }
}
