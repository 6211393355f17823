package org.civicwatch.exporters.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.Column;
import org.civicwatch.catalog.Field;
import org.civicwatch.catalog.ScalarType;
import org.civicwatch.catalog.Table;
import org.civicwatch.model.When;

/**
 * The cells of a table's rows, read from its objects through accessors prepared once from the catalog: each
 * nested object ({@code place} of a sighting) is fetched once a row for all of its columns, text is taken as
 * it is, and every other value formatted by its column's type. Gives exactly the cells of {@link Table#row}.
 */
final class ColumnValues {
    /** Per nested object: the object it is a field of (an index into the same arrays, 0 the row's own), the field. */
    private final int[] parentOf;
    private final Field[] fieldOf;
    /** Per column: the object it reads, the field it reads there, its type, whether it is a date's original text. */
    private final int[] nodeOf;
    private final Field[] leaf;
    private final ScalarType<?>[] type;
    private final boolean[] original;
    private final boolean[] text;
    private final boolean whole;

    /**
     * @param table the table whose rows are written
     */
    ColumnValues(Table table) {
        List<Column> columns = table.columns();
        int n = columns.size();
        nodeOf = new int[n];
        leaf = new Field[n];
        type = new ScalarType<?>[n];
        original = new boolean[n];
        text = new boolean[n];
        Map<List<Field>, Integer> nodes = new HashMap<>();
        nodes.put(List.of(), 0);
        List<Integer> parents = new ArrayList<>(List.of(-1));
        List<Field> fields = new ArrayList<>(java.util.Collections.singletonList(null));
        boolean wholeValue = false;
        for (int i = 0; i < n; i++) {
            Column c = columns.get(i);
            type[i] = c.type();
            original[i] = c.original();
            text[i] = c.type().javaType() == String.class;
            if (c.path().isEmpty()) {
                // A table of strings: the element is the cell.
                wholeValue = true;
                continue;
            }
            List<Field> path = c.path();
            nodeOf[i] = node(path.subList(0, path.size() - 1), nodes, parents, fields);
            leaf[i] = path.get(path.size() - 1);
        }
        this.whole = wholeValue;
        this.parentOf = parents.stream().mapToInt(Integer::intValue).toArray();
        this.fieldOf = fields.toArray(new Field[0]);
    }

    private static int node(List<Field> path, Map<List<Field>, Integer> nodes, List<Integer> parents, List<Field> fields) {
        Integer known = nodes.get(path);
        if (known != null) {
            return known;
        }
        int parent = node(path.subList(0, path.size() - 1), nodes, parents, fields);
        parents.add(parent);
        fields.add(path.get(path.size() - 1));
        nodes.put(List.copyOf(path), parents.size() - 1);
        return parents.size() - 1;
    }

    /** {@return how many cells a row has} */
    int size() {
        return leaf.length;
    }

    /**
     * Puts the cells of one object into a row, null where absent.
     *
     * @param value an object of the table's type (a record, or a list element)
     * @param cells the row
     * @param offset where the table's columns start in it
     */
    void fill(Object value, @CheckForNull String[] cells, int offset) {
        if (whole) {
            cells[offset] = type[0].format(value);
            return;
        }
        Object[] objects = new Object[parentOf.length];
        objects[0] = value;
        for (int j = 1; j < objects.length; j++) {
            Object parent = objects[parentOf[j]];
            objects[j] = parent == null ? null : fieldOf[j].get(parent);
        }
        for (int i = 0; i < leaf.length; i++) {
            Object owner = objects[nodeOf[i]];
            Object v = owner == null ? null : leaf[i].get(owner);
            if (v == null) {
                cells[offset + i] = null;
            } else if (original[i]) {
                cells[offset + i] = ((When) v).original();
            } else {
                cells[offset + i] = text[i] ? (String) v : type[i].format(v);
            }
        }
    }
}
