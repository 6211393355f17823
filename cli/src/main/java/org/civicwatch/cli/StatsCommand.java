package org.civicwatch.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.civicwatch.model.Dataset;
import org.civicwatch.spi.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code civicwatch stats}: what a dataset holds, in numbers. */
@Command(name = "stats",
        header = "Prints records per type, the span of dates, sightings per floor, filings per outcome.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Reads the inputs as one dataset and prints its records per type, the span of its dates,",
            "sightings and devices counted per floor of each facility, and filings per outcome.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  civicwatch stats gunma-2017.json",
            "  civicwatch stats ombudsman-post-2017-06.html",
            "  civicwatch stats 'archive/*.html' --lenient",
        })
final class StatsCommand implements Callable<Integer> {
    private final CivicWatchCommand root;

    @Parameters(paramLabel = "IN", arity = "1..*", description = "The inputs: files, folders, globs, or '-'.")
    private List<String> paths = new ArrayList<>();

    @Mixin
    private ReadingOptions formatOptions = new ReadingOptions();


    @Option(names = "--lenient", description = "Count what can be read, passing over bad records (exit code 1).")
    private boolean lenient;

    StatsCommand(CivicWatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        Reading reading = new Reading(root.formats(), formatOptions.from(), formatOptions.options(),
                lenient ? Reading.Leniency.LENIENT : Reading.Leniency.STRICT, null);
        try (Inputs inputs = Inputs.expand(paths, root.terminal().in())) {
            List<Reading.Source> sources = reading.sources(inputs, List.of(), Progress.none(root.terminal()));
            List<Dataset> datasets = new ArrayList<>();
            for (Reading.Source s : sources) {
                datasets.add(s.read());
            }
            Dataset all = Reading.merge(sources.stream().map(s -> s.input().name()).toList(), datasets,
                            sources.stream().map(Reading.Source::retells).toList()).dataset();
            new DatasetStats(all).print(root.terminal().outText());
        }
        boolean rejected = false;
        for (Problem p : reading.problems()) {
            root.terminal().err().println(p.warning() ? p.toString() : "rejected: " + p);
            rejected |= !p.warning();
        }
        return rejected ? ExitCode.DATA : ExitCode.OK;
    }
}
