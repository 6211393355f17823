package org.civicwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.civicwatch.CivicWatch;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jars as a person runs them, each in a JVM of its own: the runnable jar ({@code java -jar}),
 * the runnable jar with a third-party plugin jar beside it on the class path, and the thin jar with its
 * dependencies on the module path. Runs in the {@code verify} phase, after {@code package} made the jars.
 */
class JarIT {
    private static Path runnableJar;

    @TempDir
    Path dir;

    @BeforeAll
    static void theJarsAreBuilt() {
        String jar = System.getProperty("civicwatch.jar");
        assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)),
                "cli/target/civicwatch.jar is built (mvn package); this test runs in mvn verify");
        runnableJar = Path.of(jar);
    }

    /** A finished process: its exit code and what it printed. */
    private record Process(int code, String out, String err) {
    }

    private Process java(String... args) throws IOException, InterruptedException {
        return java(dir, args);
    }

    private Process java(Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        return launcher(workingDirectory, Map.of(), command);
    }

    /** Runs a command (the launcher script of {@code cli/}, or java) with the environment given added. */
    private Process launcher(Path workingDirectory, Map<String, String> env, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        java.lang.Process p = pb.start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("finished: " + command).isTrue();
        return new Process(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherRunsTheJarWithItsMemorySettingsUnlessToldOtherwise() throws Exception {
        Path repo = Path.of(System.getProperty("civicwatch.repo", "..")).toAbsolutePath().normalize();
        String script = repo.resolve("cli/civicwatch").toString();
        String flags = "-XX:+PrintCommandLineFlags";

        Process own = launcher(dir, Map.of("CIVICWATCH_JAR", runnableJar.toString()), List.of(script, "--version"));
        Process told = launcher(dir, Map.of("CIVICWATCH_JAR", runnableJar.toString(), "CIVICWATCH_JAVA_OPTS",
                flags + " -Xmx48m"), List.of(script, "--version"));
        Process missing = launcher(dir, Map.of("CIVICWATCH_JAR", dir.resolve("none.jar").toString()),
                List.of(script, "formats"));

        assertThat(own.code()).as(own.err()).isEqualTo(ExitCode.OK);
        assertThat(own.out()).startsWith("civicwatch ");
        assertThat(told.code()).as(told.err()).isEqualTo(ExitCode.OK);
        assertThat(told.out()).contains("-XX:MaxHeapSize=50331648").doesNotContain("UseSerialGC")
                .contains("civicwatch ");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("civicwatch: " + dir.resolve("none.jar") + " not found; build it with:"
                + " mvn -B -ntp -q -DskipTests -pl cli -am package\n");
    }

    @Test
    void theRunnableJarConvertsTheSamplePostWithEveryPluginBuiltIn() throws Exception {
        Path json = dir.resolve("post.json");
        Process p = java("-jar", runnableJar.toString(), "convert", Run.SAMPLE_POST.toAbsolutePath().toString(),
                json.toString());

        assertThat(p.code()).as(p.err()).isEqualTo(ExitCode.OK);
        assertThat(CivicWatch.read(json)).isEqualTo(CivicWatch.read(Run.SAMPLE_POST));
        assertThat(p.err()).contains("wrote " + json + " (json, civicwatch JSON)");

        Process formats = java("-jar", runnableJar.toString(), "formats");
        assertThat(formats.code()).isEqualTo(ExitCode.OK);
        assertThat(formats.out()).contains("html: Blog HTML (read and written)", "json: civicwatch JSON (read and written)",
                "jsonl: civicwatch JSON Lines (read and written)",
                "read by org.civicwatch.importers.html.BlogHtmlImporter, from " + runnableJar)
                .doesNotContain("failed:");
    }

    @Test
    void theReadmesMainJobRunsAsWrittenAndPrintsWhatTheReadmeShows() throws Exception {
        Path repo = Path.of(System.getProperty("civicwatch.repo", "..")).toAbsolutePath().normalize();
        List<String> readme = Files.readAllLines(repo.resolve("README.md"));
        String prefix = "mvn -B -ntp -q -DskipTests -pl cli -am package && cli/civicwatch ";
        String mainJob = readme.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
        List<String> args = new ArrayList<>(List.of("cli/civicwatch"));
        args.addAll(List.of(mainJob.substring(prefix.length()).split(" ")));
        int shown = readme.indexOf("```text");
        List<String> expected = readme.subList(shown + 1, readme.subList(shown, readme.size()).indexOf("```") + shown);

        Process p = launcher(repo, Map.of(), args);

        assertThat(p.code()).as(p.err()).isEqualTo(ExitCode.OK);
        assertThat(p.err().lines().toList()).isEqualTo(expected);
        for (String line : expected.subList(1, expected.size())) {
            Path written = repo.resolve(line.substring("wrote ".length(), line.indexOf(" (")));
            assertThat(Files.isDirectory(written) ? written.resolve("datapackage.json") : written).isNotEmptyFile();
        }
    }

    @Test
    void aBadInputGivesAMessageAndAnExitCodeNotAStackTrace() throws Exception {
        Path page = Files.writeString(dir.resolve("hours.html"), "<html><body><p>Open 9 to 5.</p></body></html>");
        Process p = java("-jar", runnableJar.toString(), "convert", page.toString(), "x.json");

        assertThat(p.code()).isEqualTo(ExitCode.DATA);
        assertThat(p.err()).startsWith("civicwatch convert: hours.html:1: no blog post found on this page")
                .doesNotContain("\tat ", "Exception");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void aJsonLinesFileWithAFiftyMegabyteLineIsALocatedErrorInA64MegabyteHeap() throws Exception {
        Path big = dir.resolve("big.jsonl");
        try (java.io.Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("{\"type\": \"sighting\", \"id\": \"s1\", \"notes\": \"");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'x');
            for (int i = 0; i < 50; i++) {
                w.write(chunk);
            }
            w.write("\"}\n");
        }
        Process p = java("-Xmx64m", "-jar", runnableJar.toString(), "convert", big.toString(), "big.json");

        assertThat(p.code()).as(p.err()).isEqualTo(ExitCode.DATA);
        assertThat(p.err()).contains("big.jsonl:1:1: the line is longer than 4194304 chars; raise the option"
                + " max-record-length").doesNotContain("OutOfMemoryError");
        assertThat(dir.resolve("big.json")).doesNotExist();
    }

    @Test
    void validateStreamsTheRecordsSoThatMoreThanTheHeapHoldsAreCheckedAndAReferenceAtTheEndStillResolves()
            throws Exception {
        Path many = dir.resolve("many.jsonl");
        String notes = "x".repeat(300);
        int records = 300_000;
        try (java.io.Writer w = Files.newBufferedWriter(many, StandardCharsets.UTF_8)) {
            for (int i = 0; i < records; i++) {
                w.write("{\"type\":\"sighting\",\"record\":{\"id\":\"sighting-" + i + "\",\"device\":\"camera\",\"notes\":\"" + notes + "\"}}\n");
            }
            w.write("{\"type\":\"news\",\"record\":{\"id\":\"news-1\",\"outlet\":\"o\",\"headline\":\"h\","
                    + "\"related\":[\"sighting-7\",\"sighting-missing\"]}}\n");
        }
        // the records' text alone is about 100 MB of heap, three times what the JVM is given
        Process p = java("-Xmx32m", "-XX:+UseSerialGC", "-jar", runnableJar.toString(), "validate", many.toString());

        assertThat(p.err()).doesNotContain("OutOfMemoryError");
        assertThat(p.code()).as(p.err()).isEqualTo(ExitCode.DATA);
        assertThat(p.out()).contains("many.jsonl: news 'news-1', field 'related[1]': no record has the id 'sighting-missing'")
                .contains("many.jsonl: 1 problem").doesNotContain("related[0]");
    }

    @Test
    void aJsonDocumentWithATwentyMegabyteRecordIsALocatedErrorInA64MegabyteHeap() throws Exception {
        // one record of 20 MB, once as a single string and once as many short ones
        Path oneString = dir.resolve("one-string.json");
        Path manyStrings = dir.resolve("many-strings.json");
        char[] chunk = new char[1 << 20];
        java.util.Arrays.fill(chunk, '\u76e3');   // three bytes of UTF-8 each
        String shortOne = "\"" + "x".repeat(998) + "\"";
        try (java.io.Writer one = Files.newBufferedWriter(oneString, StandardCharsets.UTF_8);
             java.io.Writer many = Files.newBufferedWriter(manyStrings, StandardCharsets.UTF_8)) {
            String start = "{\"civicwatch\": \"1\", \"info\": {\"title\": \"t\"},\n \"sightings\": [\n  {\"id\": \"s1\","
                    + " \"device\": \"camera\", ";
            one.write(start + "\"notes\": \"");
            for (int i = 0; i < 20; i++) {
                one.write(chunk);
            }
            one.write("\"}\n ]\n}\n");
            many.write(start + "\"related\": [" + shortOne);
            for (int i = 1; i < 20_000; i++) {
                many.write("," + shortOne);
            }
            many.write("]}\n ]\n}\n");
        }
        Process p = java("-Xmx64m", "-jar", runnableJar.toString(), "convert", oneString.toString(), "one.jsonl");
        assertThat(p.code()).as(p.err()).isEqualTo(ExitCode.DATA);
        assertThat(p.err()).startsWith("civicwatch convert: one-string.json:3:").contains("field '/sightings/0/notes'")
                .contains("exceeds the maximum allowed").doesNotContain("OutOfMemoryError", "\tat ");
        assertThat(dir.resolve("one.jsonl")).doesNotExist();

        p = java("-Xmx64m", "-jar", runnableJar.toString(), "convert", manyStrings.toString(), "many.jsonl");
        assertThat(p.code()).as(p.err()).isEqualTo(ExitCode.DATA);
        assertThat(p.err()).startsWith("civicwatch convert: many-strings.json:3:").contains("the record is longer than"
                + " 4194304 chars; raise the option max-record-length").doesNotContain("OutOfMemoryError", "\tat ");
        assertThat(dir.resolve("many.jsonl")).doesNotExist();
    }

    @Test
    void aThirdPartyPluginJarOnTheClassPathShowsUpInFormatsAndWrites() throws Exception {
        Path plugin = PluginJar.build(dir.resolve("plugin"), runnableJar.toString());
        String classPath = runnableJar + File.pathSeparator + plugin;

        Process formats = java("-cp", classPath, Main.class.getName(), "formats");
        assertThat(formats.code()).as(formats.err()).isEqualTo(ExitCode.OK);
        assertThat(formats.out()).contains("tally: Record tally (written only)",
                "written by " + PluginJar.CLASS + ", from " + plugin, "json: civicwatch JSON (read and written)");

        Process convert = java("-cp", classPath, Main.class.getName(), "convert", Run.SAMPLE_JSON.toAbsolutePath().toString(),
                "sample.tally");
        assertThat(convert.code()).as(convert.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllLines(dir.resolve("sample.tally"))).hasSize(SampleData.gunmaPrefecturalOffice().size());

        Process check = java("-cp", classPath, Main.class.getName(), "plugins", "check", "tally");
        assertThat(check.out()).startsWith("tally: passed ");
    }

    @Test
    void theModulePathRunsTheSameCommandsWithEachPluginInItsModule() throws Exception {
        String dependencies = System.getProperty("civicwatch.runtime.classpath");
        String cliJar = System.getProperty("civicwatch.cli.jar");
        assumeTrue(dependencies != null && Files.isRegularFile(Path.of(dependencies)) && cliJar != null,
                "the runtime class path was written by the dependency plugin (mvn verify)");
        String modulePath = cliJar + File.pathSeparator + Files.readString(Path.of(dependencies)).strip();
        // No --add-modules: the command's module requires core, which uses the plugin services, and the
        // plugin modules that provide them are bound with what they require.
        String[] java = {"-p", modulePath, "-m", "org.civicwatch.cli/" + Main.class.getName()};

        Process formats = java(concat(java, "formats"));
        assertThat(formats.code()).as(formats.err()).isEqualTo(ExitCode.OK);
        assertThat(formats.out()).contains("(module org.civicwatch.importers.json)", "(module org.civicwatch.exporters.json)",
                "(module org.civicwatch.importers.html)", "(module org.civicwatch.exporters.html)")
                .doesNotContain("failed:");

        Path json = dir.resolve("post.json");
        Process convert = java(concat(java, "convert", Run.SAMPLE_POST.toAbsolutePath().toString(), json.toString()));
        assertThat(convert.code()).as(convert.err()).isEqualTo(ExitCode.OK);
        assertThat(CivicWatch.read(json)).isEqualTo(CivicWatch.read(Run.SAMPLE_POST));
    }

    /** {@return a feed large enough to take seconds to convert: the sample's records again and again, with ids of their own} */
    private Path bigFeed() throws IOException {
        List<String> sample = Run.plainSampleLines();
        Path feed = dir.resolve("feed.jsonl");
        try (var w = Files.newBufferedWriter(feed)) {
            w.write(sample.get(0) + "\n");
            for (int copy = 0; copy < 2_000; copy++) {
                for (String line : sample.subList(1, sample.size())) {
                    w.write(line.replaceFirst("\"id\":\"([^\"]+)\"", "\"id\":\"$1-" + copy + "\"")
                            .replaceAll(",\"(related|precededBy)\":(\\[[^\\]]*\\]|\"[^\"]*\")", "") + "\n");
                }
            }
        }
        return feed;
    }

    @Test
    void whatAConversionKilledOutrightLeftIsRemovedByTheNextRunAndTheOldOutputSurvives() throws Exception {
        Path feed = bigFeed();
        Path out = Files.writeString(dir.resolve("kept.json"), "{\"old\": true}");
        java.lang.Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", runnableJar.toString(), "convert", feed.toString(), out.toString())
                .redirectError(dir.resolve("kill-err.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && temporaries(out).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("still converting when killed").isTrue();
        p.destroyForcibly();   // SIGKILL: nothing of the run can clean up
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(out)).isEqualTo("{\"old\": true}");
        List<Path> left = temporaries(out);
        assertThat(left).isNotEmpty().allSatisfy(f -> assertThat(f.getFileName().toString())
                .matches("\\.\\.?kept\\.json\\.civicwatch-partial-[0-9]+-.*"));

        Process next = java("-jar", runnableJar.toString(), "convert", Run.SAMPLE_JSONL.toString(), out.toString());
        assertThat(next.code()).as(next.err()).isEqualTo(ExitCode.OK);
        assertThat(temporaries(out)).isEmpty();
        assertThat(Files.readString(out)).startsWith("{\n  \"civicwatch\": \"1\"");
    }

    @Test
    void aConversionStoppedByASignalLeavesNoOutputBehind() throws Exception {
        Path feed = bigFeed();
        Path out = dir.resolve("big.json");
        java.lang.Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", runnableJar.toString(), "convert", feed.toString(), out.toString())
                .redirectError(dir.resolve("stop-err.txt").toFile()).start();
        // Stop it once it has begun writing: its temporary output sits beside the output.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && temporaries(out).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("still converting when stopped").isTrue();
        p.destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isNotEqualTo(ExitCode.OK);
        assertThat(out).doesNotExist();
        assertThat(temporaries(out)).isEmpty();
        assertThat(Files.readString(dir.resolve("stop-err.txt"))).contains("interrupted while")
                .doesNotContain("\tat ");
    }

    private static List<Path> temporaries(Path out) throws IOException {
        try (var files = Files.list(out.getParent())) {
            // the temporary output, and the spools named after it
            return files.filter(f -> f.getFileName().toString().startsWith("." + out.getFileName())
                    || f.getFileName().toString().startsWith(".." + out.getFileName())).toList();
        }
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
