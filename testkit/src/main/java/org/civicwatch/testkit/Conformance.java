package org.civicwatch.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.annotation.CheckForNull;
import org.civicwatch.FormatRegistry;
import org.civicwatch.catalog.Differences;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.RecordType;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.OptionException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.spi.StandardOptions;


/**
 * The conformance check for plugin authors: framework-free, so it runs in any test framework or from a
 * {@code main}. Give it an importer, an exporter, or a pair of one format.
 *
 * <pre>{@code
 * @Test void conforms() {
 *     Conformance.check(new MyImporter(), new MyExporter()).assertPassed();
 * }
 * }</pre>
 *
 * <p>It checks the descriptors and service-loader requirements; the options: that the registry refuses
 * an unknown one, naming the valid ones, before the plugin opens anything, and that the plugin takes
 * every option it lists (at its default); for a pair, that the sample dataset and generated random
 * datasets round-trip without loss, also written the way the exporter declares it can take records
 * (in any order unless it {@linkplain Exporter#needsRecordsGrouped() needs them grouped}, with the
 * info late if it {@linkplain Exporter#takesLateInfo() takes late info}); that malformed and truncated
 * input fails only with a {@link DataException} carrying a location; and that streams the plugin did not
 * open stay open. Every failure is reported, in one readable report.
 *
 * <p>A format that holds only part of a dataset (a map holds only sightings with coordinates) says which
 * part with {@link #check(Importer, Exporter, UnaryOperator)}: the round trips still write each whole
 * dataset, and expect exactly that part back.
 */
public final class Conformance {
    private static final int RANDOM_SEEDS = 12;
    private static final Option<String> BOGUS = Option.text("no-such-option-" + "x", null, "not accepted");

    private Conformance() {
    }

    /** What the check found: the checks that ran and the failures, each a sentence. */
    public static final class Report {
        private final String subject;
        private final List<String> ran = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();

        private Report(String subject) {
            this.subject = subject;
        }

        void ran(String check) {
            ran.add(check);
        }

        void fail(String failure) {
            failures.add(failure);
        }

        /** {@return whether every check passed} */
        public boolean passed() {
            return failures.isEmpty();
        }

        /** {@return the checks that ran} */
        public List<String> checks() {
            return List.copyOf(ran);
        }

        /** {@return what failed, one sentence each} */
        public List<String> failures() {
            return List.copyOf(failures);
        }

        /** Throws an {@link AssertionError} listing every failure, if any. */
        public void assertPassed() {
            if (!passed()) {
                throw new AssertionError(toString());
            }
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("Conformance of " + subject + ": " + ran.size() + " checks, "
                    + failures.size() + " failed");
            failures.forEach(f -> s.append("\n  - ").append(f));
            return s.toString();
        }
    }

    /**
     * Checks an importer, an exporter, or both (of one format, for the round trips).
     *
     * @param importer the importer, or null
     * @param exporter the exporter, or null
     * @return every check that ran and every failure
     * @throws IllegalArgumentException if both are null
     */
    public static Report check(@CheckForNull Importer importer, @CheckForNull Exporter exporter) {
        return check(importer, exporter, UnaryOperator.identity());
    }

    /**
     * Checks an importer and an exporter of a format that holds only part of a dataset. Each round trip
     * writes the whole dataset and expects {@code kept} of it back, so the check proves both that the
     * part is kept without loss and that nothing else comes back in its place.
     *
     * <pre>{@code
     * Conformance.check(new MapImporter(), new MapExporter(), d -> Dataset.of(d.info(),
     *         d.sightings().stream().filter(s -> s.place() != null && s.place().latitude() != null).toList()))
     *     .assertPassed();
     * }</pre>
     *
     * @param importer the importer, or null
     * @param exporter the exporter, or null
     * @param kept what the format gives back of a dataset written whole; only the round trips use it
     * @return every check that ran and every failure
     * @throws IllegalArgumentException if both are null
     */
    public static Report check(@CheckForNull Importer importer, @CheckForNull Exporter exporter,
                               UnaryOperator<Dataset> kept) {
        if (importer == null && exporter == null) {
            throw new IllegalArgumentException("give an importer, an exporter, or both");
        }
        String subject = (importer == null ? "" : importer.getClass().getName())
                + (importer != null && exporter != null ? " + " : "")
                + (exporter == null ? "" : exporter.getClass().getName());
        Report report = new Report(subject);
        if (importer != null) {
            guard(report, "importer descriptor", () -> checkProvider(report, importer, importer.descriptor()));
            guard(report, "importer options", () -> checkImporterOptions(report, importer));
            guard(report, "malformed input", () -> checkMalformed(report, importer, null));
        }
        if (exporter != null) {
            guard(report, "exporter descriptor", () -> checkProvider(report, exporter, exporter.descriptor()));
            guard(report, "exporter output", () -> checkExporter(report, exporter));
            guard(report, "redaction", () -> checkRedaction(report, exporter));
        }
        if (importer != null && exporter != null) {
            guard(report, "round trip", () -> checkRoundTrips(report, importer, exporter, kept));
            guard(report, "writer needs", () -> checkWriterNeeds(report, importer, exporter, kept));
            guard(report, "truncated input", () -> checkMalformed(report, importer, exporter));
        }
        return report;
    }

