package org.civicwatch.catalog;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
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
    private final @CheckForNull PersonalData personal;
    /** For a personal field, whether its owner makes the value public (a public figure's name). */
    private final Predicate<Object> publicIn;
    private final String description;
    private MethodHandle accessor;

    private Field(String name, ValueType type, boolean required, @CheckForNull PersonalData personal,
                  Predicate<Object> publicIn, String description) {
        this.name = name;
        this.type = type;
        this.required = required;
        this.personal = personal;
        this.publicIn = publicIn;
        this.description = description;
    }

    /** An optional field. */
    static Field optional(String name, ValueType type, String description) {
        return new Field(name, type, false, null, owner -> false, description);
    }

    /** A required field. */
    static Field required(String name, ValueType type, String description) {
        return new Field(name, type, true, null, owner -> false, description);
    }

    /** The same field, marked as holding personal data of that kind in every object that has it. */
    Field markPersonal(PersonalData kind) {
        return markPersonal(kind, owner -> false);
    }

    /**
     * The same field, marked as holding personal data of that kind except in objects that make it public.
     *
     * @throws IllegalStateException if the field is required: redaction must be able to leave it out
     */
    Field markPersonal(PersonalData kind, Predicate<Object> isPublicIn) {
        if (required) {
            throw new IllegalStateException("field '" + name + "' is required, so it cannot hold personal data:"
                    + " redaction must be able to leave a personal value out");
        }
        return new Field(name, type, false, Objects.requireNonNull(kind, "kind"), isPublicIn, description);
    }

    void bind(MethodHandle handle) {
        // One exact shape, so that a call is a plain invocation with no conversion looked up on the way.
        this.accessor = handle.asType(MethodType.methodType(Object.class, Object.class));
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

    /**
     * {@return whether it can hold personal data (names of private persons, quoted text), which exporters
     * may redact}
     */
    public boolean isPersonal() {
        return personal != null;
    }

    /** {@return the kind of personal data it can hold, or null for a field that holds none} */
    @CheckForNull
    public PersonalData personalData() {
        return personal;
    }

    /**
     * {@return whether its value in that object is personal data}: false for a field that holds none, and
     * false where the object makes the value public (the name of an organisation, a group or a public
     * figure: {@link org.civicwatch.model.Party#hasPublicName()}).
     *
     * @param owner an object of the schema this field belongs to
     */
    public boolean isPersonalIn(Object owner) {
        return personal != null && !publicIn.test(owner);
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
            return (Object) accessor.invokeExact(owner);
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
