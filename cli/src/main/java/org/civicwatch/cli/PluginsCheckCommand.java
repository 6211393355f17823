package org.civicwatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.civicwatch.FormatRegistry;
import org.civicwatch.model.Dataset;
import org.civicwatch.redaction.Redaction;
import org.civicwatch.redaction.Redactor;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.testkit.Conformance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code civicwatch plugins check}: the plugin authors' conformance check, on every plugin found. */
@Command(name = "check",
        header = "Runs the conformance check on every installed plugin.",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the conformance check that plugin authors run in their tests on every installed plugin, or",
            "on the formats named: descriptors, options refused when unknown, the sample dataset and random",
            "datasets written and read back without loss (for a format both read and written), malformed and",
            "truncated input failing with a located error, caller's streams left open, private names left out",
            "when asked (an exporter that leaves them out by default is expected to give its dataset back so).",
            "Plugins on the class path or module path are all checked, third-party ones included. The exit",
            "code is 1 if one fails.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  civicwatch plugins check",
            "  civicwatch plugins check json jsonl",
            "  java -cp civicwatch.jar:my-plugin.jar org.civicwatch.cli.Main plugins check",
        })
final class PluginsCheckCommand implements Callable<Integer> {
    private final CivicWatchCommand root;

    @Parameters(paramLabel = "FORMAT", arity = "0..*", description = "Only these formats (by default, all).")
    private List<String> only = new ArrayList<>();

    PluginsCheckCommand(CivicWatchCommand root) {
        this.root = root;
    }

    private static UnaryOperator<Dataset> redactedByDefault(Exporter exporter) {
        Redaction byDefault = Redaction.from(Options.EMPTY, exporter.descriptor());
        return byDefault.isNone() ? UnaryOperator.identity() : d -> Redactor.redact(d, byDefault);
    }

    @Override
    public Integer call() {
        FormatRegistry formats = root.formats();
        PrintWriter out = root.terminal().outText();
        List<String> ids = only.isEmpty() ? FormatsCommand.ids(formats) : only;
        int failed = 0;
        for (String id : ids) {
            Importer importer = formats.findImporter(id).orElse(null);
            Exporter exporter = formats.findExporter(id).orElse(null);
            if (importer == null && exporter == null) {
                throw new UsageException("no plugin reads or writes the format '" + id + "'; installed: "
                        + String.join(", ", FormatsCommand.ids(formats)));
            }
            // An exporter that leaves personal data out by default gives back its dataset so redacted: a loss
            // on purpose, which the round trip expects rather than finds.
            Conformance.Report report = exporter == null ? Conformance.check(importer, null)
                    : Conformance.check(importer, exporter, redactedByDefault(exporter));
            String plugins = (importer == null ? "" : importer.getClass().getName())
                    + (importer != null && exporter != null ? " and " : "")
                    + (exporter == null ? "" : exporter.getClass().getName());
            if (report.passed()) {
                if (!root.quiet()) {
                    out.println(id + ": passed " + report.checks().size() + " checks (" + plugins + ")");
                }
            } else {
                failed++;
                out.println(id + ": failed " + report.failures().size() + " of " + report.checks().size()
                        + " checks (" + plugins + "):");
                report.failures().forEach(f -> out.println("  - " + f));
            }
        }
        if (only.isEmpty()) {
            for (FormatRegistry.ProviderFailure f : formats.failures()) {
                failed++;
                out.println("failed to load: " + f);
            }
        }
        if (!root.quiet()) {
            out.println(failed == 0 ? "every plugin passed" : failed + (failed == 1 ? " plugin fails" : " plugins fail")
                    + " the check");
        }
        return failed == 0 ? ExitCode.OK : ExitCode.DATA;
    }
}
