package org.civicwatch.examples;

import java.io.IOException;
import org.civicwatch.model.ModelException;
import org.civicwatch.spi.CivicWatchException;

/** How the example programs end: a one-line message a person can act on, never a stack trace. */
final class Programs {
    private Programs() {
    }

    /** The body of a {@code main}. */
    interface Body {
        void run() throws IOException;
    }

    /**
     * Runs a program's body; bad input or a failed read or write ends it with its message and exit code 1,
     * missing arguments with the usage line and exit code 2.
     */
    static void run(String[] args, int leastArguments, String usage, Body body) {
        if (args.length < leastArguments) {
            System.err.println("usage: " + usage);
            System.exit(2);
        }
        try {
            body.run();
        } catch (IOException | CivicWatchException | ModelException e) {
            System.err.println("civicwatch: " + e.getMessage());
            System.exit(1);
        }
    }
}
