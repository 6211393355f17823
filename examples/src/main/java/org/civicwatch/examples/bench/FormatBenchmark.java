package org.civicwatch.examples.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.annotation.CheckForNull;
import org.civicwatch.CivicWatch;
import org.civicwatch.FormatRegistry;
import org.civicwatch.examples.ConvertSample;
import org.civicwatch.examples.bench.BenchData.Corpus;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.RecordWriter;

/**
 * End-to-end benchmark of every installed format: for each format id that has both an exporter and an
 * importer in {@link CivicWatch#formats()}, writes N records to a file in a temporary folder through a
 * {@link RecordWriter} and reads them back through a {@link RecordReader}, in warm-up rounds and then
 * measured rounds, and reports records/s and MB/s (median, min and max over the measured rounds). Blog HTML
 * ({@code html}) is a page for people, written and read whole (up to 16 MiB), so it is not part of these
 * rounds: it is timed reading a generated goo blog month page of many posts.
 * Then it measures the peak heap while reading a large file of each format, in this JVM (memory pool peaks,
 * reset before) and in a child JVM under a small {@code -Xmx}, which can only finish if reading streams.
 *
 * <pre>
 * examples/bench/run.sh [--records N] [--rounds R] [--warmup W] [--data sample|random]
 *                       [--memory-records M] [--xmx SIZE] [--html-posts P] [--no-memory] [--dir DIR]
 * </pre>
 *
 * <p>Generating records is never timed; writing is timed from opening the file to closing it (which moves
 * it into place), reading from opening it to the end of input.
 */
public final class FormatBenchmark {
    private static final double MB = 1_000_000d;
    private static final String CHILD_FLAG = "--read-only";
    private static final String CONVERT_FLAG = "--convert-only";
    private static final String DEFAULT_POST = "ombudsman-post-2017-06.html";

    private FormatBenchmark() {
    }

    /**
     * What to run.
     *
     * @param records records written and read per round
     * @param warmup warm-up rounds (not reported)
     * @param rounds measured rounds
     * @param corpus which records
     * @param seed the random corpus's seed
     * @param htmlPosts posts on the generated blog page (0 skips html)
     * @param seedPost the blog post repeated on that page, or null to skip html
     * @param memoryRecords records in the large file read for memory (0 skips memory)
     * @param childXmx the child JVM's {@code -Xmx}, or null for no child run
     * @param dir the folder for the files (its contents are deleted at the end)
     * @param csvSightings sightings converted between CSV and JSON Lines against the floor (0 skips it)
     */
    public record Config(int records, int warmup, int rounds, Corpus corpus, long seed, int htmlPosts,
                         @CheckForNull Path seedPost, int memoryRecords, @CheckForNull String childXmx, Path dir,
                         int csvSightings) {
        /** Checks the numbers. */
        public Config {
            if (records < 1 || warmup < 0 || rounds < 1 || htmlPosts < 0 || memoryRecords < 0 || csvSightings < 0) {
                throw new IllegalArgumentException("records and rounds must be 1 or more, the rest 0 or more");
            }
        }
    }

    /**
     * One measured operation of one format.
     *
     * @param format the format id
     * @param operation {@code write} or {@code read}
     * @param records records written, or read, per round
     * @param bytes the file's size
     * @param recordsPerSecond median, min and max over the measured rounds
     * @param mbPerSecond median, min and max over the measured rounds (MB = 10^6 bytes)
     * @param note what the input was, where it is not N records
     */
    public record Row(String format, String operation, long records, long bytes, Stats recordsPerSecond,
                      Stats mbPerSecond, String note) {
    }

    /**
     * Peak heap while reading one large file.
     *
     * @param format the format id
     * @param records records read
     * @param bytes the file's size
     * @param heapBefore heap in use before reading, after a GC
     * @param peakHeap the sum of the heap pools' peak use while reading
     * @param childXmx the child JVM's -Xmx, or null if none ran
     * @param childResult what the child said: its record count and peak, or its failure
     * @param childOk whether the child read every record
     */
    public record MemoryRow(String format, long records, long bytes, long heapBefore, long peakHeap,
                            @CheckForNull String childXmx, String childResult, boolean childOk) {
    }

