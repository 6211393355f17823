package org.civicwatch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code civicwatch plugins}: what can be done with the installed plugins. */
@Command(name = "plugins",
        header = "Checks the installed format plugins.",
        mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Checks the installed format plugins: see the commands below.",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  civicwatch plugins check",
            "  java -cp civicwatch.jar:my-plugin.jar org.civicwatch.cli.Main plugins check xlsx",
        })
final class PluginsCommand implements Callable<Integer> {
    private final CivicWatchCommand root;

    @Spec
    private CommandSpec spec;

    PluginsCommand(CivicWatchCommand root) {
        this.root = root;
    }

    /** Without a command, says which there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(root.terminal().err());
        return ExitCode.USAGE;
    }
}
