package org.civicwatch.catalog;

import java.lang.invoke.MethodHandle;
import java.util.Locale;
import javax.annotation.CheckForNull;

/**
 * One field of a record or value: its name (the record component's), type, whether it is required,
 * whether it holds personal data, and what it means.
 *
 * <p>Fields are declared in {@link FieldCatalog}; their order is the record component order, which
 * is the order every format writes.
 */
public final class Field {
    private final String name;
    private final ValueType type;
    private final boolean required;
    private final boolean personal;
    private final String description;
    private MethodHandle accessor;

    private Field(String name, ValueType type, boolean required, boolean personal, String description) {
        this.name = name;
        this.type = type;
        this.required = required;
        this.personal = personal;
        this.description = description;
    }

    /** An optional field. */
    static Field optional(String name, ValueType type, String description) {
        return new Field(name, type, false, false, description);
    }

    /** A required field. */
    static Field required(String name, ValueType type, String description) {
        return new Field(name, type, true, false, description);
    }

    /** The same field, marked as holding personal data. */
    Field markPersonal() {
        return new Field(name, type, required, true, description);
    }

    void bind(MethodHandle handle) {
        this.accessor = handle;
    }

    /** {@return the name, as in the record component and JSON ({@code jurisdictionCode})} */
    public String name() {
        return name;
    }

    /** {@return the column name for flat formats ({@code jurisdiction_code})} */
    public String column() {
        return columnName(name);
    }

    /**
     * {@return the column name of a field name}: {@code camelCase} → {@code camel_case}.
     *
     * @param camelCase a field name
     */
    public static String columnName(String camelCase) {
        StringBuilder s = new StringBuilder();
        for (char c : camelCase.toCharArray()) {
            if (Character.isUpperCase(c)) {
                s.append('_').append(Character.toLowerCase(c));
            } else {
                s.append(c);
            }
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return for a date field ({@link ScalarType#WHEN}), the name under which its original text travels
     * beside it ({@code whenOriginal}; column {@code when_original}); otherwise null}
     */
    @CheckForNull
    public String originalName() {
        return type instanceof ScalarType<?> s && s.hasOriginal() ? name + "Original" : null;
    }

    /** {@return the field's type} */
    public ValueType type() {
        return type;
    }

    /** {@return whether a record is invalid without it}; lists are never required: absent means empty. */
    public boolean isRequired() {
        return required;
    }

    /** {@return whether it can hold personal data (names of private persons), which exporters may redact} */
    public boolean isPersonal() {
        return personal;
    }

    /** {@return what the field means, for documentation and generated schemas} */
    public String description() {
        return description;
    }

    /** {@return whether it is a list} */
    public boolean isList() {
        return type instanceof ListType;
    }

    /**
     * {@return the field's value in an object of its schema's type: null when absent, an empty list for
     * no elements}
     *
     * @param owner an object of the schema's type
     */
    @CheckForNull
    public Object get(Object owner) {
        try {
            return accessor.invoke(owner);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot read field '" + name + "'", t);
        }
    }

    @Override
    public String toString() {
        return name + ": " + type.name() + (required ? " (required)" : "");
    }
}
