package org.civicwatch.examples.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor the CSV plugins are measured against: what a converter written by hand for one file reaches.
 * It moves cells as strings between commons-csv and a Jackson generator or parser, knowing nothing of
 * records: no types, no validation, no nesting, no dates or floors read.
 */
final class CsvFloor {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CsvFloor() {
    }

    /**
     * CSV to JSON Lines: each row becomes {@code {"type":"sighting","record":{column: cell, ...}}}, empty
     * cells left out.
     *
     * @return the rows converted
     */
    static long csvToJsonLines(Path csv, Path jsonl) throws IOException {
        long rows = 0;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.parse(in);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonl), 1 << 16);
             JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            String[] header = null;
            for (CSVRecord r : parser) {
                String[] cells = r.values();
                if (header == null) {
                    header = cells;
                    continue;
                }
                g.writeStartObject();
                g.writeStringProperty("type", "sighting");
                g.writeName("record");
                g.writeStartObject();
                for (int i = 0; i < cells.length; i++) {
                    if (!cells[i].isEmpty()) {
                        g.writeStringProperty(header[i], cells[i]);
                    }
                }
                g.writeEndObject();
                g.writeEndObject();
                g.writeRaw('\n');
                rows++;
            }
        }
        return rows;
    }

    /**
     * JSON Lines of flat records, as {@link #csvToJsonLines} writes them, to CSV with a given header.
     *
     * @return the rows converted
     */
    static long jsonLinesToCsv(Path jsonl, List<String> header, Path csv) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            String[] cells = new String[header.size()];
            for (String line; (line = in.readLine()) != null; ) {
                java.util.Arrays.fill(cells, null);
                try (JsonParser p = JSON.createParser(line)) {
                    int depth = 0;
                    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                        if (t == JsonToken.START_OBJECT) {
                            depth++;
                        } else if (t == JsonToken.END_OBJECT) {
                            depth--;
                        } else if (t == JsonToken.VALUE_STRING && depth == 2) {
                            Integer at = index.get(p.currentName());
                            if (at != null) {
                                cells[at] = p.getString();
                            }
                        }
                    }
                }
                printer.printRecord((Object[]) cells);
                rows++;
            }
        }
        return rows;
    }
}
