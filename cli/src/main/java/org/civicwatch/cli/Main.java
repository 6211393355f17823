package org.civicwatch.cli;

/**
 * The entry point of the {@code civicwatch} command ({@code java -jar civicwatch.jar}, or
 * {@code java -p JARS -m org.civicwatch.cli/org.civicwatch.cli.Main}); the formats are those installed
 * where civicwatch runs, the class path or the module path.
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs a command and exits with its {@linkplain ExitCode exit code}.
     *
     * @param args the command line ({@code convert post.html post.json})
     */
    public static void main(String[] args) {
        System.exit(Cli.run(Terminal.system(), args));
    }
}
