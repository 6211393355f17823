package org.civicwatch.catalog;

import java.util.List;
import javax.annotation.CheckForNull;
import org.civicwatch.model.When;

/**
 * One column of a flat table: a scalar field reached through nested objects ({@code place.floor} is
 * column {@code place_floor}), or the original text of a date ({@code when_original}).
 *
 * @param name the column name, snake case
 * @param path the fields from the table's object to the scalar
 * @param type the scalar's type ({@link ScalarType#STRING} for an original-text column)
 * @param original whether the column holds a date's original text rather than the date
 */
public record Column(String name, List<Field> path, ScalarType<?> type, boolean original) {

    /**
     * Copies the path.
     *
     * @param name the column name, snake case
     * @param path the fields from the table's object to the scalar
     * @param type the scalar's type ({@link ScalarType#STRING} for an original-text column)
     * @param original whether the column holds a date's original text rather than the date
     */
    public Column {
        path = List.copyOf(path);
    }

    /**
     * {@return the value in an object of the table's type, or null when it or anything on the way is absent}
     *
     * @param root an object of the table's type
     */
    @CheckForNull
    public Object read(Object root) {
        Object current = root;
        for (Field f : path) {
            if (current == null) {
                return null;
            }
            current = f.get(current);
        }
        if (original) {
            return current == null ? null : ((When) current).original();
        }
        return current;
    }

    /**
     * {@return the value's string form for a cell, or null when absent}
     *
     * @param root an object of the table's type
     */
    @CheckForNull
    public String format(Object root) {
        Object v = read(root);
        return v == null ? null : original ? (String) v : type.format(v);
    }

    /**
     * {@return whether every row must fill it: each field on its path is required (a list element itself
     * always is), and it is not an original text}
     */
    public boolean isRequired() {
        return !original && path.stream().allMatch(Field::isRequired);
    }

    /** {@return the dotted field path ({@code place.floor}), for messages} */
    public String fieldPath() {
        StringBuilder s = new StringBuilder();
        for (Field f : path) {
            s.append(s.length() == 0 ? "" : ".").append(f.name());
        }
        return original ? s + "Original" : s.toString();
    }
}
