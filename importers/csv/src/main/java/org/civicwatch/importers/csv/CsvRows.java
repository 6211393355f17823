package org.civicwatch.importers.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;

/**
 * The rows of one CSV file, after its header, with the line each starts on: decoded in the file's charset
 * ({@link Charsets}), parsed by commons-csv, every row checked to have as many cells as the header. Every
 * error is a {@link DataException} naming the place; a row of the wrong length is reported to the read's
 * {@link Rejections} and passed over, with its text verbatim when reading leniently.
 */
final class CsvRows {
    /**
     * One row.
     *
     * @param cells its cells, one per header column
     * @param line the line it starts on
     * @param index its 1-based position among the file's rows, the header aside
     * @param raw its text exactly as in the file, line end included, when reading leniently; else null
     */
    record Row(String[] cells, long line, long index, @CheckForNull String raw) {
    }

    /**
     * Where the rows are and how to read them.
     *
     * @param source the input's name, for every location
     * @param file the file's name inside a package ({@code sightings.csv}), for messages; null for a lone file
     * @param charset the declared charset, or null to read a byte order mark or detect UTF-8 or windows-31j
     * @param delimiter the cell delimiter
     * @param quote the quote character
     * @param rowsBeforeHeader rows to pass over before the header (a title above a table)
     * @param blankNames whether header cells may be empty (a foreign file read through a mapping)
     */
    record Spec(String source, @CheckForNull String file, @CheckForNull Charset charset, char delimiter, char quote,
                int rowsBeforeHeader, boolean blankNames) {
        static Spec of(String source, @CheckForNull String file, @CheckForNull Charset charset) {
            return new Spec(source, file, charset, ',', '"', 0, false);
        }
    }

    private final Spec spec;
    private final Rejections rejections;
    private final CsvText text;
    private final Charsets.Choice charset;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final boolean capture;
    private final List<String> header;
    private final long headerLine;
    private final String rawHeader;
    private long linesRead;
    private long index;
    /** Read ahead by one record when keeping the text of rows: a row's text ends where the next begins. */
    private @CheckForNull CSVRecord ahead;
    private long aheadLine;
    private @CheckForNull DataException aheadError;
    private boolean ended;

    CsvRows(InputStream in, Spec spec, Rejections rejections) throws IOException {
        this.spec = spec;
        this.rejections = rejections;
        this.capture = rejections.lenient();
        BufferedInputStream buffered = new BufferedInputStream(in, Charsets.HEAD);
        buffered.mark(Charsets.HEAD);
        byte[] head = buffered.readNBytes(Charsets.HEAD);
        buffered.reset();
        this.charset = choose(head, head.length < Charsets.HEAD);
        buffered.skipNBytes(charset.bom());
        this.text = new CsvText(buffered, charset.charset(), charset.bom(), spec.delimiter(), spec.quote(), capture);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(spec.delimiter()).setQuote(spec.quote())
                .setIgnoreEmptyLines(false).setTrim(false).setIgnoreSurroundingSpaces(false).get();
        this.parser = CSVParser.builder().setReader(text).setFormat(format).get();
        this.records = parser.iterator();
        CSVRecord first = null;
        long firstLine = 0;
        for (int skip = 0; skip <= spec.rowsBeforeHeader(); skip++) {
            first = parseSkippingBlanks();
            firstLine = lastStart;
            if (first == null) {
                break;
            }
        }
        this.headerLine = first == null ? 1 : firstLine;
        // A rejects file starts with the header: the same cells, quoted the same way, with the file's line end.
        String lineEnd = parser.getFirstEndOfLine() == null ? "\n" : parser.getFirstEndOfLine();
        this.rawHeader = first == null ? "" : format.format((Object[]) first.values()) + lineEnd;
        this.header = first == null ? List.of() : List.of(checkedHeader(first.values()));
        this.parsedRows = 0;
    }

