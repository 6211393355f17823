package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Floor;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertSampleTest {
    private static final Path DATA = Path.of("data");

    @TempDir
    Path out;

    @Test
    void convertsEverySampleFileIntoEveryOtherFormat() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<Path> written = ConvertSample.run(DATA, out, new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(written).extracting(p -> p.getFileName().toString()).contains(
                "gunma-2017-from-json.jsonl", "gunma-2017-from-jsonl.json", "ombudsman-post-2017-06-from-html.json");
        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("gunma-2017.json: 3 incidents, 13 sightings, 2 filings, 2 news");

        assertThat(CivicWatch.read(out.resolve("gunma-2017-from-json.jsonl")))
                .isEqualTo(SampleData.gunmaPrefecturalOffice());
        assertThat(CivicWatch.read(out.resolve("gunma-2017-from-json.html")))
                .isEqualTo(SampleData.gunmaPrefecturalOffice());
    }

    @Test
    void writesTheSampleAsADataPackageZipAndAsOneCsvFilePerRecordType() throws IOException {
        List<Path> written = ConvertSample.run(DATA, out, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        assertThat(written).extracting(p -> p.getFileName().toString()).contains("gunma-2017-from-json.zip",
                "gunma-2017-from-json-incidents.csv", "gunma-2017-from-json-sightings.csv",
                "gunma-2017-from-json-filings.csv", "gunma-2017-from-json-news.csv",
                "ombudsman-post-2017-06-from-html.zip");
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        assertThat(CivicWatch.read(out.resolve("gunma-2017-from-json.zip"))).isEqualTo(sample);
        assertThat(CivicWatch.read(out.resolve("gunma-2017-from-json-sightings.csv")).sightings())
                .isEqualTo(sample.sightings());
        assertThat(CivicWatch.read(out.resolve("gunma-2017-from-jsonl-filings.csv")).filings())
                .isEqualTo(sample.filings());
    }

    @Test
    void theBlogPostBecomesADatasetWithTheAbsenceOverFloorsThreeToThirty() throws IOException {
        ConvertSample.run(DATA, out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Dataset fromPost = CivicWatch.read(out.resolve("ombudsman-post-2017-06-from-html.json"));
        assertThat(fromPost.news()).hasSize(2);
        assertThat(fromPost.sightings()).anySatisfy(s -> {
            assertThat(s.place().floor()).isEqualTo(Floor.range(3, 30));
            assertThat(s.count().isNone()).isTrue();
        });
        assertThat(fromPost.filings()).filteredOn(f -> f.remedy() != null).singleElement()
                .satisfies(f -> assertThat(f.remedy().amount()).isEqualTo(500_000L));
    }
}
