package org.civicwatch.importers.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.Column;
import org.civicwatch.catalog.Field;
import org.civicwatch.catalog.JsonText;
import org.civicwatch.catalog.ListType;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.catalog.ScalarType;
import org.civicwatch.catalog.ValueType;
import org.civicwatch.model.When;

/**
 * Reads the cells of one file's rows straight into records: per header column a reader compiled once from
 * the field catalog knows the column's type and the slot of the object it fills, so a row costs one parse a
 * cell and one constructor call an object, with no map or tree in between. A typed cell equal to the one
 * above it in its column is not parsed again: its value, immutable, is taken again.
 *
 * <p>This is the fast path of a reader that must also locate every error: {@link #read} gives null for a
 * row that is not plainly valid (a bad value, a missing required one, a date's original text without the
 * date), and the caller reads the row again through {@link org.civicwatch.catalog.RecordRow.Decoder} or
 * {@link org.civicwatch.catalog.RowDecoder}, which say what and where. A row read here gives the record the
 * slow path gives.
 *
 * @param <T> the type of the objects read (a record, or a list element of a child table)
 */
final class RowReader<T> {
    /** An object being filled: the root's, or a nested one's ({@code place} of a sighting). */
    private static final class Node {
        final ObjectSchema<?> schema;
        /** The node it is a field of, and which field; -1 for the root. */
        final int parent;
        final int slot;

        Node(ObjectSchema<?> schema, int parent, int slot) {
            this.schema = schema;
            this.parent = parent;
            this.slot = slot;
        }
    }

    /** One header column: where its value goes and how it is read. */
    private static final class Cell {
        final int node;
        final int slot;
        /** The scalar's type; null for a list column and for an original text. */
        final @CheckForNull ScalarType<?> type;
        /** For a list column (a single file's JSON array cell), the element's type. */
        final @CheckForNull ValueType element;
        final boolean original;
        /** The cell last parsed in this column and its value. */
        @CheckForNull String last;
        @CheckForNull Object lastValue;

        Cell(int node, int slot, @CheckForNull ScalarType<?> type, @CheckForNull ValueType element, boolean original) {
            this.node = node;
            this.slot = slot;
            this.type = type;
            this.element = element;
            this.original = original;
        }

        /** A text cell is its own value: nothing to parse, nothing to keep. */
        boolean isText() {
            return type != null && type.javaType() == String.class;
        }
    }

    private final List<Node> nodes = new ArrayList<>();
    /** Per header position; null for a column read elsewhere (a child table's key and position). */
    private final Cell[] cells;
    /** Positions of the original-text columns, applied once their dates are read. */
    private final int[] originals;

    /**
     * Compiles the readers of a file's columns.
     *
     * @param schema the objects' schema (a record type's, or a child table's elements')
     * @param columns the table's flat columns
     * @param lists the list fields held as JSON array cells, by column name (a single file's); empty for a table
     * @param header the file's header, each name a column of {@code columns} or {@code lists}, or ignored
     */
    RowReader(ObjectSchema<T> schema, List<Column> columns, Map<String, Field> lists, List<String> header) {
        nodes.add(new Node(schema, -1, -1));
        Map<String, Column> byName = new HashMap<>();
        columns.forEach(c -> byName.put(c.name(), c));
        Map<List<Field>, Integer> nodeOf = new HashMap<>();
        nodeOf.put(List.of(), 0);
        this.cells = new Cell[header.size()];
        List<Integer> originalAt = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            Column c = name == null ? null : byName.get(name);
            Field list = name == null ? null : lists.get(name);
            if (list != null) {
                cells[i] = new Cell(0, schema.indexOf(list.name()), null, ((ListType) list.type()).element(), false);
            } else if (c != null && !c.path().isEmpty()) {
                List<Field> path = c.path();
                int node = node(path.subList(0, path.size() - 1), nodeOf);
                Field last = path.get(path.size() - 1);
                int slot = nodes.get(node).schema.indexOf(last.name());
                cells[i] = new Cell(node, slot, c.original() ? null : c.type(), null, c.original());
                if (c.original()) {
                    originalAt.add(i);
                }
            }
        }
        this.originals = originalAt.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The node of the object a path of fields leads to, made with its parents when first needed. */
    private int node(List<Field> path, Map<List<Field>, Integer> nodeOf) {
        Integer known = nodeOf.get(path);
        if (known != null) {
            return known;
        }
        int parent = node(path.subList(0, path.size() - 1), nodeOf);
        Field f = path.get(path.size() - 1);
        ObjectSchema<?> parentSchema = nodes.get(parent).schema;
        nodes.add(new Node((ObjectSchema<?>) f.type(), parent, parentSchema.indexOf(f.name())));
        int at = nodes.size() - 1;
        nodeOf.put(List.copyOf(path), at);
        return at;
    }