    private Charsets.Choice choose(byte[] head, boolean complete) {
        Charsets.Choice bom = Charsets.byteOrderMark(head);
        Charset declared = spec.charset();
        if (bom != null) {
            if (declared != null && !declared.equals(bom.charset())
                    && !(declared.equals(StandardCharsets.UTF_16) && bom.charset().name().startsWith("UTF-16"))) {
                throw error(1, 1, 0, null, "the file starts with a " + bom.charset().name() + " byte order mark, but"
                        + " the charset " + declared.name() + " was declared; declare " + bom.charset().name()
                        + " or leave the charset out");
            }
            return bom;
        }
        if (declared != null) {
            return new Charsets.Choice(declared, 0, false);
        }
        Charsets.Undecodable notUtf8 = Charsets.firstUndecodable(head, complete, StandardCharsets.UTF_8);
        if (notUtf8 == null) {
            return new Charsets.Choice(StandardCharsets.UTF_8, 0, true);
        }
        Charsets.Undecodable notSjis = Charsets.firstUndecodable(head, complete, Charsets.WINDOWS_31J);
        if (notSjis == null) {
            return new Charsets.Choice(Charsets.WINDOWS_31J, 0, true);
        }
        Charsets.Undecodable later = notUtf8.offset() >= notSjis.offset() ? notUtf8 : notSjis;
        throw error(later.line(), 0, 0, null, "cannot tell the charset: the file is neither UTF-8 (bytes "
                + notUtf8.bytes() + " at byte " + notUtf8.offset() + ", line " + notUtf8.line() + ") nor windows-31j,"
                + " that is Shift_JIS (bytes " + notSjis.bytes() + " at byte " + notSjis.offset() + ", line "
                + notSjis.line() + "). Declare its charset: the option charset (charset=euc-jp, charset=utf-16...)"
                + " or \"charset\" in a column-mapping file");
    }

