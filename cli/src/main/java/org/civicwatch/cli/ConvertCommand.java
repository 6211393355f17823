package org.civicwatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.annotation.CheckForNull;
import org.civicwatch.Converted;
import org.civicwatch.FormatRegistry;
import org.civicwatch.model.Dataset;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.StandardOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code civicwatch convert}: reads inputs in one format and writes them in another. */
@Command(name = "convert",
        header = "Converts datasets between formats: files, folders, globs, or standard input and output.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Reads the inputs and writes them as one dataset to the output, each in the format its extension",
            "or content says, or that --from and --to name. The output appears only when the whole conversion",
            "succeeded. One input to one output is converted record by record, so its size does not matter;",
            "several inputs (files, a folder's files, a glob) are merged. '-' is standard input or output.",
            "A progress bar is drawn on standard error when it is a terminal and the conversion takes time.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  # a blog post to a dataset, then to a page to read",
            "  civicwatch convert post.html post.json",
            "  civicwatch convert post.json post-page.html",
            "  # one input, several outputs",
            "  civicwatch convert post.html -O post.json -O post.jsonl -O page.html",
            "  # a month of saved posts into one dataset",
            "  civicwatch convert 'archive/2017-06/*.html' june.json",
            "  # a stream, with plugin options",
            "  cat feed.jsonl | civicwatch convert --to json -o pretty=false - -",
            "  civicwatch convert -o base-url=https://blog.goo.ne.jp/user/e/123 saved.html post.json",
            "  # keep going past bad records, and keep them aside",
            "  civicwatch convert --lenient --rejects bad.jsonl feed.jsonl clean.json",
            "  # leave private persons' names out",
            "  civicwatch convert --redact dataset.json public.html",
        })
