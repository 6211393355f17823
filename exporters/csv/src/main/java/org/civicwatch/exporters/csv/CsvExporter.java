package org.civicwatch.exporters.csv;

import java.io.IOException;
import java.io.OutputStream;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;

/**
 * Writes a single CSV file of one record type (format {@code csv}): one row per record, the columns of the
 * field catalog's flat table ({@code id}, {@code observed}, {@code place_floor}...) and one column per list
 * field holding the list as a JSON array ({@link org.civicwatch.catalog.RecordRow}). The first record
 * decides the type unless the option {@link #TYPE} names it; a record of another type is refused, since a
 * file of sightings cannot hold an incident: write a data package ({@link DataPackageExporter}) for a
 * dataset of several types. A single file has no place for the dataset info.
 *
 * <pre>{@code
 * CivicWatch.write(sightingsOnly, Path.of("sightings.csv"));
 * new CsvExporter().write(dataset, out, CsvWriteSettings.EXCEL.toOptions());
 * }</pre>
 */
public final class CsvExporter implements Exporter {
    /** The record type of the file; by default the first record's. */
    public static final Option<RecordType> TYPE = Option.choice("type", RecordType.class, null,
            "The record type of the file: incident, sighting, filing or news; by default the type of the first"
                    + " record. Records of another type are refused.");

    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("csv").name("CSV").mediaType("text/csv")
            .extensions("csv").options(CsvWriteSettings.PRESET, CsvWriteSettings.NEUTRALISE_FORMULAS, TYPE)
            .description("One record type as a CSV file, one record a row; lists as JSON arrays in their cells.")
            .build();

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** A single file has no place for the dataset info, so it may come late: conversions need not wait for it. */
    @Override
    public boolean takesLateInfo() {
        return true;
    }

    /** True: a CSV file holds the records of one type, decided by the first record or {@link #TYPE}. */
    @Override
    public boolean holdsOneRecordType() {
        return true;
    }

    @Override
    public RecordWriter open(OutputStream out, DatasetInfo info, Options options) throws IOException {
        return new CsvFileWriter(out, CsvWriteSettings.of(options), options.get(TYPE));
    }
}
