package org.civicwatch.exporters.csv;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.DataPackages;
import org.civicwatch.catalog.JsonText;
import org.civicwatch.catalog.Table;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.spi.TemporaryFolder;

/**
 * Writes the tables of a data package into a folder as records arrive, then its descriptor; for a zip,
 * the folder is a temporary one, packed into the output (descriptor first) and deleted on close.
 */
final class DataPackageWriter implements RecordWriter {
    /** Zip entries carry a fixed time, so that the same dataset gives the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final Map<RecordType, List<Table>> TABLES = new EnumMap<>(RecordType.class);

    static {
        for (Table t : DataPackages.tables()) {
            TABLES.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t);
        }
    }

    private final Path folder;
    /** For a zip, the folder the tables are written in before they are packed. */
    private final @CheckForNull TemporaryFolder work;
    private final @CheckForNull OutputStream zip;
    private final boolean closesZip;
    private DatasetInfo info;
    private final CsvWriteSettings settings;
    private final Map<Table, TableFile> files = new LinkedHashMap<>();
    private boolean closed;

    private DataPackageWriter(Path folder, @CheckForNull TemporaryFolder work, @CheckForNull OutputStream zip,
                              boolean closesZip, DatasetInfo info, CsvWriteSettings settings) {
        this.folder = folder;
        this.work = work;
        this.zip = zip;
        this.closesZip = closesZip;
        this.info = info;
        this.settings = settings;
    }

    static DataPackageWriter folder(Path folder, DatasetInfo info, CsvWriteSettings settings) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new FileAlreadyExistsException(folder.toString(), null, "is a file; a data package is written as a"
                    + " folder, or as a zip when the name ends in .zip");
        }
        Files.createDirectories(folder);
        return new DataPackageWriter(folder, null, null, false, info, settings);
    }

    /** A zip on a caller's stream, which stays open. */
    static DataPackageWriter zip(OutputStream out, DatasetInfo info, CsvWriteSettings settings) throws IOException {
        TemporaryFolder work = TemporaryFolder.create("civicwatch-datapackage-");
        return new DataPackageWriter(work.path(), work, out, false, info, settings);
    }

    /** A zip on a file the exporter opened, closed with the writer. */
    static DataPackageWriter zipFile(OutputStream out, DatasetInfo info, CsvWriteSettings settings) throws IOException {
        TemporaryFolder work = TemporaryFolder.create("civicwatch-datapackage-");
        return new DataPackageWriter(work.path(), work, out, true, info, settings);
    }

    /** One table's CSV file, opened when its first row comes. */
    private static final class TableFile {
        final Path path;
        final Writer out;
        final RowPrinter rows;
        final ColumnValues values;
        /** The row being printed, filled anew for each record or element. */
        final String[] cells;

        TableFile(Path path, Table table, CsvWriteSettings settings) throws IOException {
            this.path = path;
            this.out = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
            this.rows = new RowPrinter(out, settings, table.header(), Columns.text(table));
            this.values = new ColumnValues(table);
            this.cells = new String[table.header().size()];
        }
    }

    private TableFile file(Table table) throws IOException {
        TableFile f = files.get(table);
        if (f == null) {
            f = new TableFile(folder.resolve(table.name() + ".csv"), table, settings);
            files.put(table, f);
        }
        return f;
    }

    @Override
    public void write(CivicRecord record) throws IOException {
        if (closed) {
            throw new IllegalStateException("the data package writer is closed");
        }
        List<Table> tables = TABLES.get(record.recordType());
        TableFile main = file(tables.get(0));
        main.values.fill(record, main.cells, 0);
        main.rows.print(main.cells);
        for (int t = 1; t < tables.size(); t++) {
            Table child = tables.get(t);
            List<?> elements = (List<?>) child.list().get(record);
            if (elements == null || elements.isEmpty()) {
                continue;
            }
            TableFile f = file(child);
            for (int i = 0; i < elements.size(); i++) {
                f.cells[0] = record.id();
                f.cells[1] = Integer.toString(i + 1);
                f.values.fill(elements.get(i), f.cells, 2);
                f.rows.print(f.cells);
            }
        }
    }

    /** The descriptor is written at close, so the complete info simply replaces the first. */
    @Override
    public void lateInfo(DatasetInfo complete) {
        this.info = complete;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // Every record type's table is listed, even when empty, so that a reader sees every type's columns.
            for (List<Table> tables : TABLES.values()) {
                file(tables.get(0));
            }
            List<Map<String, Object>> resources = new ArrayList<>();
            for (Table t : DataPackages.tables()) {
                TableFile f = files.get(t);
                if (f == null) {
                    continue;
                }
                f.rows.flush();
                f.out.close();
                resources.add(DataPackages.resource(t, t.name() + ".csv", storage()));
            }
            Map<String, Object> layout = new LinkedHashMap<>();
            layout.put("formulasNeutralised", settings.formulasNeutralised());
            String json = JsonText.write(DataPackages.descriptor(info, resources, layout), true) + "\n";
            Files.writeString(folder.resolve(DataPackages.DESCRIPTOR), json, StandardCharsets.UTF_8);
            if (zip != null) {
                pack(zip);
            }
        } finally {
            for (TableFile f : files.values()) {
                f.out.close();
            }
            if (work != null) {
                work.close();
            }
            if (zip != null && closesZip) {
                zip.close();
            }
        }
    }

    private Map<String, Object> storage() {
        Map<String, Object> dialect = new LinkedHashMap<>();
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", settings.lineEnd());
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("format", "csv");
        s.put("mediatype", "text/csv");
        s.put("encoding", "utf-8");
        s.put("dialect", dialect);
        return s;
    }

    private void pack(OutputStream out) throws IOException {
        // The caller's stream stays open: the zip is finished, not closed.
        ZipOutputStream z = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, StandardCharsets.UTF_8);
        entry(z, DataPackages.DESCRIPTOR, folder.resolve(DataPackages.DESCRIPTOR));
        for (TableFile f : files.values()) {
            entry(z, f.path.getFileName().toString(), f.path);
        }
        z.finish();
        z.flush();
    }

    private static void entry(ZipOutputStream z, String name, Path file) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        z.putNextEntry(e);
        Files.copy(file, z);
        z.closeEntry();
    }
}
