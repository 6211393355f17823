package org.civicwatch.exporters.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.Field;
import org.civicwatch.catalog.JsonText;
import org.civicwatch.catalog.ListType;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.catalog.RecordRow;
import org.civicwatch.catalog.ScalarType;
import org.civicwatch.catalog.ValueType;

/**
 * The list cells of a single file's rows ({@code related}, {@code links}, {@code tags}), each list as the
 * JSON array of its elements' tree forms, as {@link RecordRow#cells} writes them. A list equal to the one
 * above it in its column gives the same text, without writing it again.
 */
final class ListCells {
    private final Field[] fields;
    private final ValueType[] elements;
    private final int offset;
    private final @CheckForNull List<?>[] last;
    private final String[] lastText;

    /**
     * @param row the row's layout
     * @param offset where the list columns start: after the main table's
     */
    ListCells(RecordRow row, int offset) {
        List<Field> lists = row.listFields();
        this.fields = lists.toArray(new Field[0]);
        this.elements = new ValueType[fields.length];
        for (int j = 0; j < fields.length; j++) {
            elements[j] = ((ListType) fields[j].type()).element();
        }
        this.offset = offset;
        this.last = new List<?>[fields.length];
        this.lastText = new String[fields.length];
    }

    /** Puts a record's list cells into its row: null for an empty list. */
    void fill(Object record, String[] cells) {
        for (int j = 0; j < fields.length; j++) {
            List<?> values = (List<?>) fields[j].get(record);
            if (values == null || values.isEmpty()) {
                cells[offset + j] = null;
                continue;
            }
            if (!values.equals(last[j])) {
                List<Object> tree = new ArrayList<>(values.size());
                for (Object v : values) {
                    tree.add(elements[j] instanceof ObjectSchema<?> s ? toTree(s, v) : ((ScalarType<?>) elements[j]).format(v));
                }
                last[j] = values;
                lastText[j] = JsonText.write(tree, false);
            }
            cells[offset + j] = lastText[j];
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toTree(ObjectSchema<?> schema, Object value) {
        return ((ObjectSchema<Object>) schema).toTree(value);
    }
}
