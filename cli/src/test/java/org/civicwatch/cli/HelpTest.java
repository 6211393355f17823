package org.civicwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"convert", "validate", "formats", "plugins", "plugins check", "stats", "completion"})
    void everyCommandsHelpHasExamplesAndTheExitCodes(String command) {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        Run run = Run.of(args.toArray(String[]::new));

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.outText()).contains("\nUsage: civicwatch " + command)
                .containsPattern("\nExamples:\n  (# .*\n  )?civicwatch |\nExamples:\n  java |\nExamples:\n  alias ")
                .contains("\nExit codes:\n  0   everything went well\n  1   the data has problems",
                        "\n  2   the command was used wrongly", "\n  3   a file or folder could not be read or written");
    }

    @Test
    void theTopHelpListsEveryCommandOnOneLine() {
        Run run = Run.of("--help");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.outText()).contains("  convert     Converts datasets between formats",
                "  validate    Lists every problem", "  formats     Lists the installed formats",
                "  plugins     Checks the installed format plugins", "  stats       Prints records per type",
                "  completion  Prints a bash and zsh completion script", "      --debug ", "  -q, --quiet ");
    }

    @Test
    void noCommandPrintsTheUsageAndExitsTwo() {
        Run run = Run.of();

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("Usage: civicwatch [-hqV] [--debug] COMMAND");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMistypedCommandOrOptionIsAUsageErrorWithASuggestion() {
        Run command = Run.of("conver", "a.json", "b.json");
        assertThat(command.code()).isEqualTo(ExitCode.USAGE);
        assertThat(command.err()).contains("Did you mean: civicwatch convert");

        Run option = Run.of("convert", "--lenent", "a.json", "b.json");
        assertThat(option.code()).isEqualTo(ExitCode.USAGE);
        assertThat(option.err()).isEqualTo("civicwatch convert: Unknown option: '--lenent'\nPossible solutions: --lenient\n");
    }

    @Test
    void theVersionNamesCivicwatchAndJava() {
        Run run = Run.of("--version");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.outText()).startsWith("civicwatch ").contains("\nJava " + System.getProperty("java.version"));
    }

    @Test
    void theCompletionScriptCompletesCommandsOptionsAndFormatIds() {
        Run run = Run.of("completion");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        String script = run.outText();
        assertThat(script).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_civicwatch")
                .contains("convert", "validate", "formats", "plugins", "stats", "check")
                .contains("--from", "--to", "--lenient", "--rejects", "--redact")
                .contains("local FORMAT_option_args=(\"csv\" \"datapackage\" \"html\" \"json\" \"jsonl\" \"mt\" \"warc\") # --from values",
                        "local FORMAT_option_args=(\"csv\" \"datapackage\" \"html\" \"json\" \"jsonl\") # --to values");
    }
}
