package org.civicwatch.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.RecordType;

/**
 * How a record flattens into one row, for a single table of one record type (a lone CSV file, a sheet):
 * the main {@link Table}'s columns, then one column per list field ({@code related}, {@code links},
 * {@code events}...) whose cell holds the list as a JSON array of the elements' tree forms, or nothing
 * when the list is empty. Nothing is lost, and a person still reads one record a row; a data package
 * holds the lists as child tables instead.
 *
 * <pre>{@code
 * RecordRow row = RecordRow.of(RecordType.SIGHTING);
 * row.header();                  // [id, observed, observed_original, ..., related, links, tags]
 * String[] cells = row.cells(sighting);
 * Sighting back = (Sighting) row.decoder(row.header()).read(cells);
 * }</pre>
 */
public final class RecordRow {
    private static final Map<RecordType, RecordRow> ROWS = new EnumMap<>(RecordType.class);

    static {
        for (RecordType t : RecordType.values()) {
            ROWS.put(t, new RecordRow(t));
        }
    }

    private final RecordType type;
    private final Table table;
    private final List<Field> lists;
    private final List<String> header;

    private RecordRow(RecordType type) {
        this.type = type;
        this.table = Table.of(type).get(0);
        this.lists = FieldCatalog.schema(type).fields().stream().filter(Field::isList).toList();
        List<String> names = new ArrayList<>(table.header());
        lists.forEach(f -> names.add(f.column()));
        this.header = List.copyOf(names);
    }

    /**
     * {@return the row of a record type}
     *
     * @param type the record type
     */
    public static RecordRow of(RecordType type) {
        return ROWS.get(type);
    }

    /** {@return the record type} */
    public RecordType type() {
        return type;
    }

    /** {@return the main table, whose columns come first} */
    public Table table() {
        return table;
    }

    /** {@return the list fields, whose columns follow the main table's, in field order} */
    public List<Field> listFields() {
        return lists;
    }

    /** {@return every column name, in order} */
    public List<String> header() {
        return header;
    }

    /** {@return the columns every row must fill ({@code id} and the type's required fields)} */
    public List<String> requiredColumns() {
        return table.requiredColumns();
    }

    /**
     * {@return whether a column holds a list as JSON}
     *
     * @param column a column name
     */
    public boolean isListColumn(String column) {
        return lists.stream().anyMatch(f -> f.column().equals(column));
    }

    /**
     * The cells of a record, in {@link #header()} order; null where absent or empty.
     *
     * @param record a record of this row's type
     * @return one string or null per column
     */
    public String[] cells(CivicRecord record) {
        String[] main = table.row(record);
        String[] cells = java.util.Arrays.copyOf(main, header.size());
        for (int i = 0; i < lists.size(); i++) {
            Field f = lists.get(i);
            List<?> values = (List<?>) f.get(record);
            if (values == null || values.isEmpty()) {
                continue;
            }
            ValueType element = ((ListType) f.type()).element();
            List<Object> tree = new ArrayList<>(values.size());
            for (Object v : values) {
                tree.add(element instanceof ObjectSchema<?> s ? toTree(s, v) : ((ScalarType<?>) element).format(v));
            }
            cells[main.length + i] = JsonText.write(tree, false);
        }
        return cells;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toTree(ObjectSchema<?> schema, Object value) {
        return ((ObjectSchema<Object>) schema).toTree(value);
    }

    /**
     * {@return a reader of rows whose cells come in the order of a file's header}
     *
     * @param fileHeader the column names as a file gives them, each once, in any order
     * @throws ModelException naming the first column this row does not have, or one named twice
     */
    public Decoder decoder(List<String> fileHeader) {
        return new Decoder(fileHeader);
    }

    /** Reads records from rows in one file's column order. */
    public final class Decoder {
        private final RowDecoder main;
        /** Per list field, the position of its column in the file's header, or -1. */
        private final int[] listAt;

        private Decoder(List<String> fileHeader) {
            List<String> scalars = new ArrayList<>(fileHeader);
            listAt = new int[lists.size()];
            java.util.Arrays.fill(listAt, -1);
            for (int i = 0; i < fileHeader.size(); i++) {
                for (int j = 0; j < lists.size(); j++) {
                    if (lists.get(j).column().equals(fileHeader.get(i))) {
                        if (listAt[j] >= 0) {
                            throw new ModelException(fileHeader.get(i), "is named twice, as columns " + (listAt[j] + 1)
                                    + " and " + (i + 1));
                        }
                        listAt[j] = i;
                        scalars.set(i, null);
                    }
                }
            }
            try {
                main = table.decoder(scalars);
            } catch (ModelException e) {
                if (e.reason().startsWith("is not a column")) {
                    throw new ModelException(e.field(), "is not a column of a " + type.singular() + " row; its columns"
                            + " are " + String.join(", ", header));
                }
                throw e;
            }
        }

        /** {@return the required columns the file's header lacks} */
        public List<String> missingRequired() {
            return main.missingRequired();
        }

        /**
         * Reads one row.
         *
         * @param cells the row's cells, in the file's header order
         * @return the record
         * @throws ModelException naming the field at fault ({@link #columnOf} gives its column)
         */
        public CivicRecord read(String[] cells) {
            @SuppressWarnings("unchecked")
            Map<String, Object> tree = (Map<String, Object>) main.tree(cells);
            for (int j = 0; j < listAt.length; j++) {
                int at = listAt[j];
                String cell = at >= 0 && at < cells.length ? cells[at] : null;
                if (cell == null || cell.isEmpty()) {
                    continue;
                }
                Field f = lists.get(j);
                Object parsed;
                try {
                    parsed = JsonText.parse(cell);
                } catch (JsonText.MalformedJsonException e) {
                    throw new ModelException(f.name(), "expected a JSON array, as [\"a\", \"b\"] or [{\"url\": ...}]:"
                            + " at character " + e.column() + (e.line() > 1 ? " of line " + e.line() : "") + ", "
                            + e.reason());
                }
                if (!(parsed instanceof List)) {
                    throw new ModelException(f.name(), "expected a JSON array, as [\"a\", \"b\"] or [{\"url\": ...}]");
                }
                tree.put(f.name(), parsed);
            }
            return FieldCatalog.schema(type).create(tree);
        }
    }

    /**
     * {@return the column that holds a field, by the field path a {@link ModelException} names}:
     * {@code place.floor} → {@code place_floor}, {@code links[0].url} → {@code links}
     *
     * @param fieldPath a dotted field path, or null
     */
    @CheckForNull
    public String columnOf(@CheckForNull String fieldPath) {
        if (fieldPath == null) {
            return null;
        }
        String first = fieldPath.split("[.\\[]", 2)[0];
        for (Field f : lists) {
            if (f.name().equals(first)) {
                return f.column();
            }
        }
        return RowDecoder.columnOf(fieldPath);
    }
}
