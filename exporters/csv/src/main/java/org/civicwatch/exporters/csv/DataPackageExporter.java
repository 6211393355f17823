package org.civicwatch.exporters.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;

/**
 * Writes a Frictionless Data Package (format {@code datapackage}): {@code datapackage.json}, generated from
 * the field catalog ({@link org.civicwatch.catalog.DataPackages}), and one CSV file per table: one per
 * record type ({@code sightings.csv}), always, and one per list field that holds anything
 * ({@code filings_events.csv}, keyed by {@code filing_id} and {@code position}).
 *
 * <p>A path ending in {@code .zip} becomes a zip file, any other path a folder; a stream gets the zip.
 * Records may come in any order and memory does not grow with them: each table is written as its
 * records arrive (for a zip, into a temporary folder that is packed and deleted at the end).
 *
 * <pre>{@code
 * CivicWatch.write(dataset, Path.of("gunma-2017.zip"));     // or Path.of("gunma-2017") for a folder
 * new DataPackageExporter().write(dataset, out, CsvWriteSettings.EXCEL.toOptions());
 * }</pre>
 */
public final class DataPackageExporter implements Exporter {
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("datapackage").name("CSV data package")
            .mediaType("application/zip").extensions("zip")
            .options(CsvWriteSettings.PRESET, CsvWriteSettings.NEUTRALISE_FORMULAS)
            .description("A Frictionless Data Package: datapackage.json and one CSV file per record type and list, as"
                    + " a folder or a zip.")
            .build();

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public RecordWriter open(OutputStream out, DatasetInfo info, Options options) throws IOException {
        return DataPackageWriter.zip(out, info, CsvWriteSettings.of(options));
    }

    /** A path ending in {@code .zip} is written as a zip file, any other as a folder (created if need be). */
    @Override
    public RecordWriter open(Path path, DatasetInfo info, Options options) throws IOException {
        CsvWriteSettings settings = CsvWriteSettings.of(options);
        if (isZip(path)) {
            OutputStream out = Files.newOutputStream(path);
            try {
                return DataPackageWriter.zipFile(out, info, settings);
            } catch (IOException | RuntimeException e) {
                out.close();
                throw e;
            }
        }
        return DataPackageWriter.folder(path, info, settings);
    }

    /** The descriptor, which holds the dataset info, is written last: the info may come after the records. */
    @Override
    public boolean takesLateInfo() {
        return true;
    }

    @Override
    public boolean writesDirectories() {
        return true;
    }

    private static boolean isZip(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }
}
