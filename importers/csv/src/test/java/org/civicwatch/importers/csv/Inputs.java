package org.civicwatch.importers.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Dataset;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;

/** Fixtures written in the test: CSV text in a charset, read through the facade or the importer. */
final class Inputs {
    private Inputs() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    /** Reads a single CSV file from bytes, named as a file would be. */
    static Dataset read(byte[] csv, String name, Options options) throws IOException {
        return CivicWatch.formats().read(new ByteArrayInputStream(csv), name, "csv", options);
    }

    static Dataset read(String csv, String name) throws IOException {
        return read(utf8(csv), name, Options.EMPTY);
    }

    /** The outcome of a lenient read: the records, the problems, and what the rejected sink received. */
    record Lenient(Dataset dataset, List<Problem> problems, List<Problem> rejected) {
    }

    static Lenient lenient(Importer importer, byte[] input, String name, Options options) throws IOException {
        List<Problem> rejected = new ArrayList<>();
        Options o = options.with(StandardOptions.LENIENT, true).with(StandardOptions.REJECTED, rejected::add);
        try (RecordReader r = importer.open(new ByteArrayInputStream(input), name, o)) {
            Dataset d = Importer.readAll(r);
            return new Lenient(d, r.problems(), rejected);
        }
    }
}
