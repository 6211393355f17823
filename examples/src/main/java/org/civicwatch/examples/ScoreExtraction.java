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
 * prints each gold record missed and each extracted record not in the gold file, and for a missed record that an
 * unmatched extracted record meets in part, the fields the nearest one gets wrong. The totals end with those
 * fields counted over every page, most often wrong first ({@code sightings near misses wrong in: place 34, ...}):
 * where the extractors fall short.
 *
 * <p>From a shell: {@code examples/scoring/score.sh [-v] FOLDER...} builds what it needs and runs this.
 */
public final class ScoreExtraction {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScoreExtraction() {
    }

    /**
     * Prints the scores; exits 1 with a one-line message when a folder, a gold file or a page cannot be read.
     * {@code --kuromoji} scores the sightings with areas found by the Kuromoji experiment ({@link KuromojiAreas})
     * instead of the rules; {@code --speed SECONDS} then reads every page again for that long (after as long
     * again to warm up) and prints posts and characters per second, and what the analyser costs.
     */
    public static void main(String[] args) {
        Programs.run(args, 1, "ScoreExtraction [-v] [--kuromoji] [--speed SECONDS] FOLDER...", () -> {
            boolean verbose = false;
            boolean kuromoji = false;
            double speed = 0;
            int i = 0;
            for (; i < args.length && args[i].startsWith("-"); i++) {
                switch (args[i]) {
                    case "-v" -> verbose = true;
                    case "--kuromoji" -> kuromoji = true;
                    case "--speed" -> speed = Double.parseDouble(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            List<Path> folders = Stream.of(args).skip(i).map(Path::of).toList();
            KuromojiAreas areas = kuromoji ? new KuromojiAreas() : null;
            run(folders, verbose, System.out, areas == null ? d -> d : areas::withAreas);
            if (speed > 0) {
                speed(folders, speed, areas, System.out);
            }
        });
    }

    /**
     * Reads every page of the folders again and again for {@code seconds} (after as long to warm up), as the
     * scoring does, and prints how many posts and characters of post text it read per second; with the
     * analyser, also what cutting every sentence of every post into morphemes costs on top.
     */
    static void speed(List<Path> folders, double seconds, @javax.annotation.CheckForNull KuromojiAreas areas,
                      PrintStream out) throws IOException {
        List<Path> pages = new ArrayList<>();
        int posts = 0;
        long chars = 0;
        List<String> texts = new ArrayList<>();
        for (Path folder : folders) {
            for (Path goldFile : golds(folder)) {
                Path page = goldFile.resolveSibling(String.valueOf(gold(goldFile).get("fixture")));
                try {
                    CivicWatch.read(page);
                } catch (org.civicwatch.spi.DataException | org.civicwatch.spi.FormatNotFoundException e) {
                    continue;  // a page the importer refuses is not timed, as the scores say
                }
                pages.add(page);
                // the posts the importer finds on the page, whatever their markup, and the text of their bodies
                org.civicwatch.blog.BlogPage read = org.civicwatch.blog.BlogPage.read(Files.readAllBytes(page), null, null,
                        page.toString(), org.civicwatch.blog.BlogSettings.of(org.civicwatch.spi.Options.EMPTY),
                        new org.civicwatch.spi.Problems(org.civicwatch.spi.Options.EMPTY));
                for (org.civicwatch.blog.BlogPost post : read.posts()) {
                    posts++;
                    String text = post.body().stream().map(org.civicwatch.blog.BlogPost.BodyLine::text)
                            .collect(java.util.stream.Collectors.joining("\n"));
                    chars += text.length();
                    texts.add(text);
                }
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            long end = System.nanoTime() + (long) (seconds * 1e9);
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long rounds = 0;
            long morphemeNanos = 0;
            long morphemeCpu = 0;
            while (System.nanoTime() < end) {
                for (Path page : pages) {
                    CivicWatch.read(page);
                }
                if (areas != null) {
                    long m0 = System.nanoTime();
                    long c0 = threads.getCurrentThreadCpuTime();
                    texts.forEach(t -> Stream.of(t.split("[。\\n]")).filter(s -> !s.isBlank()).forEach(areas::tokens));
                    morphemeNanos += System.nanoTime() - m0;
                    morphemeCpu += threads.getCurrentThreadCpuTime() - c0;
                }
                rounds++;
            }
            double took = (System.nanoTime() - t0 - morphemeNanos) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0 - morphemeCpu) / 1e9;
            if (pass == 1) {
                out.println(String.format(Locale.ROOT, "speed: %d pages, %d posts, %d characters of post text, read %d times"
                        + " in %.1f s (%.1f s of this thread's CPU time): %.0f posts/s, %.0f characters/s of elapsed time;"
                        + " %.0f posts/s of CPU time", pages.size(), posts, chars, rounds, took, cpu,
                        posts * rounds / took, chars * rounds / took, posts * rounds / cpu));
                if (areas != null) {
                    double m = morphemeCpu / 1e9;
                    out.println(String.format(Locale.ROOT, "morphemes: every sentence of every post cut by Kuromoji in"
                            + " %.1f s more of CPU time: %.0f posts/s for the analyser alone, %.2f ms of CPU time per post",
                            m, posts * rounds / m, m * 1000 / (posts * rounds)));
                }
            }
        }
    }

    private static List<Path> golds(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
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
        return run(folders, verbose, out, d -> d);
    }

    /**
     * Scores every page as {@link #run(List, boolean, PrintStream)} does, each dataset changed by {@code then}
     * before it is compared (an experiment's other reading of the same records).
     */
    static Map<RecordType, ExtractionScore.Score> run(List<Path> folders, boolean verbose, PrintStream out,
                                                      java.util.function.UnaryOperator<Dataset> then) throws IOException {
        Map<RecordType, ExtractionScore.Score> totals = new EnumMap<>(RecordType.class);
        Map<RecordType, Map<String, Integer>> wrongFields = new EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            totals.put(t, new ExtractionScore.Score(t, 0, 0, 0));
            wrongFields.put(t, new java.util.TreeMap<>());
        }
        for (Path folder : folders) {
            for (Path goldFile : golds(folder)) {
                Map<?, ?> gold = gold(goldFile);
                Path page = goldFile.resolveSibling(String.valueOf(gold.get("fixture")));
                Dataset read;
                String failure = null;
                try {
                    read = CivicWatch.read(page);
                } catch (org.civicwatch.spi.DataException | org.civicwatch.spi.FormatNotFoundException e) {
                    // a page the importer refuses scores as a page it reads nothing from, and the run goes on
                    read = Dataset.empty(org.civicwatch.model.DatasetInfo.titled(page.getFileName().toString()));
                    failure = e.getMessage();
                }
                Dataset extracted = then.apply(read);
                ExtractionScore.Result r = ExtractionScore.score(gold, extracted);
                out.println(folder.relativize(page) + ":");
                if (failure != null) {
                    out.println("  not read: " + failure);
                }
                for (ExtractionScore.Score s : r.scores()) {
                    if (s.gold() > 0 || s.extracted() > 0) {
                        out.println("  " + s);
                    }
                    totals.merge(s.type(), s, ExtractionScore.Score::plus);
                }
                if (verbose) {
                    r.missed().forEach(m -> out.println("  missed:     " + m));
                    r.unexpected().forEach(u -> out.println("  unexpected: " + u));
                    r.nearMisses().forEach(n -> out.println("  near miss:  " + n.type().plural() + " wrong in "
                            + n.wrong() + ": " + n.gold()));
                }
                r.nearMisses().forEach(n -> n.wrong().forEach(f -> wrongFields.get(n.type()).merge(f, 1, Integer::sum)));
            }
        }
        out.println("total:");
        totals.values().forEach(s -> out.println(String.format(Locale.ROOT, "  %s", s)));
        // of the records missed that an extracted record meets in part, the fields it gets wrong, most often first
        wrongFields.forEach((type, fields) -> {
            if (!fields.isEmpty()) {
                out.println(String.format(Locale.ROOT, "  %-10s near misses wrong in: %s", type.plural(),
                        fields.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "))));
            }
        });
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
