package org.civicwatch.exporters.json;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.importers.json.JsonImporter;
import org.civicwatch.importers.json.JsonLinesImporter;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.RecordWriter;

/**
 * Not a test: measures writing and reading N records (the sample dataset's records, copied under new
 * ids) in both forms, and the peak heap of reading. Run with
 * {@code java -cp <test class path> org.civicwatch.exporters.json.JsonBenchmark [records]}.
 */
public final class JsonBenchmark {
    private JsonBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        List<CivicRecord> templates = sample.records().toList();
        Path dir = Files.createTempDirectory("civicwatch-bench");
        for (int round = 0; round < 2; round++) {
            boolean report = round == 1;
            run("json", new JsonExporter(), new JsonImporter(), Options.EMPTY, templates, sample, n, dir, report);
            run("json (compact)", new JsonExporter(), new JsonImporter(), Options.EMPTY.with(JsonExporter.PRETTY, false),
                    templates, sample, n, dir, report);
            run("jsonl", new JsonLinesExporter(), new JsonLinesImporter(), Options.EMPTY, templates, sample, n, dir,
                    report);
        }
    }

    private static void run(String name, Exporter exporter, Importer importer, Options options,
                            List<CivicRecord> templates, Dataset sample, int n, Path dir, boolean report)
            throws IOException {
        Path file = dir.resolve("bench." + exporter.descriptor().id());
        long t0 = System.nanoTime();
        try (RecordWriter w = exporter.open(file, sample.info(), options)) {
            // Records must come grouped by type for the document form: copy each type's records in turn.
            for (var type : org.civicwatch.model.RecordType.values()) {
                List<CivicRecord> ofType = templates.stream().filter(r -> r.recordType() == type).toList();
                for (int i = type.ordinal(); i < n; i += 4) {
                    w.write(copy(ofType.get(i / 4 % ofType.size()), i));
                }
            }
        }
        long t1 = System.nanoTime();
        System.gc();
        resetPeaks();
        long base = heapUsed();
        long count = 0;
        try (RecordReader r = importer.open(file, Options.EMPTY)) {
            while (r.next() != null) {
                count++;
            }
        }
        long t2 = System.nanoTime();
        long peak = peakHeap();
        if (report) {
            System.out.printf(Locale.ROOT, "%-15s %,d records, %,d MB: write %,.0f records/s (%.1f MB/s), read %,.0f"
                            + " records/s (%.1f MB/s), read peak heap %,d MB (%,d MB above the start)%n",
                    name, count, Files.size(file) >> 20, n / ((t1 - t0) / 1e9), Files.size(file) / 1e6 / ((t1 - t0) / 1e9),
                    count / ((t2 - t1) / 1e9), Files.size(file) / 1e6 / ((t2 - t1) / 1e9), peak >> 20, (peak - base) >> 20);
        }
        Files.delete(file);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CivicRecord copy(CivicRecord template, int i) {
        ObjectSchema schema = FieldCatalog.schemaOf(template);
        Map<String, Object> tree = new LinkedHashMap<>(schema.toTree(template));
        tree.put("id", template.id() + "-" + i);
        tree.remove("related");
        tree.remove("precededBy");
        return (CivicRecord) schema.create(tree);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
