package org.civicwatch.examples.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.Table;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.RecordType;
import org.civicwatch.redaction.Redaction;
import org.civicwatch.redaction.Redactor;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.spi.StandardOptions;

/**
 * Writes a dataset as Markdown tables, one per record type, for pasting into an issue tracker or a
 * wiki: what a third party's plugin looks like. It lists no field by hand: the columns come from the
 * field catalog ({@link Table#of(RecordType)}), so a field added to the model appears here unchanged.
 *
 * <p>Records arrive one at a time and are written at once; a new table starts when the record type
 * changes, so records must come grouped by type, as {@link org.civicwatch.model.Dataset#records()} gives
 * them: {@link #needsRecordsGrouped()} says so, and the registry's conversions group them. Markdown
 * cannot hold every value exactly (line breaks become {@code <br>}), so this format has no importer.
 *
 * <p>It honours the standard {@link StandardOptions#REDACT} through the core {@link Redactor}, as every
 * exporter can: {@code redact=private-names} leaves the names of private persons out of every cell and
 * {@code redact=personal-data} quoted source text too, with no field of the model named here.
 */
public final class MarkdownExporter implements Exporter {

    /** Only these columns, comma-separated; all of them when unset. */
    public static final Option<String> COLUMNS = Option.text("columns", null,
            "Write only these columns (comma-separated names, e.g. id,place_floor,count_value); all by default.");

    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("markdown").name("Markdown tables")
            .mediaType("text/markdown").extensions("md").options(COLUMNS, StandardOptions.REDACT)
            .description("One Markdown table per record type, for reading.").build();

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** True: a table is written per run of one record type, so the types must not interleave. */
    @Override
    public boolean needsRecordsGrouped() {
        return true;
    }

    @Override
    public RecordWriter open(OutputStream out, DatasetInfo info, Options options) throws IOException {
        String only = options.get(COLUMNS);
        List<String> wanted = only == null ? null : List.of(only.split(",")).stream().map(String::strip).toList();
        if (wanted != null) {
            List<String> known = java.util.Arrays.stream(RecordType.values())
                    .flatMap(t -> Table.of(t).get(0).columnNames().stream()).distinct().toList();
            for (String w : wanted) {
                if (!known.contains(w)) {
                    throw new org.civicwatch.spi.OptionException("option 'columns': no record type has a column '" + w
                            + "'; columns are " + String.join(", ", known));
                }
            }
        }
        Redaction redaction = Redaction.from(options, DESCRIPTOR);
        DatasetInfo shown = Redactor.redact(info, redaction);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# " + cell(shown.title() == null ? "civicwatch dataset" : shown.title()) + "\n");
        return Redactor.redacting(new RecordWriter() {
            private RecordType current;
            private List<String> columns;
            private boolean closed;

            @Override
            public void write(CivicRecord record) throws IOException {
                if (closed) {
                    throw new IllegalStateException("the writer is closed");
                }
                Table table = Table.of(record.recordType()).get(0);
                if (record.recordType() != current) {
                    current = record.recordType();
                    columns = wanted == null ? table.columnNames()
                            : table.columnNames().stream().filter(wanted::contains).toList();
                    w.write("\n## " + current.plural() + "\n\n| " + String.join(" | ", columns) + " |\n|"
                            + "---|".repeat(columns.size()) + "\n");
                }
                Map<String, String> cells = table.cells(record);
                StringBuilder row = new StringBuilder("|");
                for (String c : columns) {
                    row.append(' ').append(cell(cells.get(c))).append(" |");
                }
                w.write(row.append('\n').toString());
            }

            @Override
            public void close() throws IOException {
                closed = true;
                w.flush();
            }
        }, redaction);
    }

    /**
     * A value that cannot break the table or become markup, so that a reader sees it as it is: pipes, brackets
     * (no link can be made of data), backticks, emphasis and strike-through marks backslash-escaped,
     * {@code &} and {@code <} as entities (neither an entity in the data nor a tag is read as one), line breaks
     * as {@code <br>}.
     */
    static String cell(@CheckForNull String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', '|', '[', ']', '`', '*', '_', '~' -> out.append('\\').append(c);
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '\r' -> {
                    out.append("<br>");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("<br>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
