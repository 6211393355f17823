package org.civicwatch.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.CheckForNull;
import org.civicwatch.CivicWatch;
import org.civicwatch.catalog.ScalarType;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.When;

/**
 * Reads a dataset in any installed format and prints its filings with the outcomes named, each with its
 * chain of events and what really happened: {@code FilingsByOutcome INPUT [OUTCOME...]}, outcomes written
 * as in the data ({@code dismissed}, {@code rejected}, {@code not_held}...). Without outcomes, every
 * filing, grouped by outcome.
 */
public final class FilingsByOutcome {
    private FilingsByOutcome() {
    }

    private static final ScalarType<FilingOutcome> OUTCOME = ScalarType.enumOf(FilingOutcome.class);

    /** Prints the filings; exits 1 with a one-line message on bad input or an outcome that does not exist. */
    public static void main(String[] args) {
        Programs.run(args, 1, "FilingsByOutcome INPUT [OUTCOME...]  (outcomes: "
                + String.join(", ", OUTCOME.allowed()) + ")", () -> run(Path.of(args[0]),
                Arrays.asList(args).subList(1, args.length), System.out));
    }

    /**
     * Reads the input and prints the filings with those outcomes.
     *
     * @param input a dataset or blog page
     * @param outcomes outcome words as in the data; none for all
     * @param out where to print
     * @return the filings printed, in the dataset's order
     * @throws IOException if the input cannot be read
     * @throws org.civicwatch.model.ModelException naming the valid outcomes, for a word that is none
     */
    public static List<Filing> run(Path input, List<String> outcomes, PrintStream out) throws IOException {
        Set<FilingOutcome> wanted = outcomes.stream().map(OUTCOME::parse).collect(Collectors.toSet());
        Dataset d = CivicWatch.read(input);
        List<Filing> chosen = withOutcome(d, wanted);
        out.println(input.getFileName() + ": " + d.filings().size() + " filings"
                + (wanted.isEmpty() ? ", by outcome" : ", " + chosen.size() + " " + String.join(" or ", outcomes)));
        Map<String, List<Filing>> groups = new LinkedHashMap<>();
        chosen.forEach(f -> groups.computeIfAbsent(f.outcome() == null ? "(no outcome yet)" : ScalarType.code(f.outcome()),
                k -> new java.util.ArrayList<>()).add(f));
        groups.forEach((outcome, filings) -> {
            out.println(outcome);
            filings.forEach(f -> print(f, out));
        });
        return chosen;
    }

    /**
     * {@return the filings with one of the outcomes, in the dataset's order; every filing for none}
     *
     * @param d the dataset
     * @param outcomes the outcomes wanted
     */
    public static List<Filing> withOutcome(Dataset d, Set<FilingOutcome> outcomes) {
        return d.filings().stream().filter(f -> outcomes.isEmpty() || outcomes.contains(f.outcome())).toList();
    }

    private static void print(Filing f, PrintStream out) {
        out.println("  " + f.id() + ": " + ScalarType.code(f.kind()).replace('_', ' ') + date(", filed ", f.filed())
                + (f.title() == null ? "" : "\n    " + f.title()));
        for (FilingEvent e : f.events()) {
            out.println("    " + (e.when() == null ? "?" : e.when().edtf()) + "  " + ScalarType.code(e.kind())
                    + (e.note() == null ? "" : "  " + e.note()));
        }
        if (f.remedy() != null) {
            out.println("    what happened: " + f.remedy().description()
                    + (f.remedy().amount() == null ? "" : " (" + f.remedy().amount()
                    + (f.remedy().currency() == null ? "" : " " + f.remedy().currency()) + ")")
                    + date(", ", f.remedy().when()));
        }
    }

    private static String date(String before, @CheckForNull When when) {
        return when == null ? "" : before + when.edtf();
    }
}