    private interface Check {
        void run() throws Exception;
    }

    private static void guard(Report report, String name, Check check) {
        report.ran(name);
        try {
            check.run();
        } catch (Exception | AssertionError e) {
            report.fail(name + ": threw " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private static void checkProvider(Report report, Object provider, FormatDescriptor d) {
        Class<?> type = provider.getClass();
        if (!Modifier.isPublic(type.getModifiers())) {
            report.fail(type.getName() + " is not public: ServiceLoader cannot instantiate it");
        }
        boolean noArg = Arrays.stream(type.getConstructors()).anyMatch(c -> c.getParameterCount() == 0);
        boolean provider0 = Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals("provider")
                && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0);
        if (!noArg && !provider0) {
            report.fail(type.getName() + " has no public no-argument constructor (or static provider() method)");
        }
        for (Option<?> o : d.options()) {
            if (o.description().isBlank()) {
                report.fail("format '" + d.id() + "': option '" + o.name() + "' has no description");
            }
        }
        if (d.description().isBlank()) {
            report.fail("format '" + d.id() + "' has no description");
        }
    }

    private static void checkImporterOptions(Report report, Importer importer) throws IOException {
        FormatDescriptor d = importer.descriptor();
        if (!d.options().containsAll(StandardOptions.READING)) {
            report.fail("importer '" + d.id() + "' does not list StandardOptions.READING (lenient, max-problems,"
                    + " rejected) among its options");
        }
        int[] opens = {0};
        Importer watched = new Importer() {
            @Override
            public FormatDescriptor descriptor() {
                return importer.descriptor();
            }

            @Override
            public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
                opens[0]++;
                return importer.open(in, sourceName, options);
            }
        };
        Tracked<ByteArrayInputStream> in = new Tracked<>(new ByteArrayInputStream(new byte[] {'{'}));
        FormatRegistry registry = FormatRegistry.of(List.of(watched), List.of());
        try {
            registry.read(in.input(), "unknown-option", d.id(), Options.EMPTY.with(BOGUS, "x"));
            report.fail("importer '" + d.id() + "': the registry read with an unknown option");
        } catch (OptionException e) {
            refusedNamingTheValid(report, "importer", d, e);
        } catch (DataException e) {
            report.fail("importer '" + d.id() + "' read input before its options were checked: " + e.getMessage());
        }
        if (opens[0] > 0 || in.read) {
            report.fail("importer '" + d.id() + "' was opened although an option was unknown");
        }
        Options listed = everyListedOptionAtItsDefault(report, d);
        try (RecordReader r = importer.open(new ByteArrayInputStream(new byte[0]), "empty", listed)) {
            Importer.readAll(r);
        } catch (OptionException e) {
            refusedItsOwn(report, "importer", d, listed, e);
        } catch (DataException e) {
            // an empty input may well be bad input; only the options matter here
        }
    }

    private static void refusedItsOwn(Report report, String service, FormatDescriptor d, Options listed,
                                      OptionException e) {
        report.fail(service + " '" + d.id() + "' refused one of its own options, each set to its default (" + listed
                + "): " + e.getMessage() + "; the registry checks options against the descriptor, so a plugin takes"
                + " every option it lists");
    }

    /** The registry's message for an unknown option names it and every valid one. */
    private static void refusedNamingTheValid(Report report, String service, FormatDescriptor d, OptionException e) {
        String message = String.valueOf(e.getMessage());
        boolean namesAll = message.contains(BOGUS.name())
                && d.options().stream().allMatch(o -> message.contains(o.name()));
        if (!namesAll) {
            report.fail(service + " '" + d.id() + "': refusing an unknown option, the message does not name it and"
                    + " the valid ones (" + d.options().stream().map(Option::name).toList() + "): " + message);
        }
    }

    /**
     * Every option the descriptor lists, set to its default where it has one; an option whose string form
     * does not read back as its default is a failure.
     */
    private static Options everyListedOptionAtItsDefault(Report report, FormatDescriptor d) {
        Options all = Options.EMPTY;
        for (Option<?> o : d.options()) {
            all = withDefault(report, d, all, o);
        }
        return all;
    }

    private static <T> Options withDefault(Report report, FormatDescriptor d, Options options, Option<T> o) {
        T value = o.defaultValue();
        if (value == null) {
            return options;
        }
        if (o.hasStringForm()) {
            try {
                T again = o.parse(o.format(value));
                if (!value.equals(again)) {
                    report.fail("format '" + d.id() + "': option '" + o.name() + "' reads its default's string form \""
                            + o.format(value) + "\" as " + again + ", not " + value);
                }
            } catch (OptionException e) {
                report.fail("format '" + d.id() + "': option '" + o.name() + "' cannot read its default's string form"
                        + " \"" + o.format(value) + "\": " + e.getMessage());
            }
        }
        return options.with(o, value);
    }

    /**
     * What an exporter is given to write of a dataset: the whole of it, or for a format of one record type
     * per output ({@link Exporter#holdsOneRecordType()}) the records of that type alone, without info.
     */
    private static Dataset writable(Exporter exporter, Dataset d, RecordType type) {
        return exporter.holdsOneRecordType() ? Dataset.of(DatasetInfo.EMPTY, d.records(type)) : d;
    }

    /** The record types an exporter is checked with: each on its own for a format of one type per output. */
    private static List<RecordType> typesFor(Exporter exporter) {
        return exporter.holdsOneRecordType() ? List.of(RecordType.values()) : List.of(RecordType.INCIDENT);
    }

    /** A private person's name no format would write by chance. */
    private static final String PRIVATE_NAME = "Qzxjv 非公開太郎";

    /**
     * With {@code redact=private-names} a private person's name is not written: by the exporter itself
     * when it lists the option, by the registry for it when it does not.
     */
    private static void checkRedaction(Report report, Exporter exporter) throws IOException {
        FormatDescriptor d = exporter.descriptor();
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        Dataset named = writable(exporter, Dataset.of(sample.info(), Stream.concat(sample.records(),
                Stream.of(Incident.builder("redaction-check").title("redaction check")
                        .party(new Party(PartyKind.PERSON, PRIVATE_NAME, "職員", null, null, PartyRole.WITNESS, false))
                        .build())).toList()), RecordType.INCIDENT);
        Options redact = Options.EMPTY.with(StandardOptions.REDACT, StandardOptions.Redact.PRIVATE_NAMES);
        ByteArrayOutputStream viaRegistry = new ByteArrayOutputStream();
        FormatRegistry.of(List.of(), List.of(exporter)).write(named, viaRegistry, d.id(), redact);
        if (viaRegistry.toString(StandardCharsets.UTF_8).contains(PRIVATE_NAME)) {
            report.fail("exporter '" + d.id() + "' wrote a private person's name through the registry with"
                    + " redact=private-names");
        }
        if (d.options().contains(StandardOptions.REDACT)) {
            ByteArrayOutputStream direct = new ByteArrayOutputStream();
            exporter.write(named, direct, redact);
            if (direct.toString(StandardCharsets.UTF_8).contains(PRIVATE_NAME)) {
                report.fail("exporter '" + d.id() + "' lists the option 'redact' but wrote a private person's"
                        + " name with redact=private-names: honour it, e.g. with Redactor.redacting(writer,"
                        + " Redaction.from(options, descriptor())), or do not list it and let the registry redact");
            }
        }
    }

    private static void checkExporter(Report report, Exporter exporter) throws IOException {
        FormatDescriptor d = exporter.descriptor();
        Dataset sample = writable(exporter, SampleData.gunmaPrefecturalOffice(), RecordType.SIGHTING);
        Tracked<ByteArrayOutputStream> out = new Tracked<>(new ByteArrayOutputStream());
        exporter.write(sample, out.output(), Options.EMPTY);
        if (out.closed) {
            report.fail("exporter '" + d.id() + "' closed the caller's output stream");
        }
        byte[] first = out.target.toByteArray();
        if (first.length == 0) {
            report.fail("exporter '" + d.id() + "' wrote nothing for the sample dataset");
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        exporter.write(sample, again, Options.EMPTY);
        if (!Arrays.equals(first, again.toByteArray())) {
            report.fail("exporter '" + d.id() + "' wrote different bytes for the same dataset twice;"
                    + " output should be deterministic");
        }
        int[] opens = {0};
        Exporter watched = new Exporter() {
            @Override
            public FormatDescriptor descriptor() {
                return exporter.descriptor();
            }

            @Override
            public RecordWriter open(OutputStream output, DatasetInfo info, Options options) throws IOException {
                opens[0]++;
                return exporter.open(output, info, options);
            }

            @Override
            public void write(Dataset dataset, OutputStream output, Options options) throws IOException {
                opens[0]++;
                exporter.write(dataset, output, options);
            }
        };
        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        try {
            FormatRegistry.of(List.of(), List.of(watched)).write(sample, refused, d.id(), Options.EMPTY.with(BOGUS, "x"));
            report.fail("exporter '" + d.id() + "': the registry wrote with an unknown option");
        } catch (OptionException e) {
            refusedNamingTheValid(report, "exporter", d, e);
        }
        if (opens[0] > 0 || refused.size() > 0) {
            report.fail("exporter '" + d.id() + "' was opened although an option was unknown");
        }
        Options listed = everyListedOptionAtItsDefault(report, d);
        try (RecordWriter w = exporter.open(new ByteArrayOutputStream(), sample.info(), listed)) {
            Exporter.writeAll(sample, w);
        } catch (OptionException e) {
            refusedItsOwn(report, "exporter", d, listed, e);
        }
    }

    /**
     * Writes the sample the ways the exporter declares its writers can take it and reads it back: records
     * of all types interleaved unless it needs them grouped, the info given late if it takes late info.
     */
    private static void checkWriterNeeds(Report report, Importer importer, Exporter exporter,
                                         UnaryOperator<Dataset> kept) throws IOException {
        FormatDescriptor d = exporter.descriptor();
        Dataset sample = writable(exporter, SampleData.gunmaPrefecturalOffice(), RecordType.SIGHTING);
        Dataset expected = kept.apply(sample);
        if (!exporter.needsRecordsGrouped()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (RecordWriter w = exporter.open(out, sample.info(), Options.EMPTY)) {
                for (CivicRecord r : interleaved(sample)) {
                    w.write(r);
                }
            }
            readsBack(report, importer, out, expected, "exporter '" + d.id() + "' does not declare that it needs records"
                    + " grouped (needsRecordsGrouped()), but the sample written with its types interleaved");
        }
        if (exporter.takesLateInfo()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (RecordWriter w = exporter.open(out, DatasetInfo.EMPTY, Options.EMPTY)) {
                Exporter.writeAll(sample, w);
                w.lateInfo(sample.info());
            }
            readsBack(report, importer, out, expected, "exporter '" + d.id() + "' declares that it takes late info"
                    + " (takesLateInfo()), but the sample written with its info given through lateInfo()");
        }
    }

    /** The records of a dataset with their types interleaved, last type first, each type's in order. */
    private static List<CivicRecord> interleaved(Dataset dataset) {
        List<Deque<CivicRecord>> types = new ArrayList<>();
        for (RecordType t : RecordType.values()) {
            types.add(0, new ArrayDeque<>(dataset.records(t)));
        }
        List<CivicRecord> out = new ArrayList<>();
        while (out.size() < dataset.size()) {
            for (Deque<CivicRecord> q : types) {
                if (!q.isEmpty()) {
                    out.add(q.poll());
                }
            }
        }
        return out;
    }

    private static void readsBack(Report report, Importer importer, ByteArrayOutputStream out, Dataset expected,
                                  String what) throws IOException {
        Dataset back = importer.read(new ByteArrayInputStream(out.toByteArray()), "writer-needs", Options.EMPTY);
        if (!back.equals(expected)) {
            report.fail(what + " did not read back equal: " + String.join("; ", Differences.between(expected, back, 5)));
        }
    }

    private static void checkRoundTrips(Report report, Importer importer, Exporter exporter,
                                        UnaryOperator<Dataset> kept) throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        if (kept.apply(sample).size() == 0) {
            report.fail("the part kept of the sample dataset has no record, so its round trip would prove nothing");
        }
        for (RecordType t : typesFor(exporter)) {
            String of = exporter.holdsOneRecordType() ? " (its " + t.plural() + ")" : "";
            roundTrip(report, importer, exporter, "the sample dataset" + of, writable(exporter, sample, t), kept);
            for (int seed = 1; seed <= RANDOM_SEEDS; seed++) {
                roundTrip(report, importer, exporter, "random dataset " + seed + of,
                        writable(exporter, RandomDatasets.generate(seed, 3), t), kept);
            }
        }
    }

    private static void roundTrip(Report report, Importer importer, Exporter exporter, String what, Dataset dataset,
                                  UnaryOperator<Dataset> kept) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(dataset, out, Options.EMPTY);
        Tracked<ByteArrayInputStream> in = new Tracked<>(new ByteArrayInputStream(out.toByteArray()));
        Dataset back;
        try (RecordReader reader = importer.open(in.input(), "round-trip." + first(exporter), Options.EMPTY)) {
            back = Importer.readAll(reader);
            if (!reader.location().source().equals("round-trip." + first(exporter))) {
                report.fail("the reader's location names \"" + reader.location().source()
                        + "\", not the source name it was given");
            }
        }
        if (in.closed) {
            report.fail("importer '" + importer.descriptor().id() + "' closed the caller's input stream");
        }
        Dataset expected = kept.apply(dataset);
        if (!back.equals(expected)) {
            report.fail(what + " did not round-trip: " + String.join("; ", Differences.between(expected, back, 5)));
        }
    }

