package org.civicwatch.importers.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.CheckForNull;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problems;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;

/**
 * Reads a single CSV file of one record type (format {@code csv}), one record a row, streaming: the file
 * the CSV exporter writes, or, with a column-mapping file ({@link CsvReadSettings#MAPPING}), another
 * publisher's list. The record type comes from the option {@link CsvReadSettings#TYPE}, else the header
 * (whose columns are one type's), else the file name ({@code sightings.csv}).
 *
 * <p>Errors name the line, the row, the column and what to do:
 * {@code sightings.csv:14:5: record 13, field 'device': "cam" is not one of camera, ...}. In lenient mode
 * a bad row is reported, handed to the rejected sink and, with {@link CsvReadSettings#REJECTS}, written
 * verbatim to a rejects file.
 *
 * <pre>{@code
 * Dataset d = CivicWatch.read(Path.of("sightings.csv"));
 * Dataset city = CivicWatch.read(Path.of("cameras.csv"), "csv",
 *         Options.EMPTY.with(CsvReadSettings.MAPPING, "city-cameras.mapping.json"));
 * }</pre>
 */
public final class CsvImporter implements Importer {
    private static final List<Option<?>> OPTIONS;

    static {
        List<Option<?>> o = new ArrayList<>(StandardOptions.READING);
        o.addAll(List.of(CsvReadSettings.CHARSET, CsvReadSettings.NEUTRALISE_FORMULAS, CsvReadSettings.TYPE,
                CsvReadSettings.MAPPING, CsvReadSettings.REJECTS));
        OPTIONS = List.copyOf(o);
    }

    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("csv").name("CSV").mediaType("text/csv")
            .extensions("csv").options(OPTIONS).description("One record type as a CSV file, one record a row; other"
                    + " publishers' CSV files through a column-mapping file.")
            .build();

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * {@link Detection#SOLID} when the first line is a header of one record type's columns, else
     * {@link Detection#WEAK} for a {@code .csv} name.
     */
    @Override
    public Detection detect(byte[] head, @CheckForNull String fileName) {
        int start = Charsets.byteOrderMark(head) != null && head[0] == (byte) 0xEF ? 3 : 0;
        int end = start;
        while (end < head.length && head[end] != '\n' && head[end] != '\r') {
            end++;
        }
        if (end < head.length) {
            String line = new String(head, start, end - start, StandardCharsets.UTF_8);
            List<String> names = List.of(line.split(",", -1));
            if (names.contains("id") && RecordTypes.fromHeader(names) != null) {
                return Detection.SOLID;
            }
        }
        return Importer.super.detect(head, fileName);
    }

    @Override
    public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
        CsvReadSettings settings = CsvReadSettings.of(options);
        Rejections rejections = new Rejections(new Problems(options), settings.rejects(), false);
        if (settings.mapping() != null) {
            return new MappedReader(in, sourceName, settings, settings.mapping(), rejections);
        }
        return new CsvFileReader(in, sourceName, settings, rejections);
    }
}
