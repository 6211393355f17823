package org.civicwatch.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.civicwatch.CivicWatch;
import org.civicwatch.FormatRegistry;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.Options;

/**
 * The sample conversion: reads every file of the sample data folder with the format its extension
 * names, and writes it again in every other installed format into an output folder, printing what it
 * read: a data package as a {@code .zip}, and for a format whose files hold one record type (it takes a
 * {@code type} option, as CSV does) one file per type. {@code ConvertSample [DATA_DIR [OUT_DIR]]}.
 */
public final class ConvertSample {
    private ConvertSample() {
    }

    /** Runs the conversion; exits 1 with a one-line message on bad input. */
    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "examples/data");
        Path out = Path.of(args.length > 1 ? args[1] : "examples/target/sample-output");
        Programs.run(args, 0, "ConvertSample [DATA_DIR [OUT_DIR]]", () -> run(data, out, System.out));
    }

    /** Converts every sample file; returns the files written. */
    public static List<Path> run(Path data, Path out, PrintStream log) throws IOException {
        FormatRegistry formats = CivicWatch.formats();
        Files.createDirectories(out);
        List<Path> inputs;
        try (Stream<Path> files = Files.list(data)) {
            inputs = files.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> written = new ArrayList<>();
        for (Path in : inputs) {
            Dataset d = formats.read(in);
            log.println(in + ": " + summary(d));
            String base = stem(in);
            for (Exporter e : formats.exporters()) {
                if (e.descriptor().extensions().isEmpty()) {
                    continue;
                }
                // gunma-2017.json becomes gunma-2017-from-json.jsonl, and so on, so no two outputs collide.
                String name = base + "-from-" + extension(in);
                String ext = "." + e.descriptor().extensions().get(0);
                if (!e.holdsOneRecordType()) {
                    written.add(write(formats, d, out.resolve(name + ext), e, Options.EMPTY, log));
                    continue;
                }
                // A format whose files hold one record type (a CSV file) gets one file per type.
                for (RecordType t : RecordType.values()) {
                    if (!d.records(t).isEmpty()) {
                        written.add(write(formats, Dataset.of(d.info(), d.records(t)),
                                out.resolve(name + "-" + t.plural() + ext), e, Options.EMPTY, log));
                    }
                }
            }
        }
        return written;
    }

    private static Path write(FormatRegistry formats, Dataset d, Path target, Exporter e, Options options,
                              PrintStream log) throws IOException {
        formats.write(d, target, e.descriptor().id(), options);
        log.println("  -> " + target + " (" + e.descriptor().name() + ")");
        return target;
    }

    static String summary(Dataset d) {
        StringBuilder s = new StringBuilder();
        for (RecordType t : RecordType.values()) {
            s.append(s.length() == 0 ? "" : ", ").append(d.records(t).size()).append(' ').append(t.plural());
        }
        return s.toString();
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