    private static String first(Exporter exporter) {
        List<String> ext = exporter.descriptor().extensions();
        return ext.isEmpty() ? exporter.descriptor().id() : ext.get(0);
    }

    private static void checkMalformed(Report report, Importer importer, @CheckForNull Exporter exporter)
            throws IOException {
        List<byte[]> inputs = new ArrayList<>();
        if (exporter == null) {
            inputs.add("\u0000\u0001 this is not civicwatch data {[<\"\n,,\"\n".getBytes(StandardCharsets.UTF_8));
            inputs.add(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x80, 0x41, 0x0a});
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.write(writable(exporter, SampleData.gunmaPrefecturalOffice(), RecordType.SIGHTING), out,
                    Options.EMPTY);
            byte[] whole = out.toByteArray();
            inputs.add(Arrays.copyOf(whole, whole.length / 2));
            inputs.add(Arrays.copyOf(whole, whole.length * 4 / 5));
        }
        for (byte[] input : inputs) {
            for (boolean lenient : new boolean[] {false, true}) {
                Options options = Options.EMPTY.with(StandardOptions.LENIENT, lenient);
                Tracked<ByteArrayInputStream> in = new Tracked<>(new ByteArrayInputStream(input));
                String name = "malformed-input";
                try (RecordReader reader = importer.open(in.input(), name, options)) {
                    Importer.readAll(reader);
                } catch (DataException e) {
                    Location l = e.location();
                    if (!name.equals(l.source())) {
                        report.fail("an error's location names \"" + l.source() + "\", not the source \"" + name + "\": "
                                + e.getMessage());
                    } else if (l.line() == 0 && l.record() == 0) {
                        report.fail("an error carries neither a line nor a record index: " + e.getMessage());
                    }
                } catch (RuntimeException e) {
                    report.fail("importer '" + importer.descriptor().id() + "' threw " + e.getClass().getName()
                            + " on " + (exporter == null ? "malformed" : "truncated") + " input"
                            + (lenient ? " in lenient mode" : "") + "; bad input must raise DataException with a"
                            + " location: " + e.getMessage());
                }
                if (in.closed) {
                    report.fail("importer '" + importer.descriptor().id() + "' closed the caller's input stream");
                }
            }
        }
    }

    /** A stream wrapper that notices being closed. */
    private static final class Tracked<T> {
        final T target;
        boolean closed;
        boolean read;

        Tracked(T target) {
            this.target = target;
        }

        InputStream input() {
            return new FilterInputStream((InputStream) target) {
                @Override
                public int read() throws IOException {
                    read = true;
                    return super.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    read = true;
                    return super.read(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    closed = true;
                    super.close();
                }
            };
        }

        OutputStream output() {
            return new FilterOutputStream((OutputStream) target) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    closed = true;
                    super.close();
                }
            };
        }
    }
}
