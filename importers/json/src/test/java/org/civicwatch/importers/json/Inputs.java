package org.civicwatch.importers.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;

/** Reading fixtures written in the tests. */
final class Inputs {
    private Inputs() {
    }

    static Dataset read(Importer importer, String text, Options options) throws IOException {
        return importer.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json", options);
    }

    static Dataset read(Importer importer, String text) throws IOException {
        return read(importer, text, Options.EMPTY);
    }

    /** Every record a lenient read gives, and its problems as strings. */
    static List<String> lenientProblems(Importer importer, String text, List<CivicRecord> records) throws IOException {
        try (RecordReader r = importer.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "test.json", Options.EMPTY.with(org.civicwatch.spi.StandardOptions.LENIENT, true))) {
            for (CivicRecord rec; (rec = r.next()) != null; ) {
                records.add(rec);
            }
            List<String> out = new ArrayList<>();
            r.problems().forEach(p -> out.add(p.toString()));
            return out;
        }
    }
}
