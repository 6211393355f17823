package org.civicwatch.importers.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.Column;
import org.civicwatch.catalog.DataPackages;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.JsonText;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.catalog.RowDecoder;
import org.civicwatch.catalog.SpreadsheetSafety;
import org.civicwatch.catalog.Table;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.MessageText;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.OptionException;
import org.civicwatch.spi.TemporaryFolder;

/**
 * Reads a data package folder: its descriptor first (which tables, in which files, charsets and dialects,
 * whether formulas were neutralised, the dataset info), then record type by record type the main table's
 * rows, each joined with the rows of its child tables that follow in the same order. Memory holds one
 * record at a time.
 */
final class DataPackageReader extends CsvRecordReader {
    private static final int MAX_DESCRIPTOR = 16 << 20;

    /** One table's file, as the descriptor describes it. */
    private record Resource(Table table, Path file, @CheckForNull Charset charset, char delimiter, char quote) {
    }

    private final Path folder;
    private final @CheckForNull TemporaryFolder owned;
    private final DatasetInfo info;
    private final boolean formulas;
    private final Map<Table, Resource> resources = new LinkedHashMap<>();
    private final Iterator<RecordType> types = Arrays.asList(RecordType.values()).iterator();
    private @CheckForNull TypeReader current;

    /**
     * @param folder the package's folder
     * @param source the name errors give (the folder or zip as the caller named it)
     * @param owned a temporary folder to delete on close (an unpacked zip), or null
     * @param rejections where problems go
     */
    DataPackageReader(Path folder, String source, @CheckForNull TemporaryFolder owned, Rejections rejections)
            throws IOException {
        super(source, rejections);
        this.folder = folder;
        this.owned = owned;
        Path descriptorFile = folder.resolve(DataPackages.DESCRIPTOR);
        if (!Files.isRegularFile(descriptorFile)) {
            throw new DataException(Location.at(source, 1, 0), "the package has no " + DataPackages.DESCRIPTOR + " at"
                    + " its top; a data package is a folder or zip with datapackage.json beside its CSV files");
        }
        if (Files.size(descriptorFile) > MAX_DESCRIPTOR) {
            throw descriptorError(1, DataPackages.DESCRIPTOR + " is larger than " + MAX_DESCRIPTOR + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(descriptorFile)))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw descriptorError(1, "it is not UTF-8 text; a descriptor is JSON in UTF-8");
        }
        Map<String, Object> descriptor = parseDescriptor(text);
        Object own = descriptor.get(DataPackages.MEMBER);
        if (own != null && !(own instanceof Map)) {
            throw descriptorError(lineOf(text, DataPackages.MEMBER), "\"" + DataPackages.MEMBER + "\" must be an object");
        }
        Map<?, ?> member = own == null ? Map.of() : (Map<?, ?>) own;
        Object version = member.get("version");
        if (version != null && !DataPackages.VERSION.equals(version)) {
            throw descriptorError(lineOf(text, "version"), "the package was written in civicwatch layout version "
                    + version + "; this reader reads version " + DataPackages.VERSION);
        }
        this.formulas = Boolean.TRUE.equals(member.get("formulasNeutralised"));
        try {
            this.info = DataPackages.info(descriptor);
        } catch (ModelException e) {
            String last = e.field() == null ? DataPackages.MEMBER : e.field().replaceAll(".*\\.", "");
            throw new DataException(new Location(source, lineOf(text, last), 0, 0, e.field()),
                    "in " + DataPackages.DESCRIPTOR + ": " + e.reason(), e);
        }
        readResources(descriptor, text);
    }

    private Map<String, Object> parseDescriptor(String text) {
        Object tree;
        try {
            tree = JsonText.parse(text);
        } catch (JsonText.MalformedJsonException e) {
            throw new DataException(Location.at(source, e.line(), e.column()), "in " + DataPackages.DESCRIPTOR
                    + ": malformed JSON: " + e.reason());
        }
        if (!(tree instanceof Map)) {
            throw descriptorError(1, "a descriptor is a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) tree;
        return map;
    }

    private void readResources(Map<String, Object> descriptor, String text) {
        if (!(descriptor.get("resources") instanceof List<?> list) || list.isEmpty()) {
            throw descriptorError(lineOf(text, "resources"), "\"resources\" must be an array of at least one"
                    + " resource");
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> r)) {
                throw descriptorError(lineOf(text, "resources"), "each resource must be an object");
            }
            String name = r.get("name") instanceof String s ? s : null;
            int line = name == null ? lineOf(text, "resources") : lineOf(text, name);
            Table table = name == null ? null : DataPackages.table(name).orElse(null);
            if (table == null) {
                throw descriptorError(line, "resource " + (name == null ? "without a name" : "'" + name + "'")
                        + " is not a civicwatch table; the tables are " + String.join(", ",
                        DataPackages.tables().stream().map(Table::name).toList()));
            }
            if (resources.containsKey(table)) {
                throw descriptorError(line, "resource '" + name + "' is listed twice");
            }
            resources.put(table, resource(table, r, line));
        }
    }

    private Resource resource(Table table, Map<?, ?> r, int line) {
        if (!(r.get("path") instanceof String path)) {
            throw descriptorError(line, "resource '" + table.name() + "' needs a \"path\": one file in the package"
                    + (r.get("path") instanceof List ? " (a resource split over several files is not read)" : ""));
        }
        boolean escapes = path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("://")
                || path.matches("^[A-Za-z]:.*") || Arrays.asList(path.split("/")).contains("..");
        Path file = folder.resolve(path).normalize();
        if (escapes || !file.startsWith(folder.normalize())) {
            throw descriptorError(line, "resource '" + table.name() + "' has the path " + MessageText.quote(path) + ", which is not"
                    + " inside the package; paths are relative, without '..', and remote data is not read");
        }
        if (!Files.isRegularFile(file)) {
            throw descriptorError(line, "resource '" + table.name() + "' names the file " + path + ", which the"
                    + " package does not have");
        }
        try {
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                throw descriptorError(line, "resource '" + table.name() + "' names " + path + ", a link to a file"
                        + " outside the package; it is not read");
            }
        } catch (IOException e) {
            throw descriptorError(line, "resource '" + table.name() + "': cannot read " + path + ": " + e.getMessage());
        }
        Charset charset = null;
        if (r.get("encoding") instanceof String encoding) {
            try {
                charset = Charsets.named(encoding);
            } catch (OptionException e) {
                throw descriptorError(line, "resource '" + table.name() + "': " + e.getMessage());
            }
        }
        char delimiter = ',';
        char quote = '"';
        if (r.get("dialect") instanceof Map<?, ?> dialect) {
            delimiter = oneChar(dialect.get("delimiter"), ',', "delimiter", table, line);
            quote = oneChar(dialect.get("quoteChar"), '"', "quoteChar", table, line);
            if (Boolean.FALSE.equals(dialect.get("header"))) {
                throw descriptorError(line, "resource '" + table.name() + "' has no header row (dialect header"
                        + " false); civicwatch tables name their columns in a header");
            }
            if (Boolean.FALSE.equals(dialect.get("doubleQuote"))) {
                throw descriptorError(line, "resource '" + table.name() + "' escapes quotes other than by doubling"
                        + " them (dialect doubleQuote false), which this reader does not read");
            }
        }
        return new Resource(table, file, charset, delimiter, quote);
    }

    private char oneChar(@CheckForNull Object value, char otherwise, String name, Table table, int line) {
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof String s) || s.length() != 1) {
            throw descriptorError(line, "resource '" + table.name() + "': dialect " + name + " must be one character");
        }
        return s.charAt(0);
    }

    private DataException descriptorError(long line, String detail) {
        return new DataException(Location.at(source, line, 0), "in " + DataPackages.DESCRIPTOR + ": " + detail);
    }

    /** The line a member or value first stands on, so that a descriptor error points near its place. */
    private static int lineOf(String text, String quoted) {
        int at = text.indexOf("\"" + quoted + "\"");
        if (at < 0) {
            return 1;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** One open table file with its columns resolved. */
    private final class TableRows {
        final Table table;
        final CsvRows rows;
        final RowDecoder decoder;
        final boolean[] text;
        @CheckForNull CsvRows.Row peeked;
        boolean ended;

        TableRows(Resource r) throws IOException {
            this.table = r.table();
            InputStream in = Files.newInputStream(r.file());
            try {
                String file = folder.relativize(r.file()).toString().replace('\\', '/');
                this.rows = new CsvRows(in, new CsvRows.Spec(source, file, r.charset(), r.delimiter(), r.quote(), 0,
                        false), rejections);
                List<String> header = rows.header();
                try {
                    this.decoder = table.decoder(header);
                } catch (ModelException e) {
                    throw rows.error(rows.headerLine(), header.indexOf(e.field()) + 1, 0, e.field(), "unknown column '"
                            + e.field() + "': " + table.name() + " has the columns " + String.join(", ", table.header())
                            + "; found " + String.join(", ", header));
                }
                List<String> missing = header.isEmpty() ? List.of() : decoder.missingRequired();
                if (!missing.isEmpty()) {
                    throw rows.error(rows.headerLine(), 0, 0, missing.get(0), "the header lacks the required column"
                            + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + "; expected at least "
                            + String.join(", ", table.requiredColumns()) + ", found " + String.join(", ", header));
                }
                this.text = new boolean[header.size()];
                if (formulas) {
                    for (Column c : table.columns()) {
                        int i = header.indexOf(c.name());
                        if (i >= 0) {
                            text[i] = SpreadsheetSafety.appliesTo(c.type());
                        }
                    }
                }
                this.input = in;
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        }

        private final InputStream input;

        @CheckForNull
        CsvRows.Row next() throws IOException {
            if (peeked != null) {
                CsvRows.Row r = peeked;
                peeked = null;
                return r;
            }
            if (ended) {
                return null;
            }
            CsvRows.Row r = rows.next();
            if (r == null) {
                ended = true;
            }
            return r;
        }

        @CheckForNull
        CsvRows.Row peek() throws IOException {
            if (peeked == null && !ended) {
                peeked = rows.next();
                if (peeked == null) {
                    ended = true;
                }
            }
            return peeked;
        }

        String[] cells(CsvRows.Row r) {
            return CsvRows.restore(r.cells(), text);
        }

        void close() throws IOException {
            input.close();
        }
    }

    /** A child row taken for the record being read. */
    private record Taken(TableRows from, CsvRows.Row row) {
    }

    /** The tables of one record type, read together. */
    private final class TypeReader {
        final RecordType type;
        final ObjectSchema<? extends CivicRecord> schema;
        final TableRows main;
        final List<TableRows> children = new ArrayList<>();
        final int idAt;

        TypeReader(RecordType type, Resource mainResource, List<Resource> childResources) throws IOException {
            this.type = type;
            this.schema = FieldCatalog.schema(type);
            this.main = new TableRows(mainResource);
            try {
                for (Resource r : childResources) {
                    children.add(new TableRows(r));
                }
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
            this.idAt = main.rows.header().indexOf("id");
        }

        @CheckForNull
        CivicRecord next() throws IOException {
            for (CsvRows.Row row; (row = main.next()) != null; ) {
                String[] cells = main.cells(row);
                @SuppressWarnings("unchecked")
                Map<String, Object> tree = (Map<String, Object>) main.decoder.tree(cells);
                String id = idAt >= 0 && !cells[idAt].isEmpty() ? cells[idAt] : null;
                List<Taken> taken = new ArrayList<>();
                Map<String, List<Taken>> byList = new LinkedHashMap<>();
                DataException wrong = null;
                for (TableRows c : children) {
                    long expected = 1;
                    List<Object> elements = new ArrayList<>();
                    for (CsvRows.Row cr; id != null && (cr = c.peek()) != null && id.equals(c.decoder.key(cr.cells())); ) {
                        String position = c.decoder.position(cr.cells());
                        if (expected > 1 && "1".equals(position)) {
                            // A list starting again is the list of the next row with this id: a duplicate's.
                            break;
                        }
                        c.next();
                        Taken t = new Taken(c, cr);
                        taken.add(t);
                        byList.computeIfAbsent(c.table.list().name(), k -> new ArrayList<>()).add(t);
                        if (wrong == null && !Long.toString(expected).equals(position)) {
                            wrong = c.rows.error(cr.line(), c.rows.header().indexOf(Table.POSITION) + 1, cr.index(),
                                    Table.POSITION, "the position is " + (position == null ? "empty" : "\"" + position
                                    + "\"") + " where " + expected + " comes next for " + type.singular() + " '" + id
                                    + "': the rows of one record's list are numbered 1, 2, 3... in order");
                        }
                        expected++;
                        Object element = c.decoder.tree(c.cells(cr));
                        if (element == null && wrong == null) {
                            wrong = c.rows.error(cr.line(), c.rows.header().indexOf(Table.VALUE) + 1, cr.index(),
                                    Table.VALUE, "the value is empty; every element of a list has one");
                        }
                        elements.add(element);
                    }
                    if (!elements.isEmpty()) {
                        tree.put(c.table.list().name(), elements);
                    }
                }
                if (wrong != null) {
                    reject(row, wrong, taken);
                    continue;
                }
                try {
                    CivicRecord record = schema.create(tree);
                    DataException duplicate = duplicate(record, main.rows, row, idAt, type.ordinal());
                    if (duplicate != null) {
                        reject(row, duplicate, taken);
                        continue;
                    }
                    readFrom(row);
                    return record;
                } catch (ModelException e) {
                    reject(row, locate(e, row, byList), taken);
                }
            }
            // Child rows left once the records are read belong to none of them, or came out of order: the first
            // such row of a table held back the rows after it from their records, which were read without them.
            for (TableRows c : children) {
                String blocker = null;
                long blockerLine = 0;
                String order = "the rows of a list must come in the order of their records in " + main.rows.name();
                for (CsvRows.Row cr; (cr = c.next()) != null; ) {
                    String key = c.decoder.key(cr.cells());
                    long read = key == null ? 0 : readAt(key, type.ordinal());
                    String belongs = "the row belongs to " + type.singular() + " '" + key + "'";
                    String why;
                    if (key == null) {
                        why = "the row names no " + type.singular();
                    } else if (read == 0) {
                        why = belongs + ", which " + main.rows.name() + " does not have: " + order;
                    } else {
                        why = belongs + " (" + main.rows.name() + " line " + read + "), which was read without it: "
                                + (blocker != null && !blocker.equals(key)
                                ? "the row of " + type.singular() + " '" + blocker + "' at line " + blockerLine
                                        + " before it held it back; "
                                : "it comes after the rows of records read later; ") + order;
                    }
                    if (blocker == null && key != null) {
                        blocker = key;
                        blockerLine = cr.line();
                    }
                    rejections.reject(c.rows, c.rows.error(cr.line(), c.rows.header().indexOf(c.table.keyColumn()) + 1,
                            cr.index(), c.table.keyColumn(), why), cr.raw());
                }
            }
            return null;
        }

        /** Where a broken rule lies: in a list element's row, or in the record's own. */
        private DataException locate(ModelException e, CsvRows.Row row, Map<String, List<Taken>> byList) {
            String field = e.field();
            if (field != null) {
                int bracket = field.indexOf('[');
                List<Taken> rows = bracket > 0 ? byList.get(field.substring(0, bracket)) : null;
                if (rows != null) {
                    int close = field.indexOf(']', bracket);
                    int i = Integer.parseInt(field.substring(bracket + 1, close));
                    Taken t = rows.get(i);
                    String rest = close + 2 <= field.length() ? field.substring(close + 2) : null;
                    String column = rest == null || rest.isEmpty() ? Table.VALUE : RowDecoder.columnOf(rest);
                    return t.from().rows.error(t.row().line(), t.from().rows.header().indexOf(column) + 1,
                            t.row().index(), column, e.reason());
                }
            }
            String column = RowDecoder.columnOf(field);
            return main.rows.error(row.line(), column == null ? 0 : main.rows.header().indexOf(column) + 1,
                    row.index(), column, e.reason());
        }

        private void reject(CsvRows.Row row, DataException why, List<Taken> taken) throws IOException {
            rejections.reject(main.rows, why, row.raw());
            String id = idAt >= 0 ? row.cells()[idAt] : "";
            for (Taken t : taken) {
                rejections.reject(t.from().rows, t.from().rows.error(t.row().line(), 0, t.row().index(), null,
                        "rejected with " + type.singular() + " '" + id + "' (" + main.rows.name() + " line "
                        + row.line() + "), because " + why.getMessage()), t.row().raw());
            }
        }

        void close() throws IOException {
            main.close();
            for (TableRows c : children) {
                c.close();
            }
        }
    }

    @Override
    @CheckForNull
    public CivicRecord next() throws IOException {
        while (!done) {
            if (current == null) {
                if (!types.hasNext()) {
                    done = true;
                    return null;
                }
                current = open(types.next());
                continue;
            }
            CivicRecord r = current.next();
            if (r != null) {
                return r;
            }
            current.close();
            current = null;
        }
        return null;
    }

    @CheckForNull
    private TypeReader open(RecordType type) throws IOException {
        Resource main = null;
        List<Resource> children = new ArrayList<>();
        for (Resource r : resources.values()) {
            if (r.table().type() == type) {
                if (r.table().isChild()) {
                    children.add(r);
                } else {
                    main = r;
                }
            }
        }
        if (main == null) {
            if (!children.isEmpty()) {
                throw descriptorError(1, "the package has " + children.get(0).table().name() + " but not "
                        + type.plural() + ", whose records its rows belong to");
            }
            return null;
        }
        return new TypeReader(type, main, children);
    }

    @Override
    public DatasetInfo info() {
        return info;
    }

    @Override
    void closeInputs() throws IOException {
        try {
            if (current != null) {
                current.close();
                current = null;
            }
        } finally {
            if (owned != null) {
                owned.close();
            }
        }
    }
}
