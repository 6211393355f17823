package org.civicwatch.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code civicwatch completion}: a bash and zsh completion script for the command, made from its own definition. */
@Command(name = "completion",
        header = "Prints a bash and zsh completion script.",
        mixinStandardHelpOptions = true,
        description = {
            "Prints a completion script for bash and zsh: commands, options, and the installed format ids",
            "after --from and --to. Load it into the shell, where civicwatch is a command or an alias.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  alias civicwatch='java -jar /path/to/civicwatch.jar'",
            "  source <(civicwatch completion)                     # this shell",
            "  civicwatch completion > ~/.civicwatch-completion     # then in ~/.bashrc:",
            "  source ~/.civicwatch-completion",
        })
final class CompletionCommand implements Callable<Integer> {
    private final CivicWatchCommand root;

    @Spec
    private CommandSpec spec;

    CompletionCommand(CivicWatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        root.terminal().outText().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        root.terminal().outText().flush();
        return ExitCode.OK;
    }
}
