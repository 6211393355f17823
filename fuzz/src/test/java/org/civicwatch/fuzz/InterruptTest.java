package org.civicwatch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Dataset;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every installed format stops when its thread is interrupted, without waiting for the end of the input,
 * and leaves nothing behind: a thread interrupted before the call is the deterministic form of one
 * interrupted during it, as each loop over records, posts or entries checks at every step.
 */
class InterruptTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"gunma-2017.json", "gunma-2017.jsonl", "ombudsman-post-2017-06.html"})
    void anInterruptedReadStopsWithTheInterruptLeftForTheCaller(String sample) {
        Path file = Path.of("../examples/data", sample);
        Throwable thrown = interrupted(() -> CivicWatch.read(file));
        assertThat(thrown).isInstanceOf(InterruptedIOException.class).hasMessageStartingWith("interrupted while");
    }

    @Test
    void anInterruptedConversionOfEveryPairLeavesNoOutputAndNoTemporaryFile() throws IOException {
        Path in = Path.of("../examples/data/ombudsman-post-2017-06.html");
        for (Exporter e : CivicWatch.formats().exporters()) {
            String ext = e.descriptor().extensions().isEmpty() ? "" : "." + e.descriptor().extensions().get(0);
            Path out = dir.resolve("out-" + e.descriptor().id() + ext);
            Throwable thrown = interrupted(() -> CivicWatch.convert(in, "html", Options.EMPTY, out,
                    e.descriptor().id(), Options.EMPTY));
            assertThat(thrown).as(e.descriptor().id()).isInstanceOf(InterruptedIOException.class);
        }
        assertThat(listing()).isEmpty();
    }

    @Test
    void anInterruptedWriteOfEveryFormatLeavesNoOutputAndKeepsTheOldFile() throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        for (Exporter e : CivicWatch.formats().exporters()) {
            String ext = e.descriptor().extensions().isEmpty() ? "" : "." + e.descriptor().extensions().get(0);
            Path out = dir.resolve("new-" + e.descriptor().id() + ext);
            Throwable thrown = interrupted(() -> CivicWatch.write(sample, out, e.descriptor().id(), Options.EMPTY));
            assertThat(thrown).as(e.descriptor().id()).isInstanceOf(InterruptedIOException.class);
            assertThat(out).doesNotExist();
        }
        Path old = Files.writeString(dir.resolve("old.json"), "{}");
        assertThat(interrupted(() -> CivicWatch.write(sample, old))).isInstanceOf(InterruptedIOException.class);
        assertThat(Files.readString(old)).isEqualTo("{}");
        assertThat(listing()).containsExactly("old.json");
    }

    /** An action that may throw. */
    private interface Action {
        void run() throws Exception;
    }

    /** {@return what the action threw on a thread interrupted before it began}, checking the interrupt is kept */
    private static Throwable interrupted(Action action) {
        Thread.currentThread().interrupt();
        try {
            Throwable thrown = catchThrowable(action::run);
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is left for the caller").isTrue();
            return thrown;
        } finally {
            Thread.interrupted();
        }
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
