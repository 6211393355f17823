package org.civicwatch.importers.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.DataPackages;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problems;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;
import org.civicwatch.spi.TemporaryFolder;

/**
 * Reads a Frictionless Data Package (format {@code datapackage}) as the CSV exporter writes it: a folder, or
 * a zip, with {@code datapackage.json} and one CSV file per table. The descriptor says which tables there
 * are, their files, charsets and dialects; each record type's rows are read with the rows of its lists
 * ({@code filings_events.csv}) that follow them in the same order, one record in memory at a time.
 *
 * <p>A zip is unpacked into a private temporary folder first, safely: entries that would land outside it,
 * and zips with too many entries, too large or too highly compressed (a zip bomb) are refused before
 * anything is read ({@link CsvReadSettings.ZipLimits}). A resource path that leaves the package, or a link
 * to a file outside it, is refused too.
 *
 * <pre>{@code
 * Dataset d = CivicWatch.read(Path.of("gunma-2017.zip"));    // or the folder, or its datapackage.json
 * }</pre>
 */
public final class DataPackageImporter implements Importer {
    private static final List<Option<?>> OPTIONS;

    static {
        List<Option<?>> o = new ArrayList<>(StandardOptions.READING);
        o.addAll(List.of(CsvReadSettings.REJECTS, CsvReadSettings.MAX_ZIP_ENTRIES, CsvReadSettings.MAX_ZIP_ENTRY_SIZE,
                CsvReadSettings.MAX_ZIP_SIZE, CsvReadSettings.MAX_ZIP_RATIO));
        OPTIONS = List.copyOf(o);
    }

    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("datapackage").name("CSV data package")
            .mediaType("application/zip").extensions("zip").options(OPTIONS)
            .description("A Frictionless Data Package: datapackage.json and one CSV file per record type and list, as"
                    + " a folder or a zip.")
            .build();
    private static final byte[] DESCRIPTOR_NAME = DataPackages.DESCRIPTOR.getBytes(StandardCharsets.US_ASCII);

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * {@link Detection#FULL} for a zip whose first entry is {@code datapackage.json}, and for that file
     * itself; {@link Detection#SOLID} for another zip named {@code .zip}.
     */
    @Override
    public Detection detect(byte[] head, @CheckForNull String fileName) {
        if (fileName != null && Path.of(fileName).getFileName() != null
                && Path.of(fileName).getFileName().toString().equals(DataPackages.DESCRIPTOR)) {
            return Detection.FULL;
        }
        boolean zip = head.length >= 30 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (!zip) {
            return Detection.NONE;
        }
        int nameLength = (head[26] & 0xff) | (head[27] & 0xff) << 8;
        if (nameLength == DESCRIPTOR_NAME.length && head.length >= 30 + nameLength
                && java.util.Arrays.equals(head, 30, 30 + nameLength, DESCRIPTOR_NAME, 0, nameLength)) {
            return Detection.FULL;
        }
        return fileName != null && DESCRIPTOR.matchesFileName(fileName) ? Detection.SOLID : Detection.NONE;
    }

    /** Reads a zip from a stream the caller owns; it is read to its end and stays open. */
    @Override
    public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
        CsvReadSettings settings = CsvReadSettings.of(options);
        Rejections rejections = new Rejections(new Problems(options), settings.rejects(), true);
        TemporaryFolder unpacked = SafeZip.unpack(in, sourceName, settings.zipLimits());
        try {
            return new DataPackageReader(unpacked.path(), sourceName, unpacked, rejections);
        } catch (IOException | RuntimeException e) {
            unpacked.close();
            throw e;
        }
    }

    /** Reads a package folder, its {@code datapackage.json}, or a zip file. */
    @Override
    public RecordReader open(Path path, Options options) throws IOException {
        Path name = path.getFileName();
        String source = name == null ? path.toString() : name.toString();
        if (Files.isDirectory(path) || source.equals(DataPackages.DESCRIPTOR)) {
            CsvReadSettings settings = CsvReadSettings.of(options);
            Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
            return new DataPackageReader(folder, source, null,
                    new Rejections(new Problems(options), settings.rejects(), true));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return open(in, source, options);
        }
    }

    @Override
    public boolean readsDirectories() {
        return true;
    }
}
