package org.civicwatch.catalog;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.annotation.CheckForNull;
import org.civicwatch.model.Floor;
import org.civicwatch.model.MessageText;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.When;

/**
 * A single value with a canonical string form, which every text format (CSV cells, the CLI, HTML
 * attributes) uses as is.
 *
 * <p>{@link #WHEN} is special in one way: a {@link When} may carry the text it was read from
 * ({@link When#original()}), which has no place in the EDTF string; formats write it beside the value
 * (a {@code _original} column in CSV, an object form in JSON). {@link #hasOriginal()} says so.
 *
 * @param <T> the Java type of its values
 */
public final class ScalarType<T> implements ValueType {

    /** A single-line or short string. */
    public static final ScalarType<String> STRING = new ScalarType<>("string", String.class, s -> s, s -> s,
            List.of());
    /** Prose that may run over several lines. */
    public static final ScalarType<String> TEXT = new ScalarType<>("text", String.class, s -> s, s -> s,
            List.of());
    /** An absolute http or https URL. */
    public static final ScalarType<String> URL = new ScalarType<>("url", String.class, s -> s, s -> s,
            List.of());
    /** A whole number. */
    public static final ScalarType<Long> INTEGER = new ScalarType<>("integer", Long.class,
            ScalarType::parseLong, String::valueOf, List.of());
    /** A decimal number. */
    public static final ScalarType<Double> DECIMAL = new ScalarType<>("number", Double.class,
            ScalarType::parseDouble, ScalarType::formatDouble, List.of());
    /** {@code true} or {@code false}. */
    public static final ScalarType<Boolean> BOOLEAN = new ScalarType<>("boolean", Boolean.class,
            ScalarType::parseBoolean, String::valueOf, List.of("true", "false"));
    /** A date, time or span as EDTF ({@code 2017-05-29T15:00+09:00}, {@code 2014-05/..}). */
    public static final ScalarType<When> WHEN = new ScalarType<>("edtf", When.class, When::parse, When::edtf,
            List.of());
    /** A floor or range of floors ({@code 1}, {@code -1}, {@code 3..30}). */
    public static final ScalarType<Floor> FLOOR = new ScalarType<>("floor", Floor.class, Floor::parse,
            Floor::toString, List.of());

    private final String name;
    private final Class<T> javaType;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;
    private final List<String> allowed;

    private ScalarType(String name, Class<T> javaType, Function<String, T> parser, Function<T, String> formatter,
                       List<String> allowed) {
        this.name = name;
        this.javaType = javaType;
        this.parser = parser;
        this.formatter = formatter;
        this.allowed = allowed;
    }

    /**
     * An enumeration, written as lower-case words joined by underscores ({@code motion_sensor}).
     * Reading also accepts upper case and hyphens.
     *
     * @param <E> the enumeration
     * @param type the enumeration's class
     * @return the type
     */
    public static <E extends Enum<E>> ScalarType<E> enumOf(Class<E> type) {
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(ScalarType::code).toList();
        // The written form is looked up first, without changing case: it is what files hold.
        Map<String, E> byCode = Arrays.stream(type.getEnumConstants())
                .collect(java.util.stream.Collectors.toUnmodifiableMap(ScalarType::code, e -> e));
        // Written by ordinal from the words made once here, not lower-cased again for every value.
        String[] words = codes.toArray(String[]::new);
        return new ScalarType<>("enum", type, s -> {
            E exact = byCode.get(s);
            return exact != null ? exact : parseEnum(type, codes, s);
        }, e -> words[e.ordinal()], codes);
    }