final class ConvertCommand implements Callable<Integer> {
    private final CivicWatchCommand root;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "The inputs, then the output (unless given with -O): files, folders, globs, or '-'.")
    private List<String> paths = new ArrayList<>();

    @Option(names = {"-O", "--output"}, paramLabel = "OUT",
            description = "An output; repeat it to write several. With it, every PATH is an input.")
    private List<String> outputs = new ArrayList<>();

    @Mixin
    private ReadingOptions formatOptions = new ReadingOptions();

    @Option(names = "--to", paramLabel = "FORMAT", completionCandidates = FormatIds.Writable.class,
            description = "The outputs' format (${COMPLETION-CANDIDATES}); by default each output's extension says.")
    private @CheckForNull String to;


    @Option(names = "--lenient",
            description = "Report bad records and go on, instead of stopping at the first. The exit code is then 1.")
    private boolean lenient;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "With --lenient, write the rejected input here as it was read, one piece after the other.")
    private @CheckForNull Path rejects;

    @Option(names = "--redact",
            description = "Leave out the names of private persons, in every format (public figures and organisations"
                    + " are kept): -o redact=private-names. -o redact=personal-data also leaves out quoted source text.")
    private boolean redact;

    ConvertCommand(CivicWatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        List<String> ins;
        List<String> outs;
        if (outputs.isEmpty()) {
            if (paths.size() < 2) {
                throw new UsageException("give an input and an output: civicwatch convert IN OUT"
                        + " (or the outputs with -O OUT)");
            }
            ins = paths.subList(0, paths.size() - 1);
            outs = List.of(paths.get(paths.size() - 1));
        } else {
            ins = paths;
            outs = outputs;
        }
        if (outs.stream().filter(Inputs.STANDARD::equals).count() > 1) {
            throw new UsageException("standard output ('-') can be written only once");
        }
        if (rejects != null && !lenient) {
            throw new UsageException("--rejects keeps what lenient reading rejects: add --lenient");
        }
        FormatRegistry formats = root.formats();
        Terminal terminal = root.terminal();
        List<Exporter> exporters = new ArrayList<>();
        for (String out : outs) {
            Exporter e = Plugins.exporter(formats, out, to);
            if (out.equals(Inputs.STANDARD) && e.writesDirectories()) {
                throw new UsageException("format '" + e.descriptor().id() + "' writes a folder, not a stream:"
                        + " name a folder to write it to");
            }
            exporters.add(e);
        }
        List<FormatDescriptor> writers = exporters.stream().map(Exporter::descriptor).toList();
        Reading reading = new Reading(formats, formatOptions.from(), formatOptions.options(),
                lenient ? Reading.Leniency.LENIENT : Reading.Leniency.STRICT, null);
        try (Inputs inputs = Inputs.expand(ins, terminal.in())) {
            Progress progress = new Progress(terminal, !root.quiet(), inputs.totalBytes());
            List<Reading.Source> sources = reading.sources(inputs, writers, progress);
            boolean importerKeepsRejects = false;
            if (rejects != null && sources.size() == 1) {
                // an importer that writes its own rejects file writes it in the input's own shape (a CSV
                // file's header first, its charset), which a list of rejected texts cannot
                Reading.Source own = Reading.keepingRejects(sources.get(0), rejects);
                importerKeepsRejects = own != sources.get(0);
                if (importerKeepsRejects) {
                    makeFolderOf(rejects);
                    sources = List.of(own);
                }
            }
            List<Options> writeOptions = new ArrayList<>();
            for (Exporter e : exporters) {
                Options o = Plugins.writing(e.descriptor(), formatOptions.options());
                writeOptions.add(redact ? o.with(StandardOptions.REDACT, StandardOptions.Redact.PRIVATE_NAMES) : o);
            }
            int repeated = 0;
            int retold = 0;
            try {
                if (sources.size() == 1 && outs.size() == 1) {
                    stream(sources.get(0), outs.get(0), exporters.get(0), writeOptions.get(0), progress);
                } else {
                    List<Dataset> datasets = new ArrayList<>();
                    for (Reading.Source s : sources) {
                        datasets.add(s.read());
                        progress.endInput();
                    }
                    Reading.Merged merged = Reading.merge(sources.stream().map(s -> s.input().name()).toList(), datasets,
                            sources.stream().map(Reading.Source::retells).toList());
                    repeated = merged.repeated();
                    retold = merged.retold();
                    for (int i = 0; i < outs.size(); i++) {
                        write(merged.dataset(), outs.get(i), exporters.get(i), writeOptions.get(i));
                    }
                }
            } finally {
                progress.finish();
            }
            return report(sources, repeated, retold, outs, exporters, reading.problems(), importerKeepsRejects);
        }
    }

    /** One input to one output, record by record, through the registry's conversion. */
    private void stream(Reading.Source source, String out, Exporter exporter, Options writeOptions, Progress progress)
            throws IOException {
        FormatRegistry pair = FormatRegistry.of(List.of(source.importer()), List.of(exporter));
        String fromId = source.importer().descriptor().id();
        String toId = exporter.descriptor().id();
        to(out, exporter, target -> pair.convert(source.input().path(), fromId, source.options(), target, toId,
                writeOptions));
        progress.endInput();
    }

    private void write(Dataset dataset, String out, Exporter exporter, Options writeOptions) throws IOException {
        to(out, exporter, target -> root.formats().write(dataset, target, exporter.descriptor().id(), writeOptions));
    }

    /** Something that writes an output file or folder. */
    private interface Output {
        void writeTo(Path target) throws IOException;
    }

    /**
     * Writes an output to its path, making the folders it is in; standard output is written to a
     * temporary file first and copied out only when complete, so a failure prints nothing.
     */
    private void to(String out, Exporter exporter, Output output) throws IOException {
        if (!out.equals(Inputs.STANDARD)) {
            Path target = Path.of(out);
            makeFolderOf(target);
            output.writeTo(target);
            return;
        }
        Path folder = Files.createTempDirectory("civicwatch-stdout");
        try {
            List<String> ext = exporter.descriptor().extensions();
            Path file = folder.resolve("stdout" + (ext.isEmpty() ? "" : "." + ext.get(0)));
            output.writeTo(file);
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(root.terminal().out());
            }
            root.terminal().out().flush();
        } finally {
            Inputs.deleteRecursively(folder);
        }
    }

    /** Makes the folders an output goes into; a file standing where one of them would go is named as such. */
    private static void makeFolderOf(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new java.nio.file.NotDirectoryException(p + ": is a file, not a folder; the output must go"
                            + " into a folder");
                }
                break;
            }
        }
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    private int report(List<Reading.Source> sources, int repeated, int retold, List<String> outs, List<Exporter> exporters,
                       List<Problem> all, boolean importerKeepsRejects) throws IOException {
        Terminal terminal = root.terminal();
        // a warning (prose an extractor could not read) rejected nothing: it is shown, and fails nothing
        List<Problem> warnings = new ArrayList<>(all.stream().filter(Problem::warning).toList());
        // strictly read, a reader's warnings reach no sink: the reader kept them
        sources.forEach(s -> s.importer().warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add));
        List<Problem> problems = all.stream().filter(p -> !p.warning()).toList();
        if (!root.quiet()) {
            for (Reading.Source s : sources) {
                String counted = s.importer().tallies();
                terminal.err().println("read " + s.input().name() + " (" + s.importer().descriptor().id() + "): "
                        + Summary.of(s.importer().counts()) + (counted.isEmpty() ? "" : "; " + counted));
            }
            if (repeated > 0) {
                terminal.err().println(repeated + (repeated == 1 ? " record was" : " records were")
                        + " read again, the same, and written once");
            }
            if (retold > 0) {
                terminal.err().println(retold + (retold == 1 ? " record retelling a matter told before was"
                        : " records retelling a matter told before were") + " merged into it");
            }
            for (int i = 0; i < outs.size(); i++) {
                String out = outs.get(i);
                terminal.err().println("wrote " + (out.equals(Inputs.STANDARD) ? "standard output" : out)
                        + " (" + exporters.get(i).descriptor().id() + ", " + exporters.get(i).descriptor().name() + ")");
            }
        }
        if (rejects != null && !importerKeepsRejects) {
            StringBuilder kept = new StringBuilder();
            for (Problem p : problems) {
                if (p.rejected() != null) {
                    kept.append(p.rejected());
                    if (!p.rejected().endsWith("\n")) {
                        kept.append('\n');
                    }
                }
            }
            makeFolderOf(rejects);
            Files.writeString(rejects, kept, StandardCharsets.UTF_8);
        }
        if (!root.quiet()) {
            warnings.forEach(p -> terminal.err().println(p));
        }
        // said even when quiet: an input read as the wrong format would otherwise convert to nothing unseen
        // (when every record was rejected, the problems say why, and another format is not the answer)
        for (Reading.Source s : problems.isEmpty() ? sources : List.<Reading.Source>of()) {
            long read = s.importer().counts().values().stream().mapToLong(Long::longValue).sum();
            Converted.nothingRead(s.input().path(), s.input().name(), s.importer().descriptor(), read,
                    "if it is in another format, name that format with --from").ifPresent(terminal.err()::println);
        }
        if (problems.isEmpty()) {
            return ExitCode.OK;
        }
        for (Problem p : problems) {
            terminal.err().println("rejected: " + p);
        }
        terminal.err().println(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ": what it concerns was left out of the output"
                + (rejects == null ? "; keep the rejected input with --rejects FILE" : "; rejected input is in " + rejects));
        return ExitCode.DATA;
    }
}