    private String[] checkedHeader(String[] names) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (name.isEmpty()) {
                if (spec.blankNames()) {
                    continue;
                }
                throw error(headerLine, i + 1, 0, null, "column " + (i + 1) + " has no name in the header; every"
                        + " column needs one (found: " + String.join(", ", names) + ")");
            }
            Integer before = seen.put(name, i + 1);
            if (before != null) {
                throw error(headerLine, i + 1, 0, name, "the header names column '" + name + "' twice, as columns "
                        + before + " and " + (i + 1) + "; each column may appear once");
            }
        }
        return names;
    }

    /** {@return the header's column names; empty for an empty file} */
    List<String> header() {
        return header;
    }

    /** {@return the line the header is on} */
    long headerLine() {
        return headerLine;
    }

    /** {@return the header as a line of this file's CSV, line end included, for a file of rejected rows} */
    String rawHeader() {
        return rawHeader;
    }

    /** {@return the file's charset} */
    Charset charset() {
        return charset.charset();
    }


    /**
     * The next row with as many cells as the header; rows of another length are reported and passed over.
     *
     * @return the row, or null at the end of the file
     * @throws DataException for input that cannot be read on (bad bytes, an unterminated quote), or in strict
     *     mode for a row of the wrong length
     * @throws IOException if the input cannot be read
     */
    @CheckForNull
    Row next() throws IOException {
        while (true) {
            CSVRecord r;
            long line;
            if (capture) {
                if (ended) {
                    return null;
                }
                if (ahead == null && aheadError == null) {
                    ahead = parseSkippingBlanks();
                    aheadLine = lastStart;
                }
                if (aheadError != null) {
                    DataException e = aheadError;
                    aheadError = null;
                    ended = true;
                    throw e;
                }
                r = ahead;
                line = aheadLine;
                if (r == null) {
                    ended = true;
                    return null;
                }
                // The row's text ends where the next row starts: read that one now.
                ahead = null;
                try {
                    ahead = parseSkippingBlanks();
                    aheadLine = lastStart;
                } catch (DataException e) {
                    aheadError = e;
                }
            } else {
                r = parseSkippingBlanks();
                if (r == null) {
                    return null;
                }
                line = lastStart;
            }
            String raw = null;
            if (capture) {
                raw = text.take(r.getCharacterPosition(), ahead == null ? text.delivered() : ahead.getCharacterPosition());
                if (aheadError != null) {
                    // The next row could not be read, so this one ends at its own line end, not where that one starts.
                    raw = raw.substring(0, endOfRow(raw));
                }
            }
            long at = ++index;
            String[] cells = r.values();
            if (cells.length != header.size()) {
                rejections.reject(this, error(line, 0, at, null, "the row has " + cells.length + " cell"
                        + (cells.length == 1 ? "" : "s") + " but the header has " + header.size() + " columns ("
                        + String.join(", ", header) + "); a cell holding the delimiter or a line break must be quoted"),
                        raw);
                continue;
            }
            return new Row(cells, line, at, raw);
        }
    }

    /** {@return where the first row of a text ends: after its first line end outside quotes} */
    private int endOfRow(String raw) {
        boolean quoted = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == spec.quote()) {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                return c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return raw.length();
    }

    /** The line the record last parsed starts on. */
    private long lastStart;

    /** Blank lines come back from the parser as one empty cell; they are no rows. */
    @CheckForNull
    private CSVRecord parseSkippingBlanks() {
        long start = linesRead + 1;
        CSVRecord r = parse();
        while (r != null && isBlank(r)) {
            start = linesRead + 1;
            r = parse();
        }
        lastStart = start;
        if (r != null) {
            parsedRows++;
        }
        return r;
    }

    /** How many rows the parser has given, read ahead or not: the next one to fail is the one after. */
    private long parsedRows;

    private static boolean isBlank(CSVRecord r) {
        return r.size() == 1 && r.get(0).isEmpty();
    }

    @CheckForNull
    private CSVRecord parse() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            linesRead = parser.getCurrentLineNumber();
            return r;
        } catch (UncheckedIOException e) {
            throw translate(e.getCause());
        } catch (IllegalStateException e) {
            // commons-csv wraps some read failures this way; the cause says what happened.
            throw translate(e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }

    private RuntimeException translate(IOException cause) {
        if (cause instanceof CsvText.UndecodableException u) {
            String declare = charset.detected() && charset.charset().equals(StandardCharsets.UTF_8)
                    ? "; its first " + Charsets.HEAD + " bytes read as UTF-8. If the file is windows-31j (Shift_JIS),"
                    + " declare it: the option charset=windows-31j, or \"charset\" in a column-mapping file"
                    : charset.detected() ? "; declare the file's charset with the option charset"
                    : "; check the declared charset, or that the file was saved completely";
            return error(u.line, u.column, parsedRows + 1, null, "the bytes " + u.bytes + " at byte " + u.offset
                    + " are not " + charset.charset().name() + " text" + declare);
        }
        if (cause instanceof CSVException) {
            long[] open = text.openQuote();
            long[] junk = text.junkAfterQuote();
            if (junk != null && (open == null || junk[0] <= open[0])) {
                return error(junk[0], junk[1], parsedRows + 1, columnName((int) junk[3]), "'" + (char) junk[2] + "' follows the"
                        + " closing quote of a cell, where the delimiter or the line end should be; a quote inside a"
                        + " quoted cell is written twice (\"\")");
            }
            if (open != null) {
                return error(open[0], open[1], parsedRows + 1, columnName((int) open[2]), "the quote that opens this cell"
                        + " is never closed, so the rest of the file would be one cell; close it, or write a quote"
                        + " inside a quoted cell twice (\"\")");
            }
            return error(linesRead + 1, 0, parsedRows + 1, null, "the CSV cannot be read here; check the quotes on this"
                    + " line");
        }
        return new UncheckedIOException(cause);
    }

    /** The name of a 1-based cell, or null: also while the header itself is read, when there is none yet. */
    @CheckForNull
    private String columnName(int cell) {
        return header != null && cell >= 1 && cell <= header.size() ? header.get(cell - 1) : null;
    }

    /**
     * {@return an error at a place in this file}
     *
     * @param line the line, 0 when unknown
     * @param column the 1-based cell or character, 0 when unknown
     * @param record the row's index, 0 for the file as a whole
     * @param field the column's name, or null
     * @param detail what is wrong and what to do
     */
    DataException error(long line, long column, long record, @CheckForNull String field, String detail) {
        return new DataException(new Location(spec.source(), line, column, record, field),
                spec.file() == null ? detail : "in " + spec.file() + ": " + detail);
    }


    /** {@return the file's name for messages: its name inside a package, else the source} */
    String name() {
        return spec.file() == null ? spec.source() : spec.file();
    }


    /** {@return cells with the given columns' values restored from neutralised formulas} */
    static String[] restore(String[] cells, boolean[] text) {
        for (int i = 0; i < cells.length && i < text.length; i++) {
            if (text[i] && cells[i] != null) {
                cells[i] = org.civicwatch.catalog.SpreadsheetSafety.restore(cells[i]);
            }
        }
        return cells;
    }


    @Override
    public String toString() {
        return "CsvRows[" + name() + ", " + Arrays.toString(header.toArray()) + "]";
    }
}
