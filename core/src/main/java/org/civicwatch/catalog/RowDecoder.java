package org.civicwatch.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.model.ModelException;

/**
 * Reads the rows of one {@link Table} whose cells come in the order of a file's header: each row's tree
 * form ({@link ObjectSchema#create}'s input), and a child table's key and position. The header is resolved
 * to columns once, so a row costs no look-up by name.
 *
 * <pre>{@code
 * RowDecoder rows = Table.of(RecordType.SIGHTING).get(0).decoder(List.of("id", "device", "place_floor"));
 * Object tree = rows.tree(new String[] {"s1", "camera", "-1"});
 * // {id=s1, device=camera, place={floor=-1}}
 * }</pre>
 */
public final class RowDecoder {
    private final Table table;
    private final List<String> header;
    /** Per header position: the nested field names on the way, or null for the key and position columns. */
    private final String[][] parents;
    /** Per header position: the name the cell is stored under in its innermost object. */
    private final String[] names;
    private final int keyIndex;
    private final int positionIndex;
    private final int valueIndex;

    RowDecoder(Table table, List<String> header) {
        this.table = table;
        this.header = java.util.Collections.unmodifiableList(new ArrayList<>(header));
        Map<String, Column> columns = new HashMap<>();
        table.columns().forEach(c -> columns.put(c.name(), c));
        parents = new String[header.size()][];
        names = new String[header.size()];
        int key = -1;
        int position = -1;
        int value = -1;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name == null) {
                continue;
            }
            Integer before = seen.put(name, i);
            if (before != null) {
                throw new ModelException(name, "is named twice, as columns " + (before + 1) + " and " + (i + 1));
            }
            if (table.isChild() && name.equals(table.keyColumn())) {
                key = i;
                continue;
            }
            if (table.isChild() && name.equals(Table.POSITION)) {
                position = i;
                continue;
            }
            Column c = columns.get(name);
            if (c == null) {
                throw new ModelException(name, "is not a column of " + table.name() + "; its columns are "
                        + String.join(", ", table.header()));
            }
            if (c.path().isEmpty()) {
                value = i;
                continue;
            }
            List<Field> path = c.path();
            String[] on = new String[path.size() - 1];
            for (int j = 0; j < on.length; j++) {
                on[j] = path.get(j).name();
            }
            Field last = path.get(path.size() - 1);
            parents[i] = on;
            names[i] = c.original() ? last.originalName() : last.name();
        }
        this.keyIndex = key;
        this.positionIndex = position;
        this.valueIndex = value;
    }

    /** {@return the table read} */
    public Table table() {
        return table;
    }

    /** {@return the header, as given} */
    public List<String> header() {
        return header;
    }

    /** {@return the table's required columns that the header lacks, in the table's order} */
    public List<String> missingRequired() {
        List<String> missing = new ArrayList<>();
        for (String name : table.requiredColumns()) {
            if (!header.contains(name)) {
                missing.add(name);
            }
        }
        return missing;
    }

    /**
     * The tree form of one row: empty cells are absent, prefixed columns become nested objects. For a
     * child table of strings, the element itself (null when empty); the key and position are left out.
     *
     * @param cells the row's cells, in header order (fewer or more are not checked here)
     * @return a map of field names to strings and maps, or the element's string
     */
    @CheckForNull
    public Object tree(String[] cells) {
        if (valueIndex >= 0) {
            String v = valueIndex < cells.length ? cells[valueIndex] : null;
            return v == null || v.isEmpty() ? null : v;
        }
        Map<String, Object> root = new HashMap<>();
        int n = Math.min(cells.length, names.length);
        for (int i = 0; i < n; i++) {
            String cell = cells[i];
            String name = names[i];
            if (cell == null || cell.isEmpty() || name == null) {
                continue;
            }
            Map<String, Object> node = root;
            for (String parent : parents[i]) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) node.get(parent);
                if (child == null) {
                    child = new HashMap<>();
                    node.put(parent, child);
                }
                node = child;
            }
            node.put(name, cell);
        }
        return root;
    }

    /**
     * {@return a child table row's key: the id of the record its element belongs to; null if empty}
     *
     * @param cells the row's cells, in header order
     */
    @CheckForNull
    public String key(String[] cells) {
        return cell(cells, keyIndex);
    }

    /**
     * {@return a child table row's position cell, as written; null if empty}
     *
     * @param cells the row's cells, in header order
     */
    @CheckForNull
    public String position(String[] cells) {
        return cell(cells, positionIndex);
    }

    @CheckForNull
    private static String cell(String[] cells, int index) {
        if (index < 0 || index >= cells.length) {
            return null;
        }
        String v = cells[index];
        return v == null || v.isEmpty() ? null : v;
    }

    /**
     * {@return the column that holds a field, by the dotted field path a {@link ModelException} names}:
     * {@code place.floor} → {@code place_floor}, {@code observedOriginal} → {@code observed_original}.
     *
     * @param fieldPath a dotted field path, or null for the row as a whole
     */
    @CheckForNull
    public static String columnOf(@CheckForNull String fieldPath) {
        if (fieldPath == null) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (String part : fieldPath.split("\\.")) {
            s.append(s.length() == 0 ? "" : "_").append(Field.columnName(part));
        }
        return s.toString();
    }
}
