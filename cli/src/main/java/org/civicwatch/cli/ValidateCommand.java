package org.civicwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.annotation.CheckForNull;
import org.civicwatch.DatasetCheck;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.spi.Cancellation;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.RecordReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code civicwatch validate}: every problem of each input, with its location. */
@Command(name = "validate",
        header = "Lists every problem of each input, with its location.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Reads each input to the end and lists every problem with its location (file, line, column,",
            "record, field): records that cannot be read, duplicate ids, references to records that do not",
            "exist. The exit code is 0 when every input is clean and 1 when one is not.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  civicwatch validate sightings.jsonl",
            "  civicwatch validate data/                     # every file of a folder",
            "  civicwatch validate 'archive/*.html' --quiet  # only the problems",
            "  civicwatch validate --from jsonl - < feed.txt",
            "  civicwatch validate big.jsonl && civicwatch convert big.jsonl big.json",
        })
final class ValidateCommand implements Callable<Integer> {
    private final CivicWatchCommand root;

    @Parameters(paramLabel = "IN", arity = "1..*", description = "The inputs: files, folders, globs, or '-'.")
    private List<String> paths = new ArrayList<>();

    @Mixin
    private ReadingOptions formatOptions = new ReadingOptions();


    @Option(names = "--max-problems", paramLabel = "N",
            description = "Stop an input after this many problems (default: list them all).")
    private @CheckForNull Long maxProblems;

    ValidateCommand(CivicWatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = root.terminal().outText();
        int unclean = 0;
        Reading reading = new Reading(root.formats(), formatOptions.from(), formatOptions.options(),
                Reading.Leniency.WHERE_POSSIBLE, maxProblems == null ? Long.MAX_VALUE : maxProblems);
        try (Inputs inputs = Inputs.expand(paths, root.terminal().in())) {
            List<Reading.Source> sources = reading.sources(inputs, List.of(), Progress.none(root.terminal()));
            for (Reading.Source source : sources) {
                int before = reading.problems().size();
                List<String> found = new ArrayList<>();
                // the records stream through the check, which keeps their ids and references, not them
                DatasetCheck check = new DatasetCheck();
                boolean ended = false;
                try (RecordReader reader = source.open()) {
                    for (CivicRecord r; (r = reader.next()) != null; ) {
                        Cancellation.check("validating " + source.input().name());
                        check.add(r);
                    }
                    ended = true;
                } catch (DataException e) {
                    // What lenient reading cannot pass over (malformed JSON, too many problems) ends the input.
                    found.add(e.getMessage());
                }
                List<Problem> passed = reading.problems().subList(before, reading.problems().size());
                // warnings (prose an extractor could not read) are shown, but leave an input clean
                passed.stream().filter(Problem::warning).forEach(p -> out.println(p));
                List<String> all = new ArrayList<>();
                passed.stream().filter(p -> !p.warning()).forEach(p -> all.add(p.toString()));
                all.addAll(found);
                if (ended) {
                    check.finish().forEach(p -> all.add(source.input().name() + ": " + p));
                }
                all.forEach(out::println);
                if (!all.isEmpty()) {
                    unclean++;
                    if (!root.quiet()) {
                        out.println(source.input().name() + ": " + all.size()
                                + (all.size() == 1 ? " problem" : " problems"));
                    }
                } else if (!root.quiet()) {
                    out.println(source.input().name() + ": valid, " + Summary.of(check.counts()));
                }
            }
            if (sources.size() > 1 && !root.quiet()) {
                out.println(unclean == 0 ? "all " + sources.size() + " inputs are valid"
                        : unclean + " of " + sources.size() + " inputs have problems");
            }
        }
        return unclean == 0 ? ExitCode.OK : ExitCode.DATA;
    }
}
