package org.civicwatch.cli;

/**
 * What the {@code civicwatch} command's exit status means, the same for every command, so that scripts
 * can tell bad data from a mistyped command from a missing file.
 */
public final class ExitCode {
    private ExitCode() {
    }

    /** Everything went well: the input is clean, the output is written. */
    public static final int OK = 0;
    /**
     * The data has problems: a record that cannot be read, a dataset that does not hold together, a
     * plugin that fails its conformance check. In lenient mode the output is written without the
     * rejected input; otherwise nothing is written.
     */
    public static final int DATA = 1;
    /**
     * The command was not used as it should be: an unknown option, a format that is not installed or not
     * recognised, a format that cannot hold what is given (a CSV file holds one record type).
     */
    public static final int USAGE = 2;
    /** A file or folder could not be read or written. */
    public static final int IO = 3;
    /** An unexpected failure inside civicwatch or a plugin: a bug to report, with {@code --debug}'s output. */
    public static final int SOFTWARE = 4;

    /** The exit codes as the help of every command lists them. */
    static final String[] HELP = {
        "0:everything went well",
        "1:the data has problems (nothing is written, or in lenient mode all but the rejected input)",
        "2:the command was used wrongly (unknown option; format not installed, not recognised, or unable to hold"
                + " the data)",
        "3:a file or folder could not be read or written",
        "4:an unexpected failure inside civicwatch or a plugin (run again with --debug and report it)",
    };
}