    /**
     * {@return the lower-case word for an enum constant}: {@code PARTIALLY_DISCLOSED} →
     * {@code partially_disclosed}.
     *
     * @param constant an enum constant
     */
    public static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, List<String> codes, String text) {
        String key = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        throw new ModelException(null, MessageText.quote(text) + " is not one of " + String.join(", ", codes));
    }

    private static Long parseLong(String text) {
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new ModelException(null, "cannot read " + MessageText.quote(text) + " as a whole number");
        }
    }

    private static Double parseDouble(String text) {
        try {
            double d = Double.parseDouble(text.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new ModelException(null, "cannot read " + MessageText.quote(text) + " as a decimal number");
        }
    }

    private static String formatDouble(Double d) {
        // The shortest form that reads back to the same double, without locale grouping.
        String s = Double.toString(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static Boolean parseBoolean(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return Boolean.valueOf(t);
        }
        throw new ModelException(null, "cannot read " + MessageText.quote(text) + " as true or false");
    }

    @Override
    public String name() {
        return name;
    }

    /** {@return the Java type of the values} */
    public Class<T> javaType() {
        return javaType;
    }

    /** {@return for enumerations and booleans, the allowed string forms; otherwise empty} */
    public List<String> allowed() {
        return allowed;
    }

    /** {@return whether values carry an original text that formats write beside them (only {@link #WHEN})} */
    public boolean hasOriginal() {
        return javaType == When.class;
    }

    /** {@return whether this is an enumeration} */
    public boolean isEnum() {
        return javaType.isEnum();
    }

    /**
     * Reads the string form.
     *
     * @param text the string form
     * @return the value
     * @throws ModelException saying what was expected
     */
    public T parse(String text) {
        return parser.apply(text);
    }

    /**
     * {@return the string form of a value of this type}
     *
     * @param value a value of {@link #javaType()}
     * @throws ClassCastException if it is of another type
     */
    public String format(Object value) {
        return formatter.apply(javaType.cast(value));
    }

    /**
     * Converts a value from a format into this type: a value of {@link #javaType()} as it is, a string by
     * {@link #parse}, a whole number of any Java integer type for {@link #INTEGER}, any number for
     * {@link #DECIMAL}.
     *
     * @param value the value as read
     * @return the value as this type
     * @throws ModelException if it cannot be converted
     */
    public T coerce(Object value) {
        return convert(value, false);
    }

    /**
     * The one conversion of a read value, for {@link #coerce} and for the tree form
     * ({@link ObjectSchema#fromTree}). The tree form takes only what {@link ObjectSchema#toTree} writes:
     * a {@code Long} for whole numbers, a number for decimals, a {@code Boolean} for booleans and a string
     * for every other type; {@code "2"} for a whole number is an error there, as JSON's {@code "2"} is not
     * the number 2.
     */
    T convert(Object value, boolean treeForm) {
        if (!treeForm && javaType.isInstance(value)) {
            return javaType.cast(value);
        }
        if (javaType == Long.class) {
            if (value instanceof Long || !treeForm && (value instanceof Integer || value instanceof Short
                    || value instanceof Byte)) {
                return javaType.cast(((Number) value).longValue());
            }
            if (value instanceof BigInteger big) {
                if (big.bitLength() < Long.SIZE) {
                    return javaType.cast(big.longValue());
                }
                throw new ModelException(null, big + " is too large for a whole number (at most " + Long.MAX_VALUE
                        + ")");
            }
        } else if (javaType == Double.class) {
            if (value instanceof Number n) {
                return javaType.cast(n.doubleValue());
            }
        } else if (javaType == Boolean.class) {
            if (value instanceof Boolean) {
                return javaType.cast(value);
            }
        } else if (value instanceof String s) {
            return parse(s);
        }
        if (!treeForm && value instanceof String s) {
            return parse(s);
        }
        throw new ModelException(null, "expected " + treeDescription() + ", got " + describeValue(value));
    }

    /** What a value of this type is in the tree form, for error messages: its JSON type, and more if helpful. */
    private String treeDescription() {
        if (javaType == Long.class) {
            return "a whole number";
        }
        if (javaType == Double.class) {
            return "a number";
        }
        if (javaType == Boolean.class) {
            return "true or false";
        }
        String what = describe();
        return what.equals("a string") ? what : "a string (" + what + ")";
    }

    /** {@return what a value of this type looks like, for error messages} */
    public String describe() {
        if (!allowed.isEmpty()) {
            return "one of " + String.join(", ", allowed);
        }
        return switch (name) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "edtf" -> "an EDTF date such as 2017-06-13";
            case "floor" -> "a floor such as 1, -1 or 3..30";
            case "url" -> "an http(s) URL";
            default -> "a string";
        };
    }

    /**
     * {@return a value read from a format as error messages name it}: {@code null}, {@code an object} (a
     * map), {@code a list}, {@code the string "..."} (cut at 40 chars), {@code true}, {@code the number 3}.
     *
     * @param value a value of a tree (or of any type), or null
     */
    public static String describeValue(@CheckForNull Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof String s) {
            return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Number) {
            return "the number " + value;
        }
        return "a " + value.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return name;
    }
}
