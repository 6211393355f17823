package org.civicwatch.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.Field;
import org.civicwatch.catalog.ListType;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.catalog.ScalarType;
import org.civicwatch.catalog.ValueType;
import org.civicwatch.model.When;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * A record type's JSON form, compiled once from the field catalog: writes an object straight to a
 * generator, field names prepared once, and reads one straight from parser tokens into the record, with
 * no tree or map in between. It writes exactly what {@link ObjectSchema#toTree} and {@link JsonTrees#write}
 * write, and reads what {@link ObjectSchema#fromTree} reads.
 *
 * <p>Reading is the fast path of a reader that must also locate every error: {@link #read} only reads
 * input that is plainly valid, and throws {@link Irregular} at anything else (an unknown member, a value of
 * the wrong type, a value the model rejects), without saying what or where. The reader then reads the same
 * input again through the tree form, which says both, so that a record read here is the record the tree
 * form gives and a record refused here gets the tree form's error word for word. It finds a member given
 * twice itself (and throws {@link Irregular}), so that its parser need not look for them.
 *
 * <pre>{@code
 * RecordCodec<Sighting> codec = RecordCodec.of(FieldCatalog.SIGHTING);
 * codec.write(generator, sighting);
 * }</pre>
 *
 * @param <T> the type read and written
 */
public final class RecordCodec<T> {
    private static final Map<ObjectSchema<?>, RecordCodec<?>> COMPILED = new ConcurrentHashMap<>();

    /** The input is not plainly valid; read it again through the tree form to learn why. */
    public static final class Irregular extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private static final Irregular INSTANCE = new Irregular();

        private Irregular() {
            super("irregular input", null, false, false);
        }
    }

    private final ObjectSchema<T> schema;
    private final Slot[] slots;

    /** One field: how to write and read it. */
    private static final class Slot {
        final Field field;
        final SerializableString name;
        final String plainName;
        final @CheckForNull SerializableString originalName;
        /** The value's type, or for a list the element's. */
        final ValueType type;
        final boolean list;
        final Kind kind;
        /** The codec of a nested object (or of a list's elements), compiled when first used. */
        @CheckForNull RecordCodec<?> nested;

        Slot(Field field) {
            this.field = field;
            this.name = new SerializedString(field.name());
            this.plainName = field.name();
            this.originalName = field.originalName() == null ? null : new SerializedString(field.originalName());
            this.list = field.type() instanceof ListType;
            this.type = field.type() instanceof ListType l ? l.element() : field.type();
            Class<?> java = type instanceof ScalarType<?> scalar ? scalar.javaType() : null;
            this.kind = java == null ? Kind.OBJECT : java == String.class ? Kind.STRING : java == Long.class ? Kind.LONG
                    : java == Double.class ? Kind.DOUBLE : java == Boolean.class ? Kind.BOOLEAN : Kind.FORMATTED;
        }

        RecordCodec<?> nested() {
            RecordCodec<?> n = nested;
            if (n == null) {
                n = of((ObjectSchema<?>) type);
                nested = n;
            }
            return n;
        }
    }

    private RecordCodec(ObjectSchema<T> schema) {
        this.schema = schema;
        List<Field> fields = schema.fields();
        this.slots = new Slot[fields.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new Slot(fields.get(i));
        }
    }

    /**
     * {@return the codec of a schema, compiled on first use and shared}
     *
     * @param <T> the type
     * @param schema a record or value type of the catalog
     */
    @SuppressWarnings("unchecked")
    public static <T> RecordCodec<T> of(ObjectSchema<T> schema) {
        RecordCodec<?> codec = COMPILED.get(schema);
        if (codec == null) {
            codec = COMPILED.computeIfAbsent(schema, s -> new RecordCodec<>(s));
        }
        return (RecordCodec<T>) codec;
    }

    /** {@return the schema} */
    public ObjectSchema<T> schema() {
        return schema;
    }

    /**
     * Writes an object as {@link ObjectSchema#toTree} and {@link JsonTrees#write} would: fields in order,
     * absent ones and empty lists left out, a date's original text after it.
     *
     * @param g where it goes
     * @param value an object of the schema's type
     */
    public void write(JsonGenerator g, Object value) {
        g.writeStartObject();
        for (Slot slot : slots) {
            Object v = slot.field.get(value);
            if (v == null || slot.list && ((List<?>) v).isEmpty()) {
                continue;
            }
            g.writeName(slot.name);
            if (slot.list) {
                g.writeStartArray();
                for (Object item : (List<?>) v) {
                    writeValue(g, slot, item);
                }
                g.writeEndArray();
            } else {
                writeValue(g, slot, v);
                if (slot.originalName != null && ((When) v).original() != null) {
                    g.writeName(slot.originalName);
                    g.writeString(((When) v).original());
                }
            }
        }
        g.writeEndObject();
    }

    private static void writeValue(JsonGenerator g, Slot slot, Object v) {
        switch (slot.kind) {
            case OBJECT -> slot.nested().write(g, v);
            case STRING -> g.writeString((String) v);
            case LONG -> g.writeNumber((long) (Long) v);
            case DOUBLE -> g.writeNumber((double) (Double) v);
            case BOOLEAN -> g.writeBoolean((Boolean) v);
            default -> g.writeString(((ScalarType<?>) slot.type).format(v));
        }
    }

    /** How a value is written: as a nested object, as JSON's own string, number or boolean, or formatted. */
    private enum Kind { OBJECT, STRING, LONG, DOUBLE, BOOLEAN, FORMATTED }

    /**
     * Reads the object at the parser's current token ({@code START_OBJECT}) to its end, when it is plainly
     * valid; the parser then stands on its {@code END_OBJECT}.
     *
     * @param p the parser
     * @return the object
     * @throws Irregular for anything {@link ObjectSchema#fromTree} would refuse or report; the parser then
     *     stands anywhere inside the object
     * @throws tools.jackson.core.JacksonException for malformed JSON
     */
    public T read(JsonParser p) {
        return read(p, -1, null);
    }

    /**
     * Reads as {@link #read(JsonParser)} does, noting the line where the value of one member starts (the
     * id, which a duplicate is told by).
     *
     * @param member the index in the schema's fields of the member
     * @param line where its line goes, as {@code line[0]}; left as it is when the member is absent
     * @return the object
     */
    public T read(JsonParser p, int member, @CheckForNull long[] line) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Irregular.INSTANCE;
        }
        if (slots.length > Long.SIZE) {
            throw Irregular.INSTANCE;
        }
        Object[] values = new Object[slots.length];
        String[] originals = null;
        long seen = 0;
        long seenOriginals = 0;
        int expected = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            int at = find(name, expected);
            JsonToken v = p.nextToken();
            if (at == -1) {
                throw Irregular.INSTANCE;
            }
            if (at < 0) {
                int of = -2 - at;
                if ((seenOriginals & 1L << of) != 0) {
                    throw Irregular.INSTANCE;
                }
                seenOriginals |= 1L << of;
                if (v == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (v != JsonToken.VALUE_STRING) {
                    throw Irregular.INSTANCE;
                }
                originals = originals == null ? new String[slots.length] : originals;
                originals[of] = p.getString();
                continue;
            }
            // A member given twice is the tree form's error to report (this path's parser does not look).
            if ((seen & 1L << at) != 0) {
                throw Irregular.INSTANCE;
            }
            seen |= 1L << at;
            expected = at + 1;
            if (at == member && line != null) {
                line[0] = p.currentTokenLocation().getLineNr();
            }
            if (v == JsonToken.VALUE_NULL) {
                continue;
            }
            Slot slot = slots[at];
            values[at] = slot.list ? readList(p, slot) : readValue(p, slot, v);
        }
        if (originals != null) {
            for (int i = 0; i < originals.length; i++) {
                if (originals[i] != null) {
                    if (values[i] == null) {
                        throw Irregular.INSTANCE;
                    }
                    values[i] = ((When) values[i]).withOriginal(originals[i]);
                }
            }
        }
        try {
            return schema.construct(values);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw Irregular.INSTANCE;
        }
    }

    /**
     * The index of a member name, as {@link ObjectSchema#indexOf} gives it. Members come in field order,
     * some left out: the fields from {@code from} on are tried first, by their names (which the parser
     * gives as the same strings each time), before the name is looked up.
     */
    private int find(String name, int from) {
        for (int i = from; i < slots.length; i++) {
            if (slots[i].plainName.equals(name)) {
                return i;
            }
        }
        return schema.indexOf(name);
    }

    private static List<Object> readList(JsonParser p, Slot slot) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw Irregular.INSTANCE;
        }
        List<Object> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == JsonToken.VALUE_NULL) {
                throw Irregular.INSTANCE;
            }
            items.add(readValue(p, slot, t));
        }
        return items;
    }

    private static Object readValue(JsonParser p, Slot slot, JsonToken t) {
        ValueType type = slot.type;
        if (type instanceof ObjectSchema<?>) {
            return slot.nested().read(p);
        }
        ScalarType<?> scalar = (ScalarType<?>) type;
        Class<?> java = scalar.javaType();
        try {
            if (java == Long.class) {
                if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw Irregular.INSTANCE;
                }
                return p.getLongValue();
            }
            if (java == Double.class) {
                if (t == JsonToken.VALUE_NUMBER_INT) {
                    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                        throw Irregular.INSTANCE;
                    }
                    return (double) p.getLongValue();
                }
                if (t != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw Irregular.INSTANCE;
                }
                return p.getDoubleValue();
            }
            if (java == Boolean.class) {
                if (t == JsonToken.VALUE_TRUE) {
                    return Boolean.TRUE;
                }
                if (t == JsonToken.VALUE_FALSE) {
                    return Boolean.FALSE;
                }
                throw Irregular.INSTANCE;
            }
            if (t != JsonToken.VALUE_STRING) {
                throw Irregular.INSTANCE;
            }
            return scalar.parse(p.getString());
        } catch (IllegalArgumentException e) {
            throw Irregular.INSTANCE;
        }
    }
}
