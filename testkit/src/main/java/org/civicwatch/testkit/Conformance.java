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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.Differences;
import org.civicwatch.model.Dataset;
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
 * <p>It checks the descriptors and service-loader requirements; that unknown options are refused; for a
 * pair, that the sample dataset and generated random datasets round-trip without loss; that malformed
 * and truncated input fails only with a {@link DataException} carrying a location; and that streams the
 * plugin did not open stay open. Every failure is reported, in one readable report.
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
        }
        if (importer != null && exporter != null) {
            guard(report, "round trip", () -> checkRoundTrips(report, importer, exporter));
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
        try (RecordReader r = importer.open(new ByteArrayInputStream(new byte[0]), "empty",
                Options.EMPTY.with(BOGUS, "x"))) {
            report.fail("importer '" + d.id() + "' accepted an unknown option; throw OptionException"
                    + " (Options.requireOnly does it)");
        } catch (OptionException expected) {
            // refused, as it should be
        } catch (DataException e) {
            report.fail("importer '" + d.id() + "' read input before checking its options: " + e.getMessage());
        }
    }

    private static void checkExporter(Report report, Exporter exporter) throws IOException {
        FormatDescriptor d = exporter.descriptor();
        Dataset sample = SampleData.gunmaPrefecturalOffice();
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
        try (RecordWriter w = exporter.open(new ByteArrayOutputStream(), sample.info(), Options.EMPTY.with(BOGUS, "x"))) {
            report.fail("exporter '" + d.id() + "' accepted an unknown option; throw OptionException"
                    + " (Options.requireOnly does it)");
        } catch (OptionException expected) {
            // refused, as it should be
        }
    }

    private static void checkRoundTrips(Report report, Importer importer, Exporter exporter) throws IOException {
        roundTrip(report, importer, exporter, "the sample dataset", SampleData.gunmaPrefecturalOffice());
        for (int seed = 1; seed <= RANDOM_SEEDS; seed++) {
            roundTrip(report, importer, exporter, "random dataset " + seed, RandomDatasets.generate(seed, 3));
        }
    }

    private static void roundTrip(Report report, Importer importer, Exporter exporter, String what, Dataset dataset)
            throws IOException {
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
        if (!back.equals(dataset)) {
            report.fail(what + " did not round-trip: " + String.join("; ", Differences.between(dataset, back, 5)));
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
            exporter.write(SampleData.gunmaPrefecturalOffice(), out, Options.EMPTY);
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

        Tracked(T target) {
            this.target = target;
        }

        InputStream input() {
            return new FilterInputStream((InputStream) target) {
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