    /**
     * Reads one row, when it is plainly valid.
     *
     * @param row the row's cells, in the header's order; formulas already restored
     * @return the object, or null when the row must be read again on the slow path to learn what is wrong
     */
    @CheckForNull
    @SuppressWarnings("unchecked")
    T read(String[] row) {
        Object[][] values = new Object[nodes.size()][];
        values[0] = new Object[nodes.get(0).schema.fields().size()];
        int n = Math.min(row.length, cells.length);
        try {
            for (int i = 0; i < n; i++) {
                Cell cell = cells[i];
                String text = row[i];
                if (cell == null || text == null || text.isEmpty() || cell.original) {
                    continue;
                }
                Object[] into = values[cell.node];
                if (into == null) {
                    into = new Object[nodes.get(cell.node).schema.fields().size()];
                    values[cell.node] = into;
                }
                into[cell.slot] = value(cell, text);
            }
            for (int i : originals) {
                String text = i < row.length ? row[i] : null;
                if (text == null || text.isEmpty()) {
                    continue;
                }
                Cell cell = cells[i];
                Object[] into = values[cell.node];
                if (into == null || into[cell.slot] == null) {
                    return null;
                }
                into[cell.slot] = ((When) into[cell.slot]).withOriginal(text);
            }
            // Nested objects come after their parents: built from the innermost out.
            for (int j = values.length - 1; j > 0; j--) {
                if (values[j] != null) {
                    Node node = nodes.get(j);
                    Object[] parent = values[node.parent];
                    if (parent == null) {
                        parent = new Object[nodes.get(node.parent).schema.fields().size()];
                        values[node.parent] = parent;
                    }
                    parent[node.slot] = node.schema.construct(values[j]);
                }
            }
            return (T) nodes.get(0).schema.construct(values[0]);
        } catch (RuntimeException e) {
            // A value the model refuses: the slow path says which and why.
            return null;
        }
    }

    private static Object value(Cell cell, String text) {
        if (cell.isText()) {
            return text;
        }
        if (text.equals(cell.last)) {
            return cell.lastValue;
        }
        Object v = cell.type != null ? cell.type.parse(text) : list(cell.element, text);
        cell.last = text;
        cell.lastValue = v;
        return v;
    }

    /** A JSON array cell as the list field's value: objects built, scalars parsed, as the catalog reads them. */
    private static List<Object> list(ValueType element, String text) {
        if (!(JsonText.parse(text) instanceof List<?> items)) {
            throw new IllegalArgumentException("not a JSON array");
        }
        List<Object> out = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item == null) {
                throw new IllegalArgumentException("a null element");
            }
            if (element instanceof ObjectSchema<?> schema) {
                if (!(item instanceof Map<?, ?> map)) {
                    throw new IllegalArgumentException("not an object");
                }
                @SuppressWarnings("unchecked")
                Map<String, ?> fields = (Map<String, ?>) map;
                out.add(schema.create(fields));
            } else {
                out.add(((ScalarType<?>) element).coerce(item));
            }
        }
        return List.copyOf(out);
    }
}
