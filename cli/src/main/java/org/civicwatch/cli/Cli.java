package org.civicwatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicwatch.CivicWatch;
import org.civicwatch.FormatRegistry;
import org.civicwatch.model.ModelException;
import org.civicwatch.spi.CivicWatchException;
import org.civicwatch.spi.DataException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Builds the {@code civicwatch} command line over a set of formats and a terminal, and turns every
 * failure into one message a person can act on and an {@linkplain ExitCode exit code}; a stack trace
 * only with {@code --debug}.
 */
final class Cli {
    private Cli() {
    }

    /** {@return the exit code of a command run with the formats installed where civicwatch runs} */
    static int run(Terminal terminal, String... args) {
        return run(CivicWatch.formats(), terminal, args);
    }

    /** {@return the exit code of a command run with the given formats} */
    static int run(FormatRegistry formats, Terminal terminal, String... args) {
        int code = commandLine(formats, terminal).execute(args);
        terminal.outText().flush();
        terminal.err().flush();
        return code;
    }

    /** {@return the command line, ready to execute} */
    static CommandLine commandLine(FormatRegistry formats, Terminal terminal) {
        CivicWatchCommand root = new CivicWatchCommand(formats, terminal);
        CommandLine cl = new CommandLine(root);
        cl.addSubcommand(new ConvertCommand(root));
        cl.addSubcommand(new ValidateCommand(root));
        cl.addSubcommand(new FormatsCommand(root));
        cl.addSubcommand(new CommandLine(new PluginsCommand(root)).addSubcommand(new PluginsCheckCommand(root)));
        cl.addSubcommand(new StatsCommand(root));
        cl.addSubcommand(new CompletionCommand(root));
        cl.setOut(terminal.outText());
        cl.setErr(terminal.err());
        cl.setUsageHelpWidth(100);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(root, e, commandLine));
        cl.setParameterExceptionHandler((e, args) -> misused(root, e));
        Map<String, String> codes = new LinkedHashMap<>();
        for (String line : ExitCode.HELP) {
            int colon = line.indexOf(':');
            codes.put(line.substring(0, colon), line.substring(colon + 1));
        }
        describeHelp(cl.getCommandSpec(), codes);
        return cl;
    }

    /** Gives every command's help the same sections, the exit codes among them. */
    private static void describeHelp(CommandSpec spec, Map<String, String> codes) {
        spec.usageMessage().parameterListHeading("%nArguments:%n").optionListHeading("%nOptions:%n")
                .exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        spec.subcommands().values().forEach(sub -> describeHelp(sub.getCommandSpec(), codes));
    }

    private static int misused(CivicWatchCommand root, ParameterException e) {
        CommandLine cl = e.getCommandLine();
        String command = cl.getCommandSpec().qualifiedName();
        root.terminal().err().println(command + ": " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, root.terminal().err())) {
            root.terminal().err().println("Run '" + command + " --help' for its options and examples.");
        }
        if (root.debug()) {
            e.printStackTrace(root.terminal().err());
        }
        return ExitCode.USAGE;
    }

    private static int failed(CivicWatchCommand root, Exception e, CommandLine cl) {
        int code;
        String message;
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof DataException || cause instanceof ModelException) {
            code = ExitCode.DATA;
            message = cause.getMessage();
        } else if (cause instanceof UsageException || cause instanceof CivicWatchException) {
            // Besides options and formats, a format that cannot hold what is given (one record type a CSV
            // file): the command is to change, not the data.
            code = ExitCode.USAGE;
            message = cause.getMessage();
        } else if (cause instanceof IOException io) {
            code = ExitCode.IO;
            message = describe(io);
        } else {
            code = ExitCode.SOFTWARE;
            message = "unexpected failure, a bug in civicwatch or in a plugin: " + cause
                    + (root.debug() ? "" : ". Run again with --debug to see where, and report it.");
        }
        root.terminal().err().println(cl.getCommandSpec().qualifiedName() + ": " + message);
        if (root.debug()) {
            cause.printStackTrace(root.terminal().err());
        }
        return code;
    }

    /** A file system error as a sentence: what, which file, and for the common cases what to do. */
    static String describe(IOException e) {
        if (e instanceof java.nio.channels.ClosedByInterruptException) {
            // A stop (Ctrl-C, a signal) that came while a file was being read or written: said as every other
            // stop is, since the output begun is removed just the same.
            return "interrupted while reading or writing a file; nothing was written";
        }
        if (e instanceof FileSystemException f) {
            String file = f.getFile();
            String other = f.getOtherFile() == null ? "" : " -> " + f.getOtherFile();
            String reason = f.getReason();
            if (e instanceof NoSuchFileException) {
                return file + other + ": " + (reason == null ? "no such file or folder" : reason);
            }
            if (e instanceof AccessDeniedException) {
                return file + other + ": permission denied" + (reason == null ? "" : " (" + reason + ")");
            }
            if (e instanceof FileAlreadyExistsException) {
                return file + other + ": already exists" + (reason == null ? "" : " (" + reason + ")");
            }
            if (e instanceof NotDirectoryException) {
                // civicwatch's own (an output folder that is a file) say after the path what is wrong and what to do
                return file.contains(": ") ? file : file + ": not a folder";
            }
            if (e instanceof DirectoryNotEmptyException) {
                return file + ": the folder is not empty";
            }
            return file + other + ": " + (reason == null ? e.getClass().getSimpleName() : reason);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
