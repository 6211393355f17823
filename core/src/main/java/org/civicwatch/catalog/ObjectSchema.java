package org.civicwatch.catalog;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.CheckForNull;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.When;

/**
 * The description of one record or value type of the model: its fields in order, with generic
 * access ({@link #get(Object, String)}), generic construction ({@link #create(Map)}) and a tree form
 * ({@link #toTree(Object)}, read back by {@link #fromTree}) that JSON-like formats write and read as is.
 * {@link DatasetTree} is the tree form of a whole dataset.
 *
 * <p>A schema is checked against its Java record when it is made: a record component the catalog
 * does not describe (or a described field the record lacks) stops the catalog from loading, so the
 * catalog and the model cannot drift apart.
 *
 * @param <T> the record type described
 */
public final class ObjectSchema<T> implements ValueType {
    private final Class<T> type;
    private final String description;
    private final List<Field> fields;
    private final Map<String, Field> byName;
    /** Each field's index in {@link #fields}, by name. */
    private final Map<String, Integer> positions;
    private final MethodHandle constructor;
    /** Which components are primitive booleans, which take false when absent (worked out once: reflection is slow). */
    private final boolean[] primitiveBoolean;

    ObjectSchema(Class<T> type, String description, Field... fields) {
        this.type = type;
        this.description = description;
        this.fields = List.of(fields);
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalStateException(type.getName() + " is not a record");
        }
        List<String> expected = Arrays.stream(components).map(RecordComponent::getName).toList();
        List<String> declared = this.fields.stream().map(Field::name).toList();
        if (!expected.equals(declared)) {
            throw new IllegalStateException("the field catalog for " + type.getSimpleName() + " declares "
                    + declared + " but the record has " + expected + ": describe every component, in order");
        }
        Map<String, Field> index = new LinkedHashMap<>();
        Map<String, Integer> at = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                this.fields.get(i).bind(lookup.unreflect(components[i].getAccessor()));
                parameterTypes[i] = components[i].getType();
                index.put(this.fields.get(i).name(), this.fields.get(i));
                at.put(this.fields.get(i).name(), i);
            }
            this.primitiveBoolean = new boolean[components.length];
            for (int i = 0; i < components.length; i++) {
                primitiveBoolean[i] = parameterTypes[i] == boolean.class;
            }
            this.constructor = lookup.findConstructor(type, MethodType.methodType(void.class, parameterTypes))
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot access the record " + type.getName(), e);
        }
        this.byName = Collections.unmodifiableMap(index);
        this.positions = Map.copyOf(at);
    }

    @Override
    public String name() {
        return type.getSimpleName();
    }

    /** {@return the Java record described} */
    public Class<T> javaType() {
        return type;
    }

    /** {@return what the type is, for documentation} */
    public String description() {
        return description;
    }

    /** {@return the fields, in the order formats write them} */
    public List<Field> fields() {
        return fields;
    }

    /**
     * {@return the field of that name, if any}
     *
     * @param name a field name ({@code jurisdictionCode})
     */
    public Optional<Field> field(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** {@return the names of the fields, in order} */
    public List<String> fieldNames() {
        return List.copyOf(byName.keySet());
    }

    /**
     * Reads a field, or a nested field by a dotted path ({@code place.floor}); null when the field or
     * anything on the way to it is absent.
     *
     * @param value an object of this type
     * @param path a field name or dotted path
     * @return the value, or null
     * @throws IllegalArgumentException if the path names no field
     */
    @CheckForNull
    public Object get(T value, String path) {
        Object current = value;
        ObjectSchema<?> schema = this;
        for (String part : path.split("\\.")) {
            if (schema == null) {
                throw new IllegalArgumentException("'" + path + "' goes inside a field that has no fields");
            }
            ObjectSchema<?> s = schema;
            Field f = s.field(part).orElseThrow(() -> new IllegalArgumentException(
                    "no field '" + part + "' in " + s.name() + "; fields are " + s.fieldNames()));
            if (current == null) {
                return null;
            }
            current = f.get(current);
            schema = f.type() instanceof ObjectSchema<?> nested ? nested : null;
        }
        return current;
    }

    /**
     * {@return the values of an object's fields, by name, in order; nested objects stay objects}
     *
     * @param value an object of this type
     */
    public Map<String, Object> values(T value) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Field f : fields) {
            map.put(f.name(), f.get(value));
        }
        return map;
    }

    /**
     * The tree form of a value, the shape of JSON: a map of field name to value in field order, with
     * strings for scalars except whole numbers ({@code Long}), decimals ({@code Double}) and booleans;
     * maps for nested objects; lists for lists. Absent values and empty lists are left out; a date's
     * original text is a sibling entry ({@code whenOriginal}). {@link #create(Map)} reads it back.
     *
     * @param value an object of this type
     * @return its tree form
     */
    public Map<String, Object> toTree(T value) {
        return tree(this, value);
    }

    private static Map<String, Object> tree(ObjectSchema<?> schema, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Field f : schema.fields) {
            Object v = f.get(value);
            if (v == null || v instanceof List<?> l && l.isEmpty()) {
                continue;
            }
            map.put(f.name(), treeValue(f.type(), v));
            if (v instanceof When w && w.original() != null) {
                map.put(f.originalName(), w.original());
            }
        }
        return map;
    }

    private static Object treeValue(ValueType type, Object v) {
        if (type instanceof ObjectSchema<?> nested) {
            return tree(nested, v);
        }
        if (type instanceof ListType list) {
            List<Object> out = new ArrayList<>();
            for (Object item : (List<?>) v) {
                out.add(treeValue(list.element(), item));
            }
            return out;
        }
        if (v instanceof Long || v instanceof Double || v instanceof Boolean) {
            return v;
        }
        return ((ScalarType<?>) type).format(v);
    }

    /**
     * Told about each member of a tree that is not a field of its object, while {@link #fromTree} reads
     * the tree: it throws to stop reading, or returns to leave the member out.
     */
    @FunctionalInterface
    public interface UnknownFields {
        /** Stops at the first unknown member with a {@link ModelException} naming it. */
        UnknownFields REFUSE = (path, value, message) -> {
            throw new ModelException((String) path.get(path.size() - 1), message);
        };

        /**
         * Hears of one member that is not a field.
         *
         * @param path where the member is: field names ({@code String}) and list indexes ({@code Integer})
         *     from the root of the tree read, the member's own name last ({@code [events, 1, colour]})
         * @param value the member's value
         * @param message what is wrong, naming the object's fields:
         *     {@code unknown field 'colour' of Sighting; its fields are id, observed, ...}
         */
        void unknown(List<Object> path, @CheckForNull Object value, String message);
    }

    /**
     * Builds an object from field values. A value may be of the field's Java type or in a form a format
     * reads: a string for any scalar, a number or boolean for numeric and boolean fields, a {@code Map}
     * of field values for a nested object, a {@code List} of those for a list. A missing or null entry is
     * absent; unknown names are errors.
     *
     * @param values field values by name, and original texts by their names ({@code whenOriginal})
     * @return the object
     * @throws ModelException naming the field (dotted for nested fields, {@code events[2].when} in lists)
     *     and what is wrong, for unknown fields, values of the wrong type and values the model rejects
     */
    public T create(Map<String, ?> values) {
        return build(values, false, new ArrayList<>(), UnknownFields.REFUSE);
    }

    /**
     * Reads an object from its tree form, the inverse of {@link #toTree}: a map of field name to value in
     * any order, where a whole number is a {@code Long} (a {@code BigInteger} beyond), a decimal any
     * number, a boolean a {@code Boolean}, every other scalar its string form, a nested object a map and a
     * list a list. A null member is absent. This is what JSON-like formats read: a tree parsed from their
     * text, checked value by value against the catalog.
     *
     * <pre>{@code
     * Sighting s = FieldCatalog.SIGHTING.fromTree(Map.of("id", "s1", "device", "camera"),
     *         ObjectSchema.UnknownFields.REFUSE);
     * }</pre>
     *
     * @param tree the tree form, or what was read in its place
     * @param unknown told about each member that is not a field, to refuse it or leave it out
     * @return the object
     * @throws ModelException for the first value that does not fit, naming it as {@link #create} does
     *     ({@code place.floor}, {@code events[1].when}; null for the tree itself)
     */
    public T fromTree(@CheckForNull Object tree, UnknownFields unknown) {
        if (!(tree instanceof Map<?, ?> map)) {
            throw new ModelException(null, "expected an object (" + name() + "), got " + ScalarType.describeValue(tree));
        }
        return build(map, true, new ArrayList<>(), unknown);
    }

    /**
     * The one way from read values to an object, for {@link #create} and {@link #fromTree}.
     *
     * @param treeForm whether scalars must be in their tree form (see {@link ScalarType#convert})
     * @param path where {@code values} is, for {@code unknown}; steps are added and taken off as reading goes
     */
    private T build(Map<?, ?> values, boolean treeForm, List<Object> path, UnknownFields unknown) {
        Object[] args = new Object[fields.size()];
        String[] originals = null;
        for (Map.Entry<?, ?> member : values.entrySet()) {
            String key = String.valueOf(member.getKey());
            Object raw = member.getValue();
            Integer position = positions.get(key);
            if (position == null) {
                Field dated = originalOf(key);
                if (dated == null) {
                    path.add(key);
                    unknown.unknown(List.copyOf(path), raw, "unknown field '" + key + "' of " + name()
                            + "; its fields are " + String.join(", ", fieldNames()));
                    path.remove(path.size() - 1);
                } else if (raw != null) {
                    if (!(raw instanceof String text)) {
                        throw new ModelException(key, "expected a string, got " + ScalarType.describeValue(raw));
                    }
                    originals = originals == null ? new String[args.length] : originals;
                    originals[positions.get(dated.name())] = text;
                }
                continue;
            }
            if (raw == null) {
                continue;
            }
            path.add(key);
            try {
                args[position] = convert(fields.get(position).type(), raw, treeForm, path, unknown);
            } catch (ModelException e) {
                throw e.within(key);
            }
            path.remove(path.size() - 1);
        }
        for (int i = 0; i < args.length; i++) {
            if (originals != null && originals[i] != null) {
                if (args[i] == null) {
                    throw new ModelException(fields.get(i).originalName(), "is given without '" + fields.get(i).name()
                            + "'");
                }
                args[i] = ((When) args[i]).withOriginal(originals[i]);
            }
            if (args[i] == null && primitiveBoolean[i]) {
                args[i] = Boolean.FALSE;
            }
        }
        return instantiate(args);
    }

    /**
     * {@return the index in {@link #fields()} of the field of that name, or of the date field whose original
     * text travels under it ({@code whenOriginal}) as {@code -2 - index}; -1 for a name that is neither}
     * A decoder compiled from the catalog looks member names up with it once per member, with no map per
     * object.
     *
     * @param name a member name as read
     */
    public int indexOf(String name) {
        Integer position = positions.get(name);
        if (position != null) {
            return position;
        }
        Field dated = originalOf(name);
        return dated == null ? -1 : -2 - positions.get(dated.name());
    }

    /**
     * Builds an object from the values of its fields in field order, each already of the field's Java type
     * (a nested object built, a list a {@code List}, a date with its original text), null for an absent
     * one: what a decoder compiled from the catalog hands over once it has read an object, with no map in
     * between. Primitive fields absent take their default.
     *
     * @param values one value a field, in {@link #fields()} order; the array is used up
     * @return the object
     * @throws ModelException for a value the model rejects, as {@link #create} throws it
     * @throws IllegalArgumentException for an array of the wrong length
     */
    public T construct(Object[] values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(name() + " has " + fields.size() + " fields, got " + values.length
                    + " values");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null && primitiveBoolean[i]) {
                values[i] = Boolean.FALSE;
            }
        }
        return instantiate(values);
    }

    private T instantiate(Object[] args) {
        try {
            return type.cast((Object) constructor.invokeExact(args));
        } catch (ModelException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot construct " + name(), t);
        }
    }

    /** The dated field whose original text a name holds ({@code whenOriginal}), or null. */
    @CheckForNull
    private Field originalOf(String key) {
        String suffix = "Original";
        if (!key.endsWith(suffix)) {
            return null;
        }
        Field dated = byName.get(key.substring(0, key.length() - suffix.length()));
        return dated != null && key.equals(dated.originalName()) ? dated : null;
    }

    private static Object convert(ValueType type, Object raw, boolean treeForm, List<Object> path,
                                  UnknownFields unknown) {
        if (type instanceof ScalarType<?> scalar) {
            return scalar.convert(raw, treeForm);
        }
        if (type instanceof ObjectSchema<?> schema) {
            if (!treeForm && schema.javaType().isInstance(raw)) {
                return raw;
            }
            if (raw instanceof Map<?, ?> map) {
                return schema.build(map, treeForm, path, unknown);
            }
            throw new ModelException(null, "expected an object (" + schema.name() + "), got "
                    + ScalarType.describeValue(raw));
        }
        ListType list = (ListType) type;
        if (!(raw instanceof List<?> items)) {
            throw new ModelException(null, "expected a list, got " + ScalarType.describeValue(raw));
        }
        List<Object> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item == null) {
                throw new ModelException("[" + i + "]", "a list element must not be null");
            }
            path.add(i);
            try {
                out.add(convert(list.element(), item, treeForm, path, unknown));
            } catch (ModelException e) {
                throw e.within("[" + i + "]");
            }
            path.remove(path.size() - 1);
        }
        return out;
    }

    @Override
    public String toString() {
        return name() + fields;
    }
}
