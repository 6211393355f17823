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
        // Problems are told as they are found and only counted, so that an input with millions of them is
        // validated in as little memory as a clean one.
        long[] counted = new long[1];
        Reading reading = new Reading(root.formats(), formatOptions.from(), formatOptions.options(),
                Reading.Leniency.WHERE_POSSIBLE, maxProblems == null ? Long.MAX_VALUE : maxProblems)
                .handingProblemsTo(p -> {
                    // warnings (prose an extractor could not read) are shown, but leave an input clean
                    out.println(p);
                    if (!p.warning()) {
                        counted[0]++;
                    }
                });
        try (Inputs inputs = Inputs.expand(paths, root.terminal().in())) {
            List<Reading.Source> sources = reading.sources(inputs, List.of(), Progress.none(root.terminal()));
            for (Reading.Source source : sources) {
                counted[0] = 0;
                List<String> all = new ArrayList<>();
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
                    all.add(e.getMessage());
                }
                if (ended) {
                    check.finish().forEach(p -> all.add(source.input().name() + ": " + p));
                }
                all.forEach(out::println);
                long total = counted[0] + all.size();
                if (total > 0) {
                    unclean++;
                    if (!root.quiet()) {
                        out.println(source.input().name() + ": " + total + (total == 1 ? " problem" : " problems"));
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
