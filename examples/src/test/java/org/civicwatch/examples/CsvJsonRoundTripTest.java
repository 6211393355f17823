package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.civicwatch.CivicWatch;
import org.civicwatch.catalog.Differences;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.testkit.RandomDatasets;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Converting between the CSV and JSON plugins loses nothing, in either direction. */
class CsvJsonRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void jsonLinesToADataPackageAndBackGivesTheDataset() throws IOException {
        for (Dataset d : new Dataset[] {SampleData.gunmaPrefecturalOffice(), RandomDatasets.generate(5, 4),
                RandomDatasets.generate(6, 3, RandomDatasets.Fill.EVERY_FIELD)}) {
            Path jsonl = dir.resolve("in.jsonl");
            CivicWatch.write(d, jsonl);
            Path folder = dir.resolve("package");
            CivicWatch.convert(jsonl, folder);
            Path json = dir.resolve("back.json");
            CivicWatch.convert(folder, json);
            assertThat(Differences.between(d, CivicWatch.read(json), 5)).isEmpty();
            assertThat(CivicWatch.read(json)).isEqualTo(d);
        }
    }

    @Test
    void aSingleCsvFileAndJsonLinesConvertBothWays() throws IOException {
        Dataset sightings = Dataset.of(DatasetInfo.EMPTY, RandomDatasets.generate(8, 6).sightings());
        Path csv = dir.resolve("sightings.csv");
        CivicWatch.write(sightings, csv);
        Path jsonl = dir.resolve("sightings.jsonl");
        CivicWatch.convert(csv, jsonl);
        Path again = dir.resolve("again-sightings.csv");
        CivicWatch.convert(jsonl, again);
        assertThat(CivicWatch.read(again)).isEqualTo(sightings);
    }

    @Test
    void aPlaceWithNothingInItReadsBackTheSameFromEveryFormat() throws IOException {
        // Such a place is no place in the model, so a table (which cannot tell the two apart) loses nothing.
        Dataset d = Dataset.of(DatasetInfo.EMPTY, java.util.List.of(org.civicwatch.model.Sighting.builder("s1")
                .place(org.civicwatch.model.Place.builder().area("").build()).build()));
        for (String name : new String[] {"out.csv", "out.json", "out.jsonl"}) {
            Path file = dir.resolve(name);
            CivicWatch.write(d, file);
            assertThat(CivicWatch.read(file)).as(name).isEqualTo(d);
            assertThat(CivicWatch.read(file).sightings().get(0).place()).as(name).isNull();
        }
    }
}
