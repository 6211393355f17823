package org.civicwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.Cancellation;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.ForwardingRecordReader;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.testplugin.GroupedLineExporter;
import org.civicwatch.testplugin.LineExporter;
import org.civicwatch.testplugin.LineImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conversions that read one thread ahead of the writing: the same output, exceptions and cancellation as on one
 * thread, and no reading thread left once the conversion returned or failed.
 */
class ReadAheadTest {
    @TempDir
    Path dir;

    private String before;

    @BeforeEach
    void on() {
        before = System.getProperty(ReadAhead.PROPERTY);
        System.clearProperty(ReadAhead.PROPERTY);
        assertThat(Runtime.getRuntime().availableProcessors()).as("reading ahead needs two processors").isGreaterThan(1);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(ReadAhead.PROPERTY);
        } else {
            System.setProperty(ReadAhead.PROPERTY, before);
        }
        Thread.interrupted();
        assertThat(readingThreads()).as("no reading thread is left running").isEmpty();
    }

    private static List<Thread> readingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(ReadAhead.THREAD_NAME) && t.isAlive()).toList();
    }

    /** The sample's records over and over, {@code count} of them, in the test line format. */
    private Path generated(int count) throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        List<CivicRecord> records = sample.records().toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RecordWriter w = new LineExporter().open(out, sample.info(), Options.EMPTY)) {
            for (int i = 0; i < count; i++) {
                w.write(records.get(i % records.size()));
            }
        }
        return Files.write(dir.resolve("in-" + count + ".cwl"), out.toByteArray());
    }

    /** The line importer, remembering the threads that read, and doing {@code atRecord} before each record. */
    static final class WatchedImporter implements Importer {
        private final Importer inner = new LineImporter();
        final Set<String> readBy = ConcurrentHashMap.newKeySet();
        final AtomicLong handedOver = new AtomicLong();
        private final Step atRecord;

        interface Step {
            void before(long record) throws IOException;
        }

        WatchedImporter(Step atRecord) {
            this.atRecord = atRecord;
        }

        WatchedImporter() {
            this(n -> { });
        }

        @Override
        public FormatDescriptor descriptor() {
            return inner.descriptor();
        }

        @Override
        public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
            return new ForwardingRecordReader(inner.open(in, sourceName, options)) {
                @Override
                public CivicRecord next() throws IOException {
                    readBy.add(Thread.currentThread().getName());
                    atRecord.before(handedOver.get() + 1);
                    CivicRecord r = super.next();
                    if (r != null) {
                        handedOver.incrementAndGet();
                    }
                    return r;
                }
            };
        }
    }

    /** The given exporter with {@code atRecord} done before each record is written. */
    static final class WatchedExporter implements Exporter {
        private final Exporter inner;
        private final WatchedImporter.Step atRecord;
        final AtomicLong written = new AtomicLong();

        WatchedExporter(Exporter inner, WatchedImporter.Step atRecord) {
            this.inner = inner;
            this.atRecord = atRecord;
        }

        @Override
        public FormatDescriptor descriptor() {
            return inner.descriptor();
        }

        @Override
        public boolean needsRecordsGrouped() {
            return inner.needsRecordsGrouped();
        }

        @Override
        public RecordWriter open(OutputStream out, DatasetInfo info, Options options) throws IOException {
            RecordWriter w = inner.open(out, info, options);
            return new RecordWriter() {
                @Override
                public void write(CivicRecord record) throws IOException {
                    atRecord.before(written.incrementAndGet());
                    w.write(record);
                }

                @Override
                public void close() throws IOException {
                    w.close();
                }
            };
        }
    }

    private byte[] convert(Path in, Importer importer, Exporter exporter, String extension) throws IOException {
        Path out = dir.resolve("out-" + System.nanoTime() + "." + extension);
        FormatRegistry.of(List.of(importer), List.of(exporter))
                .convert(in, "lines", Options.EMPTY, out, exporter.descriptor().id(), Options.EMPTY);
        return Files.readAllBytes(out);
    }

    private void assertNothingBeside(Path in) throws IOException {
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no output, not even a temporary file").containsExactly(in);
        }
    }

    @Test
    void theOutputIsTheSameByteForByteWithAndWithoutReadingAheadAtEverySizeAroundABatch() throws IOException {
        for (int count : new int[] {0, 1, 2, 255, 256, 257, 1023, 1024, 1025, 5000}) {
            Path in = generated(count);
            for (IntFunction<Exporter> exporter : List.<IntFunction<Exporter>>of(n -> new LineExporter(),
                    n -> new GroupedLineExporter())) {
                Exporter e = exporter.apply(count);
                String extension = e.descriptor().extensions().get(0);
                System.setProperty(ReadAhead.PROPERTY, "false");
                WatchedImporter alone = new WatchedImporter();
                byte[] oneThread = convert(in, alone, e, extension);
                System.clearProperty(ReadAhead.PROPERTY);
                WatchedImporter ahead = new WatchedImporter();
                byte[] twoThreads = convert(in, ahead, exporter.apply(count), extension);
                assertThat(twoThreads).as("%d records to %s", count, e.descriptor().id()).isEqualTo(oneThread);
                assertThat(alone.readBy).as("turned off").doesNotContain(ReadAhead.THREAD_NAME);
                assertThat(ahead.readBy).as("%d records", count).contains(Thread.currentThread().getName());
                if (count > 1) {
                    assertThat(ahead.readBy).as("%d records", count).contains(ReadAhead.THREAD_NAME);
                }
                assertThat(ahead.handedOver.get()).isEqualTo(count);
            }
        }
    }

    @Test
    void whatTheReaderThrowsAtARecordIsThrownByTheConversionItselfAndNothingIsWritten() throws IOException {
        Path in = generated(3000);
        List<Throwable> thrown = List.of(new IOException("the disk went away at record 1500"),
                new DataException(Location.at("in.cwl", 1500, 3), "a broken record"),
                new IllegalArgumentException("a plugin's own bug"),
                new OutOfMemoryError("Java heap space (a test)"),
                new StackOverflowError());
        for (Throwable e : thrown) {
            WatchedImporter failing = new WatchedImporter(n -> {
                if (n == 1500) {
                    throw ReadAheadTest.<RuntimeException>sneaky(e);
                }
            });
            WatchedExporter counted = new WatchedExporter(new LineExporter(), n -> { });
            Path out = dir.resolve("out.cwl");
            FormatRegistry registry = FormatRegistry.of(List.of(failing), List.of(counted));
            assertThatThrownBy(() -> registry.convert(in, "lines", Options.EMPTY, out, "lines", Options.EMPTY))
                    .isSameAs(e);
            assertThat(failing.readBy).contains(ReadAhead.THREAD_NAME);
            assertThat(counted.written.get()).as("the records before it written first").isEqualTo(1499);
            assertThat(readingThreads()).isEmpty();
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
            assertNothingBeside(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable e) throws T {
        throw (T) e;
    }

    /** An endless input: the sample's first record over and over, counted, each after {@code step}. */
    static final class EndlessImporter implements Importer {
        final AtomicLong read = new AtomicLong();
        final Set<String> readBy = ConcurrentHashMap.newKeySet();
        private final WatchedImporter.Step step;

        EndlessImporter(WatchedImporter.Step step) {
            this.step = step;
        }

        @Override
        public FormatDescriptor descriptor() {
            return new LineImporter().descriptor();
        }

        @Override
        public RecordReader open(InputStream in, String sourceName, Options options) {
            Dataset sample = SampleData.gunmaPrefecturalOffice();
            CivicRecord record = sample.records().findFirst().orElseThrow();
            return new RecordReader() {
                @Override
                public CivicRecord next() throws IOException {
                    Cancellation.check("reading the endless input");
                    readBy.add(Thread.currentThread().getName());
                    step.before(read.incrementAndGet());
                    return record;
                }

                @Override
                public DatasetInfo info() {
                    return sample.info();
                }

                @Override
                public boolean infoComplete() {
                    return true;
                }

                @Override
                public Location location() {
                    return Location.of(sourceName);
                }

                @Override
                public List<Problem> problems() {
                    return List.of();
                }

                @Override
                public void close() {
                }
            };
        }
    }

    @Test
    void aWriterThatFailsStopsTheReadingThreadAndItsExceptionIsThrown() throws IOException {
        Path in = Files.writeString(dir.resolve("endless.cwl"), "info {}\n");
        EndlessImporter endless = new EndlessImporter(n -> { });
        IOException full = new IOException("no space left on the device");
        WatchedExporter failing = new WatchedExporter(new LineExporter(), n -> {
            if (n == 700) {
                throw full;
            }
        });
        Path out = dir.resolve("out.cwl");
        FormatRegistry registry = FormatRegistry.of(List.of(endless), List.of(failing));
        assertThatThrownBy(() -> registry.convert(in, "lines", Options.EMPTY, out, "lines", Options.EMPTY))
                .isSameAs(full);
        assertThat(readingThreads()).as("stopped and waited for").isEmpty();
        long read = endless.read.get();
        assertThat(endless.readBy).contains(ReadAhead.THREAD_NAME);
        assertThat(read).as("read ahead by a few batches at most, memory bounded").isBetween(700L, 700L + 6 * 256);
        assertThat(Thread.currentThread().isInterrupted()).as("the caller was not interrupted").isFalse();
        assertNothingBeside(in);
    }

    @Test
    void interruptingTheCallerStopsTheReadingThreadWithTheCancellationAsOnOneThread() throws Exception {
        Path in = Files.writeString(dir.resolve("endless.cwl"), "info {}\n");
        CountDownLatch reading = new CountDownLatch(1);
        // a slow endless reader: the writing thread waits on it when it is interrupted
        EndlessImporter endless = new EndlessImporter(n -> {
            if (n == 2000) {
                reading.countDown();
            }
            if (n >= 2000) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while reading the endless input");
                }
            }
        });
        Path out = dir.resolve("out.cwl");
        FormatRegistry registry = FormatRegistry.of(List.of(endless), List.of(new LineExporter()));
        Thread caller = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            try {
                if (reading.await(30, TimeUnit.SECONDS)) {
                    caller.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        interrupter.start();
        try {
            assertThatThrownBy(() -> registry.convert(in, "lines", Options.EMPTY, out, "lines", Options.EMPTY))
                    .isInstanceOf(InterruptedIOException.class)
                    .hasMessage("interrupted while converting records; nothing was written");
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is left for the caller").isTrue();
        } finally {
            Thread.interrupted();
            interrupter.join();
        }
        assertThat(endless.readBy).contains(ReadAhead.THREAD_NAME);
        assertThat(readingThreads()).isEmpty();
        long read = endless.read.get();
        Thread.sleep(50);
        assertThat(endless.read.get()).as("nothing read after the conversion ended").isEqualTo(read);
        assertNothingBeside(in);
    }

    @Test
    void aSlowReaderAndASlowWriterGiveTheSameOutput() throws IOException {
        Path in = generated(1500);
        System.setProperty(ReadAhead.PROPERTY, "false");
        byte[] expected = convert(in, new LineImporter(), new LineExporter(), "cwl");
        System.clearProperty(ReadAhead.PROPERTY);
        WatchedImporter.Step pause = n -> {
            if (n % 100 == 0) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        List<byte[]> outputs = new ArrayList<>();
        outputs.add(convert(in, new WatchedImporter(pause), new LineExporter(), "cwl"));
        outputs.add(convert(in, new LineImporter(), new WatchedExporter(new LineExporter(), pause), "cwl"));
        outputs.add(convert(in, new WatchedImporter(pause), new WatchedExporter(new GroupedLineExporter(), pause),
                "grp"));
        assertThat(outputs.get(0)).isEqualTo(expected);
        assertThat(outputs.get(1)).isEqualTo(expected);
        System.setProperty(ReadAhead.PROPERTY, "false");
        assertThat(outputs.get(2)).isEqualTo(convert(in, new LineImporter(), new GroupedLineExporter(), "grp"));
    }
}
