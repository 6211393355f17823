package org.civicwatch.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;
import org.civicwatch.testkit.ExtractionScore;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the blog extractors on a folder of pages with gold files: {@code ScoreExtraction [-v] FOLDER...}.
 * Each {@code NAME.gold.json} in a folder (not descending) names its page in {@code "fixture"}, a path
 * beside it, and lists the records a careful reader finds (see {@link ExtractionScore} for how records are
 * matched). The page is read through {@link CivicWatch#read(Path)}, as any user reads it; the program prints
 * precision and recall per record type for each page and the totals over all pages. With {@code -v} it also
 * prints each gold record missed and each extracted record not in the gold file.
 *
 * <p>From a shell: {@code examples/scoring/score.sh [-v] FOLDER...} builds what it needs and runs this.
 */
public final class ScoreExtraction {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScoreExtraction() {
    }

    /** Prints the scores; exits 1 with a one-line message when a folder, a gold file or a page cannot be read. */
    public static void main(String[] args) {
        Programs.run(args, 1, "ScoreExtraction [-v] FOLDER...", () -> {
            boolean verbose = args[0].equals("-v");
            List<Path> folders = Stream.of(args).skip(verbose ? 1 : 0).map(Path::of).toList();
            run(folders, verbose, System.out);
        });
    }

    /**
     * Scores every page with a gold file in the folders.
     *
     * @param folders folders holding pages and their {@code .gold.json} files
     * @param verbose whether to print what was missed and what was not expected
     * @param out where to print
     * @return the totals per record type over every page
     * @throws IOException when a folder, a gold file or a page cannot be read
     */
    public static Map<RecordType, ExtractionScore.Score> run(List<Path> folders, boolean verbose, PrintStream out)
            throws IOException {
        Map<RecordType, ExtractionScore.Score> totals = new EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            totals.put(t, new ExtractionScore.Score(t, 0, 0, 0));
        }
        for (Path folder : folders) {
            List<Path> golds;
            try (Stream<Path> files = Files.list(folder)) {
                golds = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList());
            }
            for (Path goldFile : golds) {
                Map<?, ?> gold = gold(goldFile);
                Path page = goldFile.resolveSibling(String.valueOf(gold.get("fixture")));
                Dataset extracted = CivicWatch.read(page);
                ExtractionScore.Result r = ExtractionScore.score(gold, extracted);
                out.println(folder.relativize(page) + ":");
                for (ExtractionScore.Score s : r.scores()) {
                    if (s.gold() > 0 || s.extracted() > 0) {
                        out.println("  " + s);
                    }
                    totals.merge(s.type(), s, ExtractionScore.Score::plus);
                }
                if (verbose) {
                    r.missed().forEach(m -> out.println("  missed:     " + m));
                    r.unexpected().forEach(u -> out.println("  unexpected: " + u));
                }
            }
        }
        out.println("total:");
        totals.values().forEach(s -> out.println(String.format(Locale.ROOT, "  %s", s)));
        return totals;
    }

    private static Map<?, ?> gold(Path file) throws IOException {
        Object tree;
        try {
            tree = JSON.readValue(file.toFile(), Object.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IOException(file + ": not a gold file: " + e.getOriginalMessage(), e);
        }
        if (!(tree instanceof Map<?, ?> m) || !(m.get("fixture") instanceof String)) {
            throw new IOException(file + ": a gold file is an object naming its page in \"fixture\"");
        }
        return m;
    }
}
