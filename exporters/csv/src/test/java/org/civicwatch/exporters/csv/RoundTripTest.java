package org.civicwatch.exporters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.civicwatch.CivicWatch;
import org.civicwatch.catalog.Differences;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.RecordType;
import org.civicwatch.testkit.RandomDatasets;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.CivicWatchException;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every dataset written as CSV and read back through {@link CivicWatch} is the dataset written. */
class RoundTripTest {
    @TempDir
    Path dir;

    static Stream<Arguments> datasets() {
        List<Arguments> all = new ArrayList<>();
        all.add(Arguments.of("sample", SampleData.gunmaPrefecturalOffice()));
        for (long seed = 1; seed <= 5; seed++) {
            all.add(Arguments.of("random " + seed, RandomDatasets.generate(seed, 4)));
        }
        all.add(Arguments.of("every field", RandomDatasets.generate(21, 3, RandomDatasets.Fill.EVERY_FIELD)));
        all.add(Arguments.of("sparse", RandomDatasets.generate(22, 3, RandomDatasets.Fill.SPARSE)));
        all.add(Arguments.of("empty", Dataset.empty(DatasetInfo.EMPTY)));
        return all.stream();
    }

    private static void assertSame(Dataset expected, Dataset actual, String what) {
        assertThat(Differences.between(expected, actual, 10)).as(what).isEmpty();
        assertThat(actual).as(what).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void dataPackageFolderAndZipGiveTheDatasetBackInBothPresets(String name, Dataset dataset) throws IOException {
        for (CsvWriteSettings preset : List.of(CsvWriteSettings.DEFAULT, CsvWriteSettings.EXCEL)) {
            Path folder = dir.resolve(preset.preset() + "-package");
            Path zip = dir.resolve(preset.preset() + "-package.zip");
            CivicWatch.write(dataset, folder, "datapackage", preset.toOptions());
            CivicWatch.write(dataset, zip, "datapackage", preset.toOptions());
            assertThat(folder).isDirectory();
            assertThat(Files.readAllBytes(zip)).startsWith('P', 'K');
            assertSame(dataset, CivicWatch.read(folder), name + ", folder, " + preset);
            assertSame(dataset, CivicWatch.read(zip), name + ", zip, " + preset);
            assertSame(dataset, CivicWatch.read(folder.resolve("datapackage.json")), name + ", descriptor, " + preset);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void singleFilesOfEachTypeGiveTheirRecordsBackInBothPresets(String name, Dataset dataset) throws IOException {
        for (CsvWriteSettings preset : List.of(CsvWriteSettings.DEFAULT, CsvWriteSettings.EXCEL)) {
            for (RecordType type : RecordType.values()) {
                if (dataset.records(type).isEmpty()) {
                    continue;
                }
                Dataset one = Dataset.of(DatasetInfo.EMPTY, dataset.records(type));
                Path file = dir.resolve(preset.preset() + "-" + type.plural() + ".csv");
                CivicWatch.write(one, file, "csv", preset.toOptions());
                assertSame(one, CivicWatch.read(file), name + ", " + type.plural() + ", " + preset);
            }
        }
    }

    @Test
    void theFacadeChoosesByExtension() throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        Path zip = dir.resolve("gunma.zip");
        Path folder = dir.resolve("gunma");
        CivicWatch.write(sample, zip);
        CivicWatch.write(sample, folder);
        assertThat(folder.resolve("datapackage.json")).isRegularFile();
        assertThat(folder.resolve("sightings.csv")).isRegularFile();
        assertThat(folder.resolve("filings_events.csv")).isRegularFile();
        assertSame(sample, CivicWatch.read(zip), "zip");
        assertSame(sample, CivicWatch.read(folder), "folder");

        Dataset sightings = Dataset.of(DatasetInfo.EMPTY, sample.sightings());
        Path csv = dir.resolve("sightings.csv");
        CivicWatch.write(sightings, csv);
        assertSame(sightings, CivicWatch.read(csv), "csv");
    }

    @Test
    void convertGoesBetweenFolderZipAndSingleFiles() throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        Path zip = dir.resolve("in.zip");
        CivicWatch.write(sample, zip);
        Path folder = dir.resolve("out");
        CivicWatch.convert(zip, folder);
        assertSame(sample, CivicWatch.read(folder), "zip to folder");
        Path again = dir.resolve("again.zip");
        CivicWatch.convert(folder, again);
        assertSame(sample, CivicWatch.read(again), "folder to zip");

        Path news = dir.resolve("news.csv");
        CivicWatch.write(Dataset.of(DatasetInfo.EMPTY, sample.news()), news);
        Path newsZip = dir.resolve("news.zip");
        CivicWatch.convert(news, newsZip);
        assertSame(Dataset.of(DatasetInfo.EMPTY, sample.news()), CivicWatch.read(newsZip), "csv to zip");
    }

    @Test
    void streamsCarryTheZip() throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CivicWatch.write(sample, out, "datapackage");
        assertSame(sample, CivicWatch.read(new ByteArrayInputStream(out.toByteArray()), "gunma.zip"), "detected");
        assertSame(sample, CivicWatch.read(new ByteArrayInputStream(out.toByteArray()), "stdin", "datapackage"),
                "named");
    }

    @Test
    void aDatasetOfSeveralTypesDoesNotGoIntoOneCsvFileAndLeavesNoFile() throws IOException {
        Path csv = dir.resolve("all.csv");
        CivicWatchException e = catchThrowableOfType(CivicWatchException.class,
                () -> CivicWatch.write(SampleData.gunmaPrefecturalOffice(), csv));
        assertThat(e).hasMessageContaining("a CSV file holds one record type, and this one holds incidents:"
                + " sighting 'sighting-1f-toilet-corridor' cannot go in it")
                .hasMessageContaining("or the whole dataset as a data package (a folder or a .zip)");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theTypeOptionFixesTheTypeOfAnEmptyFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().write(Dataset.empty(DatasetInfo.EMPTY), out,
                Options.EMPTY.with(CsvExporter.TYPE, RecordType.NEWS));
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("id,outlet,headline,url,");
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        new CsvExporter().write(Dataset.empty(DatasetInfo.EMPTY), none, Options.EMPTY);
        assertThat(none.size()).isZero();
    }
}
