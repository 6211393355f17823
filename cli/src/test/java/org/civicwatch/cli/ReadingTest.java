package org.civicwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;
import org.junit.jupiter.api.Test;

class ReadingTest {
    /** An importer that takes the options given and reads nothing. */
    private static Importer taking(Option<?>... options) {
        FormatDescriptor d = FormatDescriptor.builder("fake").name("Fake").mediaType("text/plain").extensions("fake")
                .options(options).build();
        return new Importer() {
            @Override
            public FormatDescriptor descriptor() {
                return d;
            }

            @Override
            public RecordReader open(InputStream in, String sourceName, Options o) {
                throw new UnsupportedOperationException("not read here");
            }
        };
    }

    private static Reading.Source source(Importer importer) {
        Terminal quiet = new Terminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), false, System::nanoTime);
        return new Reading.Source(new Inputs.Input(Path.of("in.fake"), "in.fake"),
                new MeteredImporter(importer, Progress.none(quiet)), Options.EMPTY);
    }

    @Test
    void anImporterListingTheStandardRejectsOptionIsHandedTheFile() {
        Reading.Source kept = Reading.keepingRejects(source(taking(StandardOptions.REJECTS)), Path.of("bad.fake"));

        assertThat(kept.options().get(StandardOptions.REJECTS)).isEqualTo("bad.fake");
    }

    @Test
    void anOptionOfAnotherMeaningThatIsOnlyNamedRejectsIsLeftAlone() {
        // Before the standard option, a plugin's own text option of that name was taken to mean it.
        Option<String> own = Option.text("rejects", null, "How to treat rejected words, for a dictionary format.");
        Reading.Source source = source(taking(own));

        assertThat(Reading.keepingRejects(source, Path.of("bad.fake"))).isSameAs(source);
    }
}
