package org.civicwatch.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.CheckForNull;
import picocli.CommandLine.Option;

/** The options of every command that reads: the inputs' format, and the plugins' own options. */
final class ReadingOptions {
    @Option(names = "--from", paramLabel = "FORMAT", completionCandidates = FormatIds.Readable.class,
            description = "The inputs' format (${COMPLETION-CANDIDATES}); by default each input's extension or"
                    + " content says.")
    private @CheckForNull String from;

    @Option(names = {"-o", "--option"}, paramLabel = "KEY=VALUE",
            description = "An option of a format's plugin, given to every plugin of the command that takes it"
                    + " (charset=EUC-JP, pretty=false); repeatable. 'civicwatch formats' lists them.")
    private Map<String, String> options = new LinkedHashMap<>();

    /** {@return the format named with {@code --from}, or null to recognise each input's} */
    @CheckForNull
    String from() {
        return from;
    }

    /** {@return the {@code -o} options, in the order given} */
    Map<String, String> options() {
        return options;
    }
}
