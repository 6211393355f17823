package org.civicwatch.pipeline;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;

/** What the pipeline tests share: running the pipeline and the command, and reading what they wrote. */
final class Inputs {
    private Inputs() {
    }

    /** Runs the pipeline on the DirectRunner with two workers and few merge groups (each costs it a bundle), and returns its state. */
    static PipelineResult.State runPipeline(String glob, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("--runner=DirectRunner", "--targetParallelism=2", "--groups=4",
                "--input=" + glob, "--output=" + out));
        args.addAll(List.of(more));
        ConvertOptions options = PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation()
                .as(ConvertOptions.class);
        Pipeline p = Pipeline.create(options);
        ConvertPipeline.build(p, options);
        return p.run().waitUntilFinish();
    }

    /** Runs {@code civicwatch ARGS} in a JVM of its own, as a person would, and returns its exit code. */
    static int runCommand(Path log, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.civicwatch.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the command did not finish: " + Files.readString(log));
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("civicwatch " + String.join(" ", args) + " exited with " + p.exitValue()
                    + ":\n" + Files.readString(log));
        }
        return p.exitValue();
    }

    /** The record files the pipeline wrote, by name. */
    static List<Path> shards(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().matches("records-\\d{5}-of-\\d{5}\\.jsonl"))
                    .sorted().toList();
        }
    }

    /** The datasets of the record files. */
    static List<Dataset> readShards(Path out) throws IOException {
        List<Dataset> all = new ArrayList<>();
        for (Path shard : shards(out)) {
            all.add(CivicWatch.read(shard));
        }
        return all;
    }

    /** The records of several datasets, in one order that does not depend on sharding. */
    static List<CivicRecord> recordsOf(List<Dataset> datasets) {
        return datasets.stream().flatMap(Dataset::records)
                .sorted(Comparator.comparing((CivicRecord r) -> r.recordType()).thenComparing(CivicRecord::id)).toList();
    }

    /** A dataset of some records, written to a file in the format its extension names. */
    static void write(DatasetInfo info, List<? extends CivicRecord> records, Path file) throws IOException {
        CivicWatch.write(Dataset.of(info, records), file);
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    static String classPath() {
        return System.getProperty("java.class.path").replace(File.pathSeparator, "\n");
    }
}
