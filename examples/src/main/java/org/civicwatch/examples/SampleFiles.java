package org.civicwatch.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.civicwatch.CivicWatch;
import org.civicwatch.samples.SampleData;

/**
 * Writes the canonical sample dataset as the JSON document and JSON Lines files shipped in
 * {@code examples/data}: run after a change to the sample or to the JSON formats.
 *
 * <pre>{@code
 * mvn -q -pl examples -am package exec:java -Dexec.mainClass=org.civicwatch.examples.SampleFiles
 * }</pre>
 */
public final class SampleFiles {
    /** The files, by name, each written in the format its extension names. */
    static final List<String> NAMES = List.of("gunma-2017.json", "gunma-2017.jsonl");

    private SampleFiles() {
    }

    /**
     * Writes the sample files.
     *
     * @param args the folder to write them to; {@code examples/data} when none is given
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "data");
        for (String name : NAMES) {
            CivicWatch.write(SampleData.gunmaPrefecturalOffice(), dir.resolve(name));
            System.out.println("wrote " + dir.resolve(name));
        }
    }
}
