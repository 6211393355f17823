package org.civicwatch.cli;

import java.util.concurrent.Callable;
import org.civicwatch.FormatRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code civicwatch} command itself: the options every subcommand shares, and its help. */
@Command(name = "civicwatch", mixinStandardHelpOptions = true, versionProvider = Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Reads and writes the datasets of citizen watchdog groups (incidents, sightings of surveillance",
            "devices, filings, news references) in every installed format: JSON, JSON Lines, CSV data packages",
            "and CSV files, blog HTML, and the formats of any plugin jar on the class path.",
        },
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  civicwatch convert post.html post.json",
            "  civicwatch convert post.json -O package/ -O page.html",
            "  civicwatch convert --lenient --rejects bad.jsonl feed.jsonl clean.json",
            "  civicwatch validate data/*.json",
            "  civicwatch formats",
            "  civicwatch stats archive.html",
            "",
            "Run 'civicwatch COMMAND --help' for a command's options and examples.",
        })
final class CivicWatchCommand implements Callable<Integer> {
    private final FormatRegistry formats;
    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print nothing but errors: no progress bar, no report of what was read and written.")
    private boolean quiet;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show the stack trace of an error, for reporting a bug.")
    private boolean debug;

    CivicWatchCommand(FormatRegistry formats, Terminal terminal) {
        this.formats = formats.advising(Plugins.ADVICE);
        this.terminal = terminal;
    }

    /** {@return the installed formats, whose messages say to name a format with --from or --to} */
    FormatRegistry formats() {
        return formats;
    }

    /** {@return where the command runs} */
    Terminal terminal() {
        return terminal;
    }

    /** {@return whether only errors are printed} */
    boolean quiet() {
        return quiet;
    }

    /** {@return whether errors show their stack trace} */
    boolean debug() {
        return debug;
    }

    /** Without a command, says which there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(terminal.err());
        return ExitCode.USAGE;
    }
}
