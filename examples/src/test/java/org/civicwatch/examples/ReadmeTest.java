package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Floor;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Embedding section is true: its program compiles and runs as written, its names exist. */
class ReadmeTest {
    private static final Path README = Path.of("../README.md");

    private static String section(String heading) throws IOException {
        String all = Files.readString(README);
        int start = all.indexOf("\n## " + heading + "\n");
        assertThat(start).as("the README has a section '%s'", heading).isNotNegative();
        int end = all.indexOf("\n## ", start + 1);
        return all.substring(start, end < 0 ? all.length() : end);
    }

    private static String firstJavaBlock(String section) {
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertThat(m.find()).as("a java block").isTrue();
        return m.group(1);
    }

    @Test
    void theEmbeddingProgramCompilesAndRunsAsWritten(@TempDir Path dir) throws Exception {
        String program = firstJavaBlock(section("Embedding"));
        Matcher name = Pattern.compile("public class (\\w+)").matcher(program);
        assertThat(name.find()).as("the program is a public class").isTrue();
        Path source = dir.resolve(name.group(1) + ".java");
        Files.writeString(source, program);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classPath = System.getProperty("java.class.path");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = javac.run(null, diagnostics, diagnostics, "-encoding", "UTF-8", "-cp", classPath, "-d",
                classes.toString(), source.toString());
        assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        Files.copy(Path.of("data/ombudsman-post-2017-06.html"), dir.resolve("post.html"));
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath + java.io.File.pathSeparator + classes, name.group(1))
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(printed).isZero();
        assertThat(printed).isEqualTo("2-29\n");

        Dataset cameras = CivicWatch.read(dir.resolve("cameras.json"));
        assertThat(cameras.sightings()).singleElement().satisfies(s -> {
            assertThat(s.place().floor()).isEqualTo(Floor.range(3, 30));
            assertThat(s.count()).isEqualTo(Count.none());
        });
        assertThat(CivicWatch.read(dir.resolve("post.jsonl"), "jsonl", Options.EMPTY).sightings()).hasSize(13);
    }

    @Test
    void namesOnlyExampleProgramsThatExist() throws IOException, ClassNotFoundException {
        Matcher m = Pattern.compile("`(EmbeddingExample|[A-Z]\\w+)` \\|").matcher(section("Embedding"));
        List<String> programs = new ArrayList<>();
        while (m.find()) {
            programs.add(m.group(1));
        }
        assertThat(programs).contains("CamerasPerFloor", "MergeDatasets", "FilingsByOutcome");
        for (String p : programs) {
            assertThat(Class.forName("org.civicwatch.examples." + p)).isNotNull();
        }
    }

    @Test
    void givesTheCoordinatesOfModulesThatExist() throws IOException {
        Matcher m = Pattern.compile("^\\| `(civicwatch-[a-z-]+)` \\|", Pattern.MULTILINE).matcher(section("Embedding"));
        List<String> named = new ArrayList<>();
        while (m.find()) {
            named.add(m.group(1));
        }
        List<String> artifacts;
        try (Stream<Path> poms = Files.walk(Path.of(".."), 4)) {
            artifacts = poms.filter(p -> p.getFileName().toString().equals("pom.xml") && !p.toString().contains("target"))
                    .map(ReadmeTest::artifactId).toList();
        }
        assertThat(named).contains("civicwatch-core", "civicwatch-testkit");
        assertThat(artifacts).containsAll(named);
    }

    private static String artifactId(Path pom) {
        try {
            // The project's own artifactId comes after the parent block.
            String text = Files.readString(pom);
            int after = text.indexOf("</parent>");
            Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(text);
            return m.find(Math.max(after, 0)) ? m.group(1) : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
