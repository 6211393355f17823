package org.civicwatch.examples.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON and JSON Lines against the floor, side by side in one run, each conversion a whole process (a
 * child JVM at default settings, or jq when installed) on the same generated input, timed from outside;
 * prints each median (min-max) and the ratio to the floor. The floor is Jackson's streaming token copy: a
 * parser straight into a generator, no records, no validation.
 *
 * <pre>
 * examples/bench/run.sh side-by-side --sightings 1000000 --rounds 3
 * </pre>
 *
 * <p>{@code --no-jq} leaves jq out. {@code --keep} leaves the input files in {@code --dir}; {@code --rounds 0} only writes them (to profile
 * one conversion by hand: {@code JsonSideBySide --civicwatch DIR/in.jsonl DIR/out.json}; {@code --alloc IN OUT RECORDS}
 * prints the bytes allocated per record by one conversion; {@code --civicwatch-grouped IN.jsonl OUT.json} converts
 * with the records declared grouped by type, written straight through). A JSON document is timed twice for
 * civicwatch: as it writes by default (indented) and, as {@code civicwatch-compact}, with {@code pretty=false},
 * the floor's layout.
 */
public final class JsonSideBySide {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonSideBySide() {
    }

    /**
     * Runs the comparison, or as a child one conversion: {@code --civicwatch IN OUT}, {@code --floor IN OUT}.
     *
     * @param args {@code [--sightings N] [--rounds R] [--dir DIR]}
     * @throws Exception if a file cannot be written or a child fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--civicwatch")) {
            CivicWatch.convert(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args.length == 3 && args[0].equals("--civicwatch-grouped")) {
            // JSON Lines known to be grouped by type (the generated input holds sightings only), declared so.
            Options grouped = Options.parse(java.util.Map.of("grouped", "true"),
                    CivicWatch.formats().exporter("json").descriptor().options());
            CivicWatch.convert(Path.of(args[1]), "jsonl", Options.EMPTY, Path.of(args[2]), "json", grouped);
            return;
        }
        if (args.length == 3 && args[0].equals("--civicwatch-compact")) {
            // The document without indentation, the layout the floor writes.
            Options compact = Options.parse(java.util.Map.of("pretty", "false"),
                    CivicWatch.formats().exporter("json").descriptor().options());
            CivicWatch.convert(Path.of(args[1]), "jsonl", Options.EMPTY, Path.of(args[2]), "json", compact);
            return;
        }
        if (args.length == 4 && args[0].equals("--alloc")) {
            allocation(Path.of(args[1]), Path.of(args[2]), Long.parseLong(args[3]));
            return;
        }
        if (args.length == 3 && args[0].equals("--floor")) {
            floor(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        int sightings = 200_000;
        int rounds = 3;
        Path dir = null;
        boolean keep = false;
        boolean noJq = false;
        List<String> jvm = List.of();
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--sightings" -> sightings = Integer.parseInt(value(args, i));
                case "--rounds" -> rounds = Integer.parseInt(value(args, i));
                case "--dir" -> dir = Path.of(value(args, i));
                case "--jvm" -> jvm = List.of(value(args, i).trim().split("\\s+"));
                case "--keep" -> {
                    keep = true;
                    i--;
                }
                case "--no-jq" -> {
                    noJq = true;
                    i--;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: side-by-side [--sightings N] [--rounds R] [--dir DIR] [--keep] [--no-jq]"
                        + " [--jvm 'JVM OPTIONS']");
            }
        }
        dir = dir == null ? Files.createTempDirectory("civicwatch-side-by-side") : Files.createDirectories(dir);
        Path jsonl = dir.resolve("in.jsonl");
        Path json = dir.resolve("in.json");
        generate(sightings, jsonl, json);
        if (rounds == 0) {
            System.out.printf(Locale.ROOT, "%d sightings written to %s and %s%n", sightings, jsonl, json);
            return;
        }
        System.out.printf(Locale.ROOT, "%d sightings: JSON Lines %.1f MB, JSON %.1f MB; %d rounds, %d cores,"
                        + " load %s; child JVMs %s%n", sightings, Files.size(jsonl) / 1e6, Files.size(json) / 1e6,
                rounds, Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).trim(), jvm.isEmpty() ? "at default settings" : String.join(" ", jvm));
        boolean jq = !noJq && onPath("jq");
        String[][] conversions = {{"JSON Lines → JSON", jsonl.toString(), dir.resolve("out.json").toString(),
                "-s", "{\"civicwatch\": \"1\", \"sightings\": map(.record)}"},
                {"JSON → JSON Lines", json.toString(), dir.resolve("out.jsonl").toString(), "-c",
                        ".sightings[] | {type: \"sighting\", record: .}"}};
        System.out.printf(Locale.ROOT, "%-18s %-18s %22s %7s%n", "conversion", "by", "seconds median (min-max)",
                "ratio");
        for (String[] c : conversions) {
            List<double[]> times = new ArrayList<>();
            List<String> names = new ArrayList<>(List.of("civicwatch", "floor"));
            if (c[2].endsWith(".json")) {
                // civicwatch indents a document by default and the floor does not: the same layout as well.
                names.add("civicwatch-compact");
            }
            if (jq) {
                names.add("jq");
            }
            for (int n = 0; n < names.size(); n++) {
                times.add(new double[rounds]);
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cp = System.getProperty("java.class.path");
            for (int r = 0; r < rounds + 1; r++) {
                for (int n = 0; n < names.size(); n++) {
                    List<String> command = new ArrayList<>();
                    if (names.get(n).equals("jq")) {
                        command.addAll(List.of("sh", "-c", "jq " + c[3] + " '" + c[4] + "' " + c[1] + " > " + c[2]));
                    } else {
                        command.add(java);
                        command.addAll(jvm);
                        command.addAll(List.of("-cp", cp, JsonSideBySide.class.getName(), "--" + names.get(n),
                                c[1], c[2]));
                    }
                    double s = run(command);
                    if (r > 0) {
                        times.get(n)[r - 1] = s;
                    }
                }
            }
            double floor = median(times.get(1));
            for (int n = 0; n < names.size(); n++) {
                double[] t = times.get(n);
                Arrays.sort(t);
                System.out.printf(Locale.ROOT, "%-18s %-18s %8.2f (%.2f-%.2f) %11s%n", c[0], names.get(n),
                        median(t), t[0], t[t.length - 1], n == 1 ? "" : String.format(Locale.ROOT, "%.2f",
                                median(t) / floor));
            }
        }
        for (String name : keep ? List.of("out.json", "out.jsonl") : List.of("in.jsonl", "in.json", "out.json",
                "out.jsonl")) {
            Files.deleteIfExists(dir.resolve(name));
        }
    }

    /**
     * One conversion by {@code CivicWatch.convert}, then the bytes this thread allocated for it divided by
     * {@code records} (the conversion runs on the calling thread), printed on one line.
     */
    private static void allocation(Path in, Path out, long records) throws IOException {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        CivicWatch.convert(in, out);
        long seconds = System.nanoTime() - start;
        long bytes = threads.getCurrentThreadAllocatedBytes() - before;
        System.out.printf(java.util.Locale.ROOT, "%s -> %s: %,d bytes allocated, %,d bytes per record, %.2f s%n",
                in.getFileName(), out.getFileName(), bytes, bytes / Math.max(1, records), seconds / 1e9);
    }

