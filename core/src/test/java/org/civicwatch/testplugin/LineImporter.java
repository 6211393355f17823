package org.civicwatch.testplugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.Problems;
import org.civicwatch.spi.RecordReader;

/** Reads the test line format. */
public class LineImporter implements Importer {

    @Override
    public FormatDescriptor descriptor() {
        return LineFormat.DESCRIPTOR;
    }

    @Override
    public Detection detect(byte[] head, String fileName) {
        return new String(head, StandardCharsets.UTF_8).startsWith("info {") ? Detection.FULL
                : Importer.super.detect(head, fileName);
    }

    @Override
    public RecordReader open(InputStream in, String sourceName, Options options) {
        Problems problems = new Problems(options);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)));
        return new RecordReader() {
            private DatasetInfo info = DatasetInfo.EMPTY;
            private Location location = Location.of(sourceName);
            private long line;
            private long record;

            @Override
            public CivicRecord next() throws IOException {
                while (true) {
                    String text;
                    try {
                        text = lines.readLine();
                    } catch (java.nio.charset.CharacterCodingException e) {
                        throw new DataException(Location.at(sourceName, line + 1, 1), "the input is not UTF-8 text");
                    }
                    if (text == null) {
                        return null;
                    }
                    line++;
                    int space = text.indexOf(' ');
                    String type = space < 0 ? text : text.substring(0, space);
                    location = new Location(sourceName, line, 1, type.equals("info") ? 0 : record + 1, null);
                    try {
                        if (space < 0) {
                            throw new DataException(location, "expected a type and a record");
                        }
                        LineFormat.Parser p = new LineFormat.Parser(text, space + 1, location);
                        Object tree = p.value();
                        if (!p.atEnd() || !(tree instanceof Map<?, ?> map)) {
                            throw p.error("unexpected text after the record");
                        }
                        @SuppressWarnings("unchecked")
                        Map<String, Object> values = (Map<String, Object>) map;
                        if (type.equals("info")) {
                            if (line > 1) {
                                throw new DataException(location, "the info line must be the first line");
                            }
                            info = FieldCatalog.DATASET_INFO.create(values);
                            continue;
                        }
                        RecordType t = RecordType.named(type).orElseThrow(() ->
                                new DataException(location, "unknown record type '" + type + "'"));
                        record++;
                        return FieldCatalog.schema(t).create(values);
                    } catch (ModelException e) {
                        problems.report(DataException.of(location, e), text);
                    } catch (DataException e) {
                        problems.report(e, text);
                    }
                }
            }

            @Override
            public DatasetInfo info() {
                return info;
            }

            @Override
            public boolean infoComplete() {
                // The info line is the first; after it, or after a first line without it, nothing changes it.
                return line > 0;
            }

            @Override
            public Location location() {
                return location;
            }

            @Override
            public List<Problem> problems() {
                return problems.list();
            }

            @Override
            public void close() {
                // The stream belongs to the caller.
            }
        };
    }
}
