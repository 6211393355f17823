package org.civicwatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A third-party format plugin as someone outside the project would ship it: a jar of its own, compiled
 * here against civicwatch's SPI, with its exporter registered in {@code META-INF/services}. It writes
 * format {@code tally}: a line per record, its type and id, tab-separated.
 */
final class PluginJar {
    static final String FORMAT = "tally";
    static final String CLASS = "org.example.tally.TallyExporter";

    private static final String SOURCE = """
            package org.example.tally;

            import java.io.IOException;
            import java.io.OutputStream;
            import java.io.OutputStreamWriter;
            import java.io.Writer;
            import java.nio.charset.StandardCharsets;
            import org.civicwatch.model.CivicRecord;
            import org.civicwatch.model.DatasetInfo;
            import org.civicwatch.spi.Exporter;
            import org.civicwatch.spi.FormatDescriptor;
            import org.civicwatch.spi.Option;
            import org.civicwatch.spi.Options;
            import org.civicwatch.spi.RecordWriter;

            /** Writes each record's type and id, tab-separated. */
            public final class TallyExporter implements Exporter {
                public static final Option<String> SEPARATOR = Option.text("separator", "\\t",
                        "What stands between a record's type and its id.");
                private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("tally").name("Record tally")
                        .mediaType("text/tab-separated-values").extensions("tally").options(SEPARATOR)
                        .description("Types and ids, a line each.").build();

                @Override
                public FormatDescriptor descriptor() {
                    return DESCRIPTOR;
                }

                @Override
                public RecordWriter open(OutputStream out, DatasetInfo info, Options options) {
                    String separator = options.require(SEPARATOR);
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    return new RecordWriter() {
                        @Override
                        public void write(CivicRecord r) throws IOException {
                            w.write(r.recordType().singular() + separator + r.id() + "\\n");
                        }

                        @Override
                        public void close() throws IOException {
                            w.flush();
                        }
                    };
                }
            }
            """;

    private PluginJar() {
    }

    /**
     * {@return the plugin jar, built in a folder}
     *
     * @param dir where to compile and put the jar
     * @param classPath the class path holding civicwatch core, to compile against
     */
    static Path build(Path dir, String classPath) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/org/example/tally"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path file = Files.writeString(src.resolve("TallyExporter.java"), SOURCE);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        boolean ok = javac.getTask(messages, null, null,
                List.of("-classpath", classPath, "-d", classes.toString(), "--release", "17"), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file)).call();
        if (!ok) {
            throw new IllegalStateException("the plugin did not compile:\n" + messages);
        }
        Path jar = dir.resolve("tally-plugin.jar");
        try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o)) {
            j.putNextEntry(new JarEntry("META-INF/services/org.civicwatch.spi.Exporter"));
            j.write((CLASS + "\n").getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path c : files.filter(Files::isRegularFile).sorted().toList()) {
                    j.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                    j.write(Files.readAllBytes(c));
                    j.closeEntry();
                }
            }
        }
        return jar;
    }
}