    /** The input: {@code sightings} generated sightings as JSON Lines, and the same as a JSON document. */
    private static void generate(int sightings, Path jsonl, Path json) throws IOException {
        try (RecordWriter w = CivicWatch.formats().exporter("jsonl").open(jsonl, SampleData.info(), Options.EMPTY)) {
            for (Iterator<CivicRecord> it = BenchData.sightingCopies(sightings); it.hasNext(); ) {
                w.write(it.next());
            }
        }
        CivicWatch.convert(jsonl, json);
    }

    private static String value(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    /**
     * The floor: a JSON Lines file of {@code {"type": ..., "record": {...}}} lines into one document of
     * sightings, or a document's records into JSON Lines, by Jackson's token copy.
     */
    static void floor(Path in, Path out) throws IOException {
        boolean toDocument = in.toString().endsWith(".jsonl");
        try (InputStream is = new BufferedInputStream(Files.newInputStream(in), 1 << 16);
             OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonParser p = JSON.createParser(is);
             JsonGenerator g = JSON.createGenerator(os, JsonEncoding.UTF8)) {
            if (toDocument) {
                g.writeStartObject();
                g.writeStringProperty("civicwatch", "1");
                g.writeName("sightings");
                g.writeStartArray();
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        if (name.equals("record")) {
                            g.copyCurrentStructure(p);
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            } else {
                p.nextToken();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    if (p.nextToken() == JsonToken.START_ARRAY && !name.equals("info")) {
                        String type = name.equals("news") ? "news" : name.substring(0, name.length() - 1);
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            g.writeStartObject();
                            g.writeStringProperty("type", type);
                            g.writeName("record");
                            g.copyCurrentStructure(p);
                            g.writeEndObject();
                            g.writeRaw('\n');
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }
    }

    private static double run(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
        }
        return s;
    }

    private static boolean onPath(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static double median(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
