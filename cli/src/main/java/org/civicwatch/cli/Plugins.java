package org.civicwatch.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.CheckForNull;
import org.civicwatch.FormatRegistry;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.FormatNotFoundException;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RejectedSink;
import org.civicwatch.spi.StandardOptions;

/**
 * Which plugin reads or writes each path, and with which options: the registry chooses by extension or
 * content unless {@code --from} or {@code --to} names the format (its messages then say to name it so:
 * {@link #ADVICE}), and each {@code -o KEY=VALUE} goes to every plugin of the command that accepts it,
 * read through the option's own string form.
 */
final class Plugins {
    /** What the registry's messages tell a user to do where it cannot choose a format. */
    static final FormatRegistry.Advice ADVICE = new FormatRegistry.Advice("name the format with --from",
            "name the format with --to");

    private Plugins() {
    }

    /**
     * {@return the importer of an input}
     *
     * @param formats the installed formats
     * @param input the input
     * @param from the format named with {@code --from}, or null to recognise it
     * @throws FormatNotFoundException if the format is not installed or not recognised
     * @throws IOException if the input cannot be read
     */
    static Importer importer(FormatRegistry formats, Inputs.Input input, @CheckForNull String from) throws IOException {
        if (from != null) {
            return formats.importer(from);
        }
        // Standard input is read from a temporary copy whose path would mean nothing to the reader.
        return formats.importerFor(input.path(), input.isStandardInput() ? "standard input" : input.path().toString());
    }

    /**
     * {@return the exporter of an output}
     *
     * @param formats the installed formats
     * @param output the output path as given, or {@code -}
     * @param to the format named with {@code --to}, or null to choose by the output's extension
     * @throws FormatNotFoundException if the format is not installed or the extension not claimed
     * @throws UsageException for standard output without {@code --to}
     */
    static Exporter exporter(FormatRegistry formats, String output, @CheckForNull String to) {
        if (to != null) {
            return formats.exporter(to);
        }
        if (output.equals(Inputs.STANDARD)) {
            throw new UsageException("name the format of standard output with --to (for example --to jsonl); "
                    + "installed: " + formats.exporters().stream().map(e -> e.descriptor().id())
                    .collect(Collectors.joining(", ")));
        }
        return formats.exporterFor(java.nio.file.Path.of(output));
    }

    /**
     * Checks that each {@code -o} key is accepted by at least one plugin of the command.
     *
     * @param given the keys and values given
     * @param readers the descriptors of the command's importers
     * @param writers the descriptors of the command's exporters
     * @throws UsageException naming the key and listing what each plugin accepts
     */
    static void requireAccepted(Map<String, String> given, List<FormatDescriptor> readers,
                                List<FormatDescriptor> writers) {
        for (String key : given.keySet()) {
            if (readers.stream().noneMatch(d -> accepts(d.options(), key))
                    && writers.stream().noneMatch(d -> accepts(writingOptions(d), key))) {
                StringBuilder s = new StringBuilder("no format of this command takes the option '" + key + "'.");
                accepted(s, "reading", readers, FormatDescriptor::options);
                accepted(s, "writing", writers, Plugins::writingOptions);
                s.append(" 'civicwatch formats' says what each option does.");
                throw new UsageException(s.toString());
            }
        }
    }

    private static void accepted(StringBuilder s, String direction, List<FormatDescriptor> plugins,
                                 java.util.function.Function<FormatDescriptor, List<Option<?>>> options) {
        for (FormatDescriptor d : plugins.stream().distinct().toList()) {
            List<String> names = options.apply(d).stream().filter(Option::hasStringForm).map(Option::name).toList();
            s.append(' ').append(direction).append(' ').append(d.id()).append(" takes ")
                    .append(names.isEmpty() ? "none" : String.join(", ", names)).append('.');
        }
    }

    /**
     * {@return the options of one plugin: those {@code -o} values that it accepts, read from their string form}
     *
     * @param plugin the plugin's descriptor
     * @param given every {@code -o} key and value of the command
     * @throws org.civicwatch.spi.OptionException for a value the option cannot take
     */
    static Options options(FormatDescriptor plugin, Map<String, String> given) {
        return options(plugin.options(), given);
    }

    /**
     * {@return the options of one exporter: those {@code -o} values that it accepts, {@link
     * StandardOptions#WRITING} among them whether it lists them or not (the registry honours them for it)}
     *
     * @param exporter the exporter's descriptor
     * @param given every {@code -o} key and value of the command
     * @throws org.civicwatch.spi.OptionException for a value the option cannot take
     */
    static Options writing(FormatDescriptor exporter, Map<String, String> given) {
        return options(writingOptions(exporter), given);
    }

    private static Options options(List<Option<?>> accepted, Map<String, String> given) {
        Map<String, String> mine = new LinkedHashMap<>();
        given.forEach((k, v) -> {
            if (accepted.stream().anyMatch(o -> o.name().equals(k))) {
                mine.put(k, v);
            }
        });
        return Options.parse(mine, accepted);
    }

    /** The options an exporter takes: its own, and the standard writing ones it does not list. */
    static List<Option<?>> writingOptions(FormatDescriptor exporter) {
        List<Option<?>> all = new java.util.ArrayList<>(exporter.options());
        StandardOptions.WRITING.stream().filter(w -> all.stream().noneMatch(o -> o.name().equals(w.name())))
                .forEach(all::add);
        return all;
    }

    /**
     * {@return reading options made lenient: problems collected and handed to a sink}
     *
     * @param plugin the importer's descriptor
     * @param options its options so far
     * @param sink where each rejected piece of input goes
     * @param maxProblems the most problems collected, or null for the plugin's default
     * @throws UsageException if the importer cannot read leniently
     */
    static Options lenient(FormatDescriptor plugin, Options options, RejectedSink sink, @CheckForNull Long maxProblems) {
        if (!readsLeniently(plugin)) {
            throw new UsageException("format '" + plugin.id() + "' cannot read leniently (it does not take the options"
                    + " 'lenient' and 'rejected'); read it without --lenient to stop at its first problem");
        }
        Options o = options.with(StandardOptions.LENIENT, true).with(StandardOptions.REJECTED, sink);
        if (maxProblems != null && plugin.options().contains(StandardOptions.MAX_PROBLEMS)) {
            o = o.with(StandardOptions.MAX_PROBLEMS, maxProblems);
        }
        return o;
    }

    /** {@return whether an importer can collect problems and go on, handing rejected input to a sink} */
    static boolean readsLeniently(FormatDescriptor plugin) {
        return plugin.options().contains(StandardOptions.LENIENT) && plugin.options().contains(StandardOptions.REJECTED);
    }

    private static boolean accepts(List<Option<?>> options, String key) {
        return options.stream().anyMatch(o -> o.name().equals(key));
    }
}
