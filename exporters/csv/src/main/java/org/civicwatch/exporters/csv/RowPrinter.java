package org.civicwatch.exporters.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.civicwatch.catalog.SpreadsheetSafety;

/**
 * Prints the rows of one CSV file: the byte order mark and header first, then each row with its text
 * cells neutralised where the settings say so. Cells go one by one through commons-csv's quoting
 * ({@link CSVFormat#print(Object, Appendable, boolean)}) into a buffer of characters that is handed to the
 * writer in blocks. Flushing leaves the writer open.
 */
final class RowPrinter {
    private final CSVFormat format;
    private final Buffer out;
    private final boolean[] text;
    private final boolean neutralise;

    /** Characters gathered for the writer: strings are copied in whole, never one character at a time. */
    private static final class Buffer implements Appendable {
        private final Writer writer;
        private final char[] chars = new char[1 << 13];
        private int size;

        Buffer(Writer writer) {
            this.writer = writer;
        }

        @Override
        public Appendable append(CharSequence s) throws IOException {
            return append(s, 0, s.length());
        }

        @Override
        public Appendable append(CharSequence s, int start, int end) throws IOException {
            int n = end - start;
            if (n > chars.length - size) {
                flush();
                if (n > chars.length) {
                    writer.append(s, start, end);
                    return this;
                }
            }
            if (s instanceof String string) {
                string.getChars(start, end, chars, size);
            } else {
                for (int i = start; i < end; i++) {
                    chars[size + i - start] = s.charAt(i);
                }
            }
            size += n;
            return this;
        }

        @Override
        public Appendable append(char c) throws IOException {
            if (size == chars.length) {
                flush();
            }
            chars[size++] = c;
            return this;
        }

        void flush() throws IOException {
            writer.write(chars, 0, size);
            size = 0;
        }
    }

    /**
     * @param out where the file's characters go (UTF-8 encoded by the caller)
     * @param settings how to write
     * @param header the column names
     * @param text per column, whether it holds text that a spreadsheet could run
     */
    RowPrinter(Writer out, CsvWriteSettings settings, List<String> header, boolean[] text) throws IOException {
        this.format = settings.format();
        this.out = new Buffer(out);
        if (settings.byteOrderMark()) {
            this.out.append('\uFEFF');
        }
        this.text = text.clone();
        this.neutralise = settings.formulasNeutralised();
        for (int i = 0; i < header.size(); i++) {
            format.print(header.get(i), this.out, i == 0);
        }
        format.println(this.out);
    }

    /** Prints one row; cells are null where absent. */
    void print(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            if (neutralise && text[i] && cell != null) {
                cell = SpreadsheetSafety.neutralise(cell);
            }
            format.print(cell, out, i == 0);
        }
        format.println(out);
    }

    void flush() throws IOException {
        out.flush();
        out.writer.flush();
    }
}
