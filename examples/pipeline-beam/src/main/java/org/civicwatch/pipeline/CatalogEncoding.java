package org.civicwatch.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.BigEndianLongCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.util.VarInt;
import org.civicwatch.catalog.Field;
import org.civicwatch.catalog.ListType;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.catalog.ScalarType;
import org.civicwatch.catalog.ValueType;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.When;

/**
 * The binary form of a value the field catalog describes, field by field in catalog order: a presence
 * byte before each single value, a count before each list, whole numbers as variable-length longs,
 * decimals as their exact bits, dates as EDTF with their original text, every other scalar in its string
 * form. Decoding builds the value through {@link ObjectSchema#create}, so the model checks it as it checks
 * any value read. No field is listed here: a field added to the catalog is carried without a change.
 */
final class CatalogEncoding {
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarLongCoder LONG = VarLongCoder.of();
    private static final BigEndianLongCoder BITS = BigEndianLongCoder.of();
    private static final int ABSENT = 0;
    private static final int PRESENT = 1;

    private CatalogEncoding() {
    }

    static <T> void encode(ObjectSchema<T> schema, T value, OutputStream out) throws IOException {
        for (Field f : schema.fields()) {
            encodeValue(f.type(), f.get(value), out);
        }
    }

    static <T> T decode(ObjectSchema<T> schema, InputStream in) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : schema.fields()) {
            // values of the fields' Java types, which create takes as they are (a date with its original text)
            values.put(f.name(), decodeValue(f.type(), in));
        }
        try {
            return schema.create(values);
        } catch (ModelException e) {
            throw new CoderException("the encoded " + schema.name() + " is not a valid one: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static void encodeValue(ValueType type, Object value, OutputStream out) throws IOException {
        if (type instanceof ListType list) {
            List<?> items = value == null ? List.of() : (List<?>) value;
            VarInt.encode(items.size(), out);
            for (Object item : items) {
                encodeValue(list.element(), item, out);
            }
            return;
        }
        if (value == null) {
            out.write(ABSENT);
            return;
        }
        out.write(PRESENT);
        if (type instanceof ObjectSchema<?> nested) {
            encode((ObjectSchema<Object>) nested, value, out);
        } else {
            encodeScalar((ScalarType<?>) type, value, out);
        }
    }

    private static Object decodeValue(ValueType type, InputStream in) throws IOException {
        if (type instanceof ListType list) {
            int size = VarInt.decodeInt(in);
            List<Object> items = new ArrayList<>(Math.min(size, 1024));
            for (int i = 0; i < size; i++) {
                items.add(decodeValue(list.element(), in));
            }
            return items;
        }
        int presence = in.read();
        if (presence == ABSENT) {
            return null;
        }
        if (presence != PRESENT) {
            throw new CoderException(presence < 0 ? "the encoded value ends early"
                    : "expected a presence byte (0 or 1), got " + presence + ": not a civicwatch value");
        }
        if (type instanceof ObjectSchema<?> nested) {
            return decode(nested, in);
        }
        return decodeScalar((ScalarType<?>) type, in);
    }

    private static void encodeScalar(ScalarType<?> type, Object value, OutputStream out) throws IOException {
        Class<?> java = type.javaType();
        if (java == String.class) {
            STRING.encode((String) value, out);
        } else if (java == Long.class) {
            LONG.encode((Long) value, out);
        } else if (java == Double.class) {
            BITS.encode(Double.doubleToRawLongBits((Double) value), out);
        } else if (java == Boolean.class) {
            out.write((Boolean) value ? 1 : 0);
        } else if (java == When.class) {
            When when = (When) value;
            STRING.encode(when.edtf(), out);
            if (when.original() == null) {
                out.write(ABSENT);
            } else {
                out.write(PRESENT);
                STRING.encode(when.original(), out);
            }
        } else {
            STRING.encode(type.format(value), out);
        }
    }

    private static Object decodeScalar(ScalarType<?> type, InputStream in) throws IOException {
        Class<?> java = type.javaType();
        if (java == String.class) {
            return STRING.decode(in);
        } else if (java == Long.class) {
            return LONG.decode(in);
        } else if (java == Double.class) {
            return Double.longBitsToDouble(BITS.decode(in));
        } else if (java == Boolean.class) {
            int b = in.read();
            if (b != 0 && b != 1) {
                throw new CoderException("expected a boolean byte (0 or 1), got " + b);
            }
            return b == 1;
        }
        try {
            if (java == When.class) {
                When when = When.parse(STRING.decode(in));
                int original = in.read();
                return original == PRESENT ? when.withOriginal(STRING.decode(in)) : when;
            }
            return type.parse(STRING.decode(in));
        } catch (ModelException e) {
            throw new CoderException("the encoded " + type.name() + " is not a valid one: " + e.getMessage());
        }
    }
}
