package org.civicwatch.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.civicwatch.FormatRegistry;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.StandardOptions;
import picocli.CommandLine.Command;

/** {@code civicwatch formats}: the installed formats, what they do, their options, and where they come from. */
@Command(name = "formats",
        header = "Lists the installed formats, their options, and the jars they came from.",
        mixinStandardHelpOptions = true,
        description = {
            "Lists every installed format: its id (for --from and --to), whether it is read, written or both,",
            "its file extensions and media type, the options of its plugins with their defaults and what they",
            "do (for -o KEY=VALUE), and the jar or module each plugin came from. Plugins that failed to load",
            "and formats claimed by two plugins are listed at the end.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  civicwatch formats",
            "  java -cp civicwatch.jar:my-xlsx-plugin.jar org.civicwatch.cli.Main formats   # with a plugin",
        })
final class FormatsCommand implements Callable<Integer> {
    private final CivicWatchCommand root;

    FormatsCommand(CivicWatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        FormatRegistry formats = root.formats();
        PrintWriter out = root.terminal().outText();
        List<String> ids = ids(formats);
        if (ids.isEmpty()) {
            out.println("No formats are installed: put format plugin jars on the class path or module path.");
        }
        for (String id : ids) {
            Optional<Importer> importer = formats.findImporter(id);
            Optional<Exporter> exporter = formats.findExporter(id);
            FormatDescriptor d = importer.map(Importer::descriptor).orElseGet(() -> exporter.orElseThrow().descriptor());
            String direction = importer.isPresent() && exporter.isPresent() ? "read and written"
                    : importer.isPresent() ? "read only" : "written only";
            out.println(id + ": " + d.name() + " (" + direction + ")");
            out.println("  extensions: " + (d.extensions().isEmpty() ? "none"
                    : d.extensions().stream().map(e -> "." + e).collect(Collectors.joining(" ")))
                    + "; media type " + d.mediaType());
            if (!d.description().isBlank()) {
                out.println("  " + d.description());
            }
            importer.ifPresent(i -> plugin(out, "read by", i, i.descriptor().options()));
            exporter.ifPresent(e -> plugin(out, "written by", e, Plugins.writingOptions(e.descriptor())));
            out.println();
        }
        formats.conflicts().forEach(c -> out.println("conflict: " + c));
        formats.failures().forEach(f -> out.println("failed: " + f));
        return ExitCode.OK;
    }

    private static void plugin(PrintWriter out, String role, Object plugin, List<Option<?>> options) {
        out.println("  " + role + " " + plugin.getClass().getName() + ", from " + origin(plugin.getClass()));
        if (options.isEmpty()) {
            out.println("    no options");
            return;
        }
        int width = options.stream().mapToInt(o -> o.name().length() + value(o).length()).max().orElse(0) + 3;
        for (Option<?> o : options) {
            String head = o.name() + "=" + value(o);
            StringBuilder line = new StringBuilder("    ").append(head).append(" ".repeat(Math.max(2, width - head.length())))
                    .append(o.description());
            if (!o.allowed().isEmpty() && o.type() != Boolean.class) {
                line.append(" One of: ").append(String.join(", ", o.allowed())).append('.');
            }
            out.println(line);
        }
    }

    /** An option's default as {@code -o} would give it, or how else it is set. */
    private static String value(Option<?> o) {
        if (!o.hasStringForm()) {
            return o == StandardOptions.REJECTED ? "(set by --rejects FILE)" : "(set from code only)";
        }
        String v = o.format(o.defaultValue());
        return v.isEmpty() ? "(unset)" : v;
    }

    /** {@return the jar or folder a class was loaded from, and its module when it is in a named one} */
    static String origin(Class<?> type) {
        String where;
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            where = source == null || source.getLocation() == null ? "an unknown location"
                    : Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            where = "an unknown location";
        }
        Module module = type.getModule();
        return module.isNamed() ? where + " (module " + module.getName() + ")" : where;
    }

    /** {@return the ids of the installed formats, sorted} */
    static List<String> ids(FormatRegistry formats) {
        TreeSet<String> ids = new TreeSet<>();
        formats.importers().forEach(i -> ids.add(i.descriptor().id()));
        formats.exporters().forEach(e -> ids.add(e.descriptor().id()));
        return List.copyOf(ids);
    }
}