    /**
     * Median, min and max.
     *
     * @param median the median
     * @param min the least
     * @param max the greatest
     */
    public record Stats(double median, double min, double max) {
        static Stats of(double[] values) {
            double[] v = values.clone();
            Arrays.sort(v);
            int n = v.length;
            double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
            return new Stats(median, v[0], v[n - 1]);
        }
    }

    /** Runs the benchmark with the given arguments, printing its tables. */
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals(CHILD_FLAG)) {
            readOnly(args[1], Path.of(args[2]));
            return;
        }
        if (args.length == 3 && args[0].equals(CONVERT_FLAG)) {
            convertOnly(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        Config config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("FormatBenchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "civicwatch format benchmark, %s: Java %s (%s), %d cores, max heap %d MB%n",
                LocalDate.now(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%d records (%s), %d warm-up + %d measured rounds, files in %s%n%n",
                config.records(), config.corpus().describe(), config.warmup(), config.rounds(), config.dir());
        try {
            List<Row> rows = throughput(config, out);
            out.println();
            out.print(table(rows));
            if (config.csvSightings() > 0) {
                List<Row> csv = csvAgainstFloor(config, out);
                out.println();
                out.print(floorTable(csv));
            }
            if (config.memoryRecords() > 0) {
                out.println();
                out.print(memoryTable(memory(config, out)));
            }
            if (config.csvSightings() > 0 && config.childXmx() != null) {
                out.println();
                out.print(conversionMemoryTable(conversionMemory(config, out)));
            }
        } finally {
            deleteContents(config.dir());
        }
    }

    static Config parse(String[] args) throws IOException {
        int records = 20_000;
        int warmup = 2;
        int rounds = 5;
        Corpus corpus = Corpus.SAMPLE;
        long seed = 1;
        int htmlPosts = -1;
        int memoryRecords = 200_000;
        String xmx = "64m";
        int csvSightings = 200_000;
        Path dir = null;
        Path post = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--no-memory")) {
                memoryRecords = 0;
                continue;
            }
            if (a.equals("--no-child")) {
                xmx = null;
                continue;
            }
            if (!a.startsWith("--") && i == 0) {
                records = Integer.parseInt(a);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown argument or missing value: " + a + usage());
            }
            String v = args[++i];
            switch (a) {
                case "--records" -> records = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--rounds" -> rounds = Integer.parseInt(v);
                case "--data" -> corpus = Corpus.valueOf(v.toUpperCase(Locale.ROOT));
                case "--seed" -> seed = Long.parseLong(v);
                case "--html-posts" -> htmlPosts = Integer.parseInt(v);
                case "--post" -> post = Path.of(v);
                case "--memory-records" -> memoryRecords = Integer.parseInt(v);
                case "--xmx" -> xmx = v;
                case "--dir" -> dir = Path.of(v);
                case "--csv-sightings" -> csvSightings = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown argument: " + a + usage());
            }
        }
        if (post == null) {
            post = Stream.of(Path.of("examples", "data", DEFAULT_POST), Path.of("data", DEFAULT_POST))
                    .filter(Files::isRegularFile).findFirst().orElse(null);
        }
        if (htmlPosts < 0) {
            // A seed post is about 10 kB and yields 19 records; the importer reads pages up to 16 MB.
            htmlPosts = Math.max(1, Math.min(1000, records / 100));
        }
        if (dir == null) {
            dir = Files.createTempDirectory("civicwatch-bench");
        } else {
            Files.createDirectories(dir);
        }
        return new Config(records, warmup, rounds, corpus, seed, htmlPosts, post, memoryRecords, xmx, dir,
                csvSightings);
    }

    private static String usage() {
        return "\nusage: FormatBenchmark [N | --records N] [--rounds R] [--warmup W] [--data sample|random]"
                + " [--seed S] [--html-posts P] [--post FILE] [--memory-records M] [--xmx SIZE] [--no-child]"
                + " [--no-memory] [--csv-sightings S] [--dir DIR]";
    }

    /**
     * The format ids with both an exporter and an importer that work on files of every record type, in
     * registry order, except {@code html}: a page is written and read whole, which the large files here
     * are not meant for. CSV files hold one record type each; CSV is measured on its own, against the floor.
     */
    public static List<String> roundTrippingFormats(FormatRegistry formats) {
        List<String> ids = new ArrayList<>();
        for (Exporter e : formats.exporters()) {
            String id = e.descriptor().id();
            Optional<Importer> i = formats.findImporter(id);
            if (!id.equals("html") && !e.writesDirectories() && !e.holdsOneRecordType() && i.isPresent()
                    && !i.get().readsDirectories()) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * The throughput part: for each round-tripping format a write row and a read row, then a read row for
     * the blog page if there is an html importer and a seed post.
     *
     * @param config what to run
     * @param log gets one line per format as it goes
     * @return the rows, in format order
     * @throws IOException if a file cannot be written or read
     */
    public static List<Row> throughput(Config config, PrintStream log) throws IOException {
        FormatRegistry formats = CivicWatch.formats();
        List<CivicRecord> records = BenchData.records(config.corpus(), config.seed(), config.records());
        List<Row> rows = new ArrayList<>();
        for (String id : roundTrippingFormats(formats)) {
            Exporter exporter = formats.exporter(id);
            Importer importer = formats.importer(id);
            Path file = config.dir().resolve("bench." + exporter.descriptor().extensions().get(0));
            int total = config.warmup() + config.rounds();
            double[] writeSeconds = new double[config.rounds()];
            double[] readSeconds = new double[config.rounds()];
            long read = 0;
            for (int round = 0; round < total; round++) {
                long t0 = System.nanoTime();
                try (RecordWriter w = exporter.open(file, SampleData.info(), Options.EMPTY)) {
                    for (CivicRecord r : records) {
                        w.write(r);
                    }
                }
                long t1 = System.nanoTime();
                read = readAll(importer, file);
                long t2 = System.nanoTime();
                if (read != records.size()) {
                    throw new IllegalStateException(id + ": wrote " + records.size() + " records, read " + read);
                }
                if (round >= config.warmup()) {
                    writeSeconds[round - config.warmup()] = (t1 - t0) / 1e9;
                    readSeconds[round - config.warmup()] = (t2 - t1) / 1e9;
                }
            }
            long bytes = Files.size(file);
            rows.add(row(id, "write", records.size(), bytes, writeSeconds, ""));
            rows.add(row(id, "read", read, bytes, readSeconds, ""));
            log.printf(Locale.ROOT, "%s: %d records, %.1f MB, done%n", id, read, bytes / MB);
            Files.delete(file);
        }
        htmlRow(formats, config, log).ifPresent(rows::add);
        return rows;
    }

    private static Optional<Row> htmlRow(FormatRegistry formats, Config config, PrintStream log) throws IOException {
        Optional<Importer> html = formats.findImporter("html");
        if (html.isEmpty() || config.htmlPosts() == 0) {
            return Optional.empty();  // absent or not wanted
        }
        if (config.seedPost() == null) {
            log.println("html: skipped (no seed post; pass --post examples/data/" + DEFAULT_POST + ")");
            return Optional.empty();
        }
        Path page = config.dir().resolve("bench-month.html");
        long bytes = BenchData.blogMonthPage(config.seedPost(), config.htmlPosts(), page);
        double[] seconds = new double[config.rounds()];
        long read = 0;
        for (int round = 0; round < config.warmup() + config.rounds(); round++) {
            long t0 = System.nanoTime();
            read = readAll(html.get(), page);
            long t1 = System.nanoTime();
            if (round >= config.warmup()) {
                seconds[round - config.warmup()] = (t1 - t0) / 1e9;
            }
        }
        log.printf(Locale.ROOT, "html: %d posts, %d records extracted, %.1f MB, done%n", config.htmlPosts(), read,
                bytes / MB);
        Files.delete(page);
        return Optional.of(row("html", "read", read, bytes, seconds,
                config.htmlPosts() + " posts of one month page, records extracted from prose"));
    }

    private static Row row(String format, String op, long records, long bytes, double[] seconds, String note) {
        double[] rps = new double[seconds.length];
        double[] mbps = new double[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            rps[i] = records / seconds[i];
            mbps[i] = bytes / MB / seconds[i];
        }
        return new Row(format, op, records, bytes, Stats.of(rps), Stats.of(mbps), note);
    }

    private static long readAll(Importer importer, Path file) throws IOException {
        long count = 0;
        try (RecordReader r = importer.open(file, Options.EMPTY)) {
            while (r.next() != null) {
                count++;
            }
        }
        return count;
    }

    /**
     * The memory part: for each round-tripping format, writes a file of {@code memoryRecords} sample copies
     * (made one at a time, so the writer's side holds none of them), reads it here measuring the heap pools'
     * peaks, and reads it again in a child JVM under {@code -Xmx} if one is configured.
     *
     * @param config what to run
     * @param log gets one line per format as it goes
     * @return one row per format
     * @throws IOException if a file cannot be written or read
     * @throws InterruptedException if interrupted waiting for the child
     */
    public static List<MemoryRow> memory(Config config, PrintStream log) throws IOException, InterruptedException {
        FormatRegistry formats = CivicWatch.formats();
        List<MemoryRow> rows = new ArrayList<>();
        for (String id : roundTrippingFormats(formats)) {
            Exporter exporter = formats.exporter(id);
            Path file = config.dir().resolve("memory." + exporter.descriptor().extensions().get(0));
            try (RecordWriter w = exporter.open(file, SampleData.info(), Options.EMPTY)) {
                for (Iterator<CivicRecord> it = BenchData.sampleCopies(config.memoryRecords()); it.hasNext(); ) {
                    w.write(it.next());
                }
            }
            long bytes = Files.size(file);
            long[] heap = readMeasuringHeap(formats.importer(id), file, config.memoryRecords());
            String childResult = "not run";
            boolean childOk = false;
            if (config.childXmx() != null) {
                String[] child = child(config.childXmx(), id, file);
                childOk = child[0].equals("ok");
                childResult = child[1];
            }
            log.printf(Locale.ROOT, "%s: %d records, %.1f MB read for memory, done%n", id, heap[2], bytes / MB);
            rows.add(new MemoryRow(id, heap[2], bytes, heap[0], heap[1], config.childXmx(), childResult, childOk));
            Files.delete(file);
        }
        return rows;
    }

    // {heap before, peak heap, records read}
    private static long[] readMeasuringHeap(Importer importer, Path file, long expected) throws IOException {
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long read = readAll(importer, file);
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (read != expected) {
            throw new IllegalStateException(file + ": wrote " + expected + " records, read " + read);
        }
        return new long[] {before, peak, read};
    }

    // {"ok" or "failed", what to print}
    private static String[] child(String xmx, String format, Path file) throws IOException, InterruptedException {
        String[] run = runChild(xmx, file, CHILD_FLAG, format, file.toString());
        if (run[0].equals("ok")) {
            String[] f = run[1].split(" ");
            return new String[] {"ok", String.format(Locale.ROOT, "ok: %s records, heap pool peaks %.1f MB", f[1],
                    Long.parseLong(f[2]) / (double) (1 << 20))};
        }
        return run;
    }

    /**
     * Runs this class in a child JVM under {@code -Xmx} with the given arguments.
     *
     * @return {"ok", the child's last line starting with "ok "}, or {"failed", why}
     */
    private static String[] runChild(String xmx, Path near, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = near.resolveSibling(near.getFileName() + ".child.txt");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"),
                FormatBenchmark.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return new String[] {"failed", "timed out"};
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        Files.delete(output);
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        if (p.exitValue() == 0 && last.startsWith("ok ")) {
            return new String[] {"ok", last};
        }
        String why = lines.stream().filter(l -> l.contains("OutOfMemoryError")).findFirst().orElse(last);
        return new String[] {"failed", "failed (exit " + p.exitValue() + "): " + why.strip()};
    }

    // The child: reads one file, prints "ok <records> <peak heap bytes>".
    private static void readOnly(String format, Path file) throws IOException {
        Importer importer = CivicWatch.formats().importer(format);
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long read = readAll(importer, file);
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "ok %d %d%n", read, peak);
    }

    /**
     * CSV against the floor, side by side in one run: {@code csvSightings} sightings (copies of the
     * sample's) written once as CSV, then, round by round, converted CSV → JSON Lines and JSON Lines → CSV
     * by civicwatch ({@link CivicWatch#convert(Path, Path)}: typed, validated records) and by
     * {@link CsvFloor} (cells as strings between commons-csv and Jackson). MB/s is of the input file.
     *
     * @param config what to run
     * @param log gets one line per conversion as it goes
     * @return for each direction a civicwatch row and a floor row
     * @throws IOException if a file cannot be written or read
     */
    public static List<Row> csvAgainstFloor(Config config, PrintStream log) throws IOException {
        Path csv = config.dir().resolve("bench-sightings.csv");
        writeSightings(csv, config.csvSightings());
        List<String> header;
        try (java.io.BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            header = List.of(r.readLine().split(",", -1));
        }
        Path jsonl = config.dir().resolve("bench-sightings.jsonl");
        Path floorJsonl = config.dir().resolve("bench-floor.jsonl");
        Path back = config.dir().resolve("bench-back.csv");
        Path floorBack = config.dir().resolve("bench-floor-back.csv");
        int total = config.warmup() + config.rounds();
        double[][] seconds = new double[4][config.rounds()];
        for (int round = 0; round < total; round++) {
            long t0 = System.nanoTime();
            CivicWatch.convert(csv, jsonl);
            long t1 = System.nanoTime();
            long floorRows = CsvFloor.csvToJsonLines(csv, floorJsonl);
            long t2 = System.nanoTime();
            CivicWatch.convert(jsonl, back);
            long t3 = System.nanoTime();
            long floorBackRows = CsvFloor.jsonLinesToCsv(floorJsonl, header, floorBack);
            long t4 = System.nanoTime();
            if (floorRows != config.csvSightings() || floorBackRows != config.csvSightings()) {
                throw new IllegalStateException("the floor converted " + floorRows + " and " + floorBackRows
                        + " rows of " + config.csvSightings());
            }
            if (round >= config.warmup()) {
                int at = round - config.warmup();
                seconds[0][at] = (t1 - t0) / 1e9;
                seconds[1][at] = (t2 - t1) / 1e9;
                seconds[2][at] = (t3 - t2) / 1e9;
                seconds[3][at] = (t4 - t3) / 1e9;
            }
            log.printf(Locale.ROOT, "csv against the floor: round %d of %d done%n", round + 1, total);
        }
        if (Files.mismatch(csv, back) != -1) {
            throw new IllegalStateException("CSV → JSON Lines → CSV did not give the same file back");
        }
        int n = config.csvSightings();
        List<Row> rows = List.of(
                row("civicwatch", "csv→jsonl", n, Files.size(csv), seconds[0], ""),
                row("floor", "csv→jsonl", n, Files.size(csv), seconds[1], ""),
                row("civicwatch", "jsonl→csv", n, Files.size(jsonl), seconds[2], ""),
                row("floor", "jsonl→csv", n, Files.size(floorJsonl), seconds[3], ""));
        for (Path p : List.of(csv, jsonl, floorJsonl, back, floorBack)) {
            Files.deleteIfExists(p);
        }
        return rows;
    }

    /** Writes {@code n} sightings as one CSV file, made one at a time. */
    private static void writeSightings(Path csv, int n) throws IOException {
        Exporter exporter = CivicWatch.formats().exporter("csv");
        try (RecordWriter w = exporter.open(csv, SampleData.info(), Options.EMPTY)) {
            for (Iterator<CivicRecord> it = BenchData.sightingCopies(n); it.hasNext(); ) {
                w.write(it.next());
            }
        }
    }

    /**
     * Conversions of {@code csvSightings} sightings, CSV → JSON Lines, JSON Lines → CSV, CSV → data package
     * zip and back, each in a child JVM under the configured {@code -Xmx}, which only finishes if both of its
     * sides stream.
     *
     * @param config what to run
     * @param log gets one line per conversion
     * @return one row per conversion: what was converted, and what the child said
     * @throws IOException if a file cannot be written
     * @throws InterruptedException if interrupted waiting for a child
     */
    public static List<MemoryRow> conversionMemory(Config config, PrintStream log) throws IOException,
            InterruptedException {
        Path csv = config.dir().resolve("memory-sightings.csv");
        writeSightings(csv, config.csvSightings());
        // Every child's input is made here first, so that one failing child does not take the next one's input.
        Path jsonl = config.dir().resolve("memory-sightings.jsonl");
        CivicWatch.convert(csv, jsonl);
        Path zip = config.dir().resolve("memory-sightings.zip");
        CivicWatch.convert(csv, zip);
        Path back = config.dir().resolve("memory-back.csv");
        Path toJsonl = config.dir().resolve("memory-to.jsonl");
        Path toZip = config.dir().resolve("memory-to.zip");
        Path fromZip = config.dir().resolve("memory-from-zip.csv");
        List<MemoryRow> rows = new ArrayList<>();
        for (Path[] step : new Path[][] {{csv, toJsonl}, {jsonl, back}, {csv, toZip}, {zip, fromZip}}) {
            String[] child = childConversion(config.childXmx(), step[0], step[1]);
            String what = extension(step[0]) + "→" + extension(step[1]);
            log.printf(Locale.ROOT, "%s under -Xmx%s: %s%n", what, config.childXmx(), child[1]);
            rows.add(new MemoryRow(what, config.csvSightings(), Files.size(step[0]), 0, 0, config.childXmx(), child[1],
                    child[0].equals("ok")));
        }
        for (Path p : List.of(csv, jsonl, zip, back, toJsonl, toZip, fromZip)) {
            Files.deleteIfExists(p);
        }
        return rows;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    // {"ok" or "failed", what to print}
    private static String[] childConversion(String xmx, Path in, Path out) throws IOException, InterruptedException {
        String[] run = runChild(xmx, out, CONVERT_FLAG, in.toString(), out.toString());
        if (run[0].equals("ok")) {
            String[] f = run[1].split(" ");
            return new String[] {"ok", String.format(Locale.ROOT, "ok in %.1f s, heap pool peaks %.1f MB%s",
                    Long.parseLong(f[1]) / 1e3, Long.parseLong(f[2]) / (double) (1 << 20), f.length > 3
                    ? String.format(Locale.ROOT, ", peak RSS %.1f MB", Long.parseLong(f[3]) / 1024.0) : "")};
        }
        return run;
    }

    // The child: converts one file, prints "ok <milliseconds> <peak heap bytes> [<peak RSS kB>]".
    private static void convertOnly(Path in, Path out) throws IOException {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long t0 = System.nanoTime();
        CivicWatch.convert(in, out);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long rss = peakResidentKilobytes();
        System.out.printf(Locale.ROOT, "ok %d %d%s%n", ms, peak, rss < 0 ? "" : " " + rss);
    }

    /** The process's peak resident set size in kB, as Linux reports it (VmHWM); -1 elsewhere. */
    private static long peakResidentKilobytes() {
        Path status = Path.of("/proc/self/status");
        try {
            if (Files.isReadable(status)) {
                for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no figure, then
        }
        return -1;
    }

    /** The CSV rows against the floor as a plain text table, with civicwatch's time over the floor's. */
    public static String floorTable(List<Row> rows) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-10s %-10s %9s %8s %10s %21s %7s %15s %7s%n", "by", "conversion",
                "sightings", "MB in", "rows/s", "(min-max)", "MB/s", "(min-max)", "ratio"));
        for (Row r : rows) {
            Row floor = rows.stream().filter(f -> f.format().equals("floor") && f.operation().equals(r.operation()))
                    .findFirst().orElse(r);
            s.append(String.format(Locale.ROOT, "%-10s %-10s %9d %8.1f %10.0f %21s %7.1f %15s %7s%n", r.format(),
                    r.operation(), r.records(), r.bytes() / MB, r.recordsPerSecond().median(),
                    String.format(Locale.ROOT, "(%.0f-%.0f)", r.recordsPerSecond().min(), r.recordsPerSecond().max()),
                    r.mbPerSecond().median(),
                    String.format(Locale.ROOT, "(%.1f-%.1f)", r.mbPerSecond().min(), r.mbPerSecond().max()),
                    r == floor ? "" : String.format(Locale.ROOT, "%.2f", ratio(r, floor))));
        }
        return s.toString();
    }

    /** {@return how many times the floor's median time a conversion's median time is} */
    public static double ratio(Row conversion, Row floor) {
        return floor.recordsPerSecond().median() / conversion.recordsPerSecond().median();
    }

    /** The conversion memory rows as a plain text table. */
    public static String conversionMemoryTable(List<MemoryRow> rows) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-12s %9s %8s   %s%n", "conversion", "sightings", "MB in", "child JVM"));
        for (MemoryRow r : rows) {
            s.append(String.format(Locale.ROOT, "%-12s %9d %8.1f   -Xmx%s %s%n", r.format(), r.records(),
                    r.bytes() / MB, r.childXmx(), r.childResult()));
        }
        return s.toString();
    }

    /** The throughput rows as a plain text table. */
    public static String table(List<Row> rows) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-6s %-5s %8s %8s %10s %21s %7s %15s%n", "format", "op", "records",
                "MB", "records/s", "(min-max)", "MB/s", "(min-max)"));
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "%-6s %-5s %8d %8.1f %10.0f %21s %7.1f %15s%s%n", r.format(),
                    r.operation(), r.records(), r.bytes() / MB, r.recordsPerSecond().median(),
                    String.format(Locale.ROOT, "(%.0f-%.0f)", r.recordsPerSecond().min(), r.recordsPerSecond().max()),
                    r.mbPerSecond().median(),
                    String.format(Locale.ROOT, "(%.1f-%.1f)", r.mbPerSecond().min(), r.mbPerSecond().max()),
                    r.note().isEmpty() ? "" : "  " + r.note()));
        }
        return s.toString();
    }

    /** The memory rows as a plain text table. */
    public static String memoryTable(List<MemoryRow> rows) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-6s %8s %8s %15s %14s   %s%n", "format", "records", "MB",
                "heap before MB", "pool peaks MB", "child JVM"));
        for (MemoryRow r : rows) {
            s.append(String.format(Locale.ROOT, "%-6s %8d %8.1f %15.1f %14.1f   %s%n", r.format(), r.records(),
                    r.bytes() / MB, r.heapBefore() / (double) (1 << 20), r.peakHeap() / (double) (1 << 20),
                    r.childXmx() == null ? r.childResult() : "-Xmx" + r.childXmx() + " " + r.childResult()));
        }
        return s.toString();
    }

    private static void deleteContents(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().startsWith("bench") || f.getFileName().toString().startsWith("memory")) {
                    Files.deleteIfExists(f);
                }
            }
        }
        try (Stream<Path> left = Files.list(dir)) {
            if (left.findAny().isEmpty()) {
                Files.delete(dir);
            }
        }
    }
}
