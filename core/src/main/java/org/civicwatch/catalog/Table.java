package org.civicwatch.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.RecordType;

/**
 * How a record type flattens for tabular formats (CSV, spreadsheets, SQL): a main table whose columns
 * are the scalar fields, nested objects flattened with prefixes ({@code place_floor}); and one table
 * for each list field, keyed by the record's id and the element's position ({@code filings_events}:
 * {@code filing_id}, {@code position}, {@code kind}, {@code when}, ...). Lists of strings become tables
 * with a single {@code value} column.
 *
 * @param name the table name ({@code sightings}, {@code filings_events})
 * @param type the record type
 * @param list the list field this table holds, or null for the main table
 * @param columns the columns, in order; child tables start with the key columns' data columns only
 */
public record Table(String name, RecordType type, @CheckForNull Field list, List<Column> columns) {

    /** {@return the key column of a child table: the id of the record an element belongs to ({@code filing_id})} */
    public String keyColumn() {
        return type.singular() + "_id";
    }

    /** The position column of a child table, 1-based. */
    public static final String POSITION = "position";

    /** The column of a child table of strings. */
    public static final String VALUE = "value";

    /**
     * Copies the columns.
     *
     * @param name the table name ({@code sightings}, {@code filings_events})
     * @param type the record type
     * @param list the list field this table holds, or null for the main table
     * @param columns the columns, in order; child tables start with the key columns' data columns only
     */
    public Table {
        columns = List.copyOf(columns);
    }

    /**
     * {@return the main table and the child tables of a record type, main table first}
     *
     * @param type the record type
     */
    public static List<Table> of(RecordType type) {
        ObjectSchema<?> schema = FieldCatalog.schema(type);
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(type.plural(), type, null, columns(schema)));
        for (Field f : schema.fields()) {
            if (f.type() instanceof ListType l) {
                List<Column> cols = l.element() instanceof ObjectSchema<?> element ? columns(element)
                        : List.of(new Column(VALUE, List.of(), (ScalarType<?>) l.element(), false));
                tables.add(new Table(type.plural() + "_" + f.column(), type, f, cols));
            }
        }
        return tables;
    }

    /**
     * {@return the flat columns of an object: scalars, with nested objects prefixed; list fields left out}
     *
     * @param schema the object's schema
     */
    public static List<Column> columns(ObjectSchema<?> schema) {
        List<Column> out = new ArrayList<>();
        collect(schema, "", new ArrayList<>(), out);
        return out;
    }

    private static void collect(ObjectSchema<?> schema, String prefix, List<Field> path, List<Column> out) {
        for (Field f : schema.fields()) {
            List<Field> here = new ArrayList<>(path);
            here.add(f);
            if (f.type() instanceof ScalarType<?> s) {
                out.add(new Column(prefix + f.column(), here, s, false));
                if (s.hasOriginal()) {
                    out.add(new Column(prefix + f.column() + "_original", here, ScalarType.STRING, true));
                }
            } else if (f.type() instanceof ObjectSchema<?> nested) {
                collect(nested, prefix + f.column() + "_", here, out);
            }
        }
    }

    /** {@return the column names, in order (without a child table's key and position)} */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** {@return whether this table holds a list field's elements, keyed by record id and position} */
    public boolean isChild() {
        return list != null;
    }

    /**
     * {@return the names of every column a file of this table has, in order: for a child table the key
     * and position columns first ({@code filing_id}, {@code position}, {@code kind}, ...)}
     */
    public List<String> header() {
        if (list == null) {
            return columnNames();
        }
        List<String> names = new ArrayList<>(columns.size() + 2);
        names.add(keyColumn());
        names.add(POSITION);
        names.addAll(columnNames());
        return List.copyOf(names);
    }

    /**
     * {@return the names of the columns that every row must fill: the key and position of a child table,
     * and each column reached through required fields only ({@code id}, {@code device})}
     */
    public List<String> requiredColumns() {
        List<String> names = new ArrayList<>();
        if (list != null) {
            names.add(keyColumn());
            names.add(POSITION);
        }
        columns.stream().filter(Column::isRequired).map(Column::name).forEach(names::add);
        return List.copyOf(names);
    }

    /**
     * The cells of one object of this table's type, in {@link #columns()} order, null where absent: what a
     * writer of rows prints (a child table's key and position come before them).
     *
     * @param value an object of this table's type (a record, or a list element)
     * @return one string or null per column
     */
    public String[] row(Object value) {
        String[] row = new String[columns.size()];
        for (int i = 0; i < row.length; i++) {
            Column c = columns.get(i);
            row[i] = c.path().isEmpty() ? c.type().format(value) : c.format(value);
        }
        return row;
    }

    /**
     * {@return a reader of rows whose cells come in the order of a file's header}
     *
     * @param header the column names as a file gives them, each once, in any order; null for a column
     *     that the caller reads itself
     * @throws ModelException naming the first column this table does not have, or one named twice
     */
    public RowDecoder decoder(List<String> header) {
        return new RowDecoder(this, header);
    }

    /**
     * The cells of one object of this table's type (a record, or a list element), by column name;
     * absent values are left out.
     *
     * @param value an object of this table's type
     * @return the cells, in column order
     */
    public Map<String, String> cells(Object value) {
        Map<String, String> row = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.path().isEmpty()) {
                row.put(c.name(), c.type().format(value));
                continue;
            }
            String cell = c.format(value);
            if (cell != null) {
                row.put(c.name(), cell);
            }
        }
        return row;
    }

    /**
     * The tree form ({@link ObjectSchema#create}'s input) of one row's cells: empty cells are absent,
     * prefixed columns become nested objects. For a string-list table, the value itself.
     *
     * @param cells the row's cells by column name
     * @return the tree form
     * @throws ModelException naming the column for a cell this table does not have
     */
    public Object tree(Map<String, String> cells) {
        if (columns.size() == 1 && columns.get(0).path().isEmpty()) {
            return cells.get(VALUE);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Column> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.put(c.name(), c));
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            Column c = byName.get(cell.getKey());
            if (c == null) {
                throw new ModelException(cell.getKey(), "is not a column of " + name + "; columns are "
                        + String.join(", ", byName.keySet()));
            }
            if (cell.getValue() == null || cell.getValue().isEmpty()) {
                continue;
            }
            Map<String, Object> node = root;
            for (int i = 0; i < c.path().size() - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(c.path().get(i).name(),
                        k -> new LinkedHashMap<String, Object>());
                node = child;
            }
            Field last = c.path().get(c.path().size() - 1);
            node.put(c.original() ? last.originalName() : last.name(), cell.getValue());
        }
        return root;
    }
}
