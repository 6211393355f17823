package org.civicwatch.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.civicwatch.model.Floor;
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
        return new ScalarType<>("enum", type, s -> parseEnum(type, codes, s), ScalarType::code, codes);
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
        throw new ModelException(null, "\"" + text + "\" is not one of " + String.join(", ", codes));
    }

    private static Long parseLong(String text) {
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new ModelException(null, "cannot read \"" + text + "\" as a whole number");
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
            throw new ModelException(null, "cannot read \"" + text + "\" as a decimal number");
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
        throw new ModelException(null, "cannot read \"" + text + "\" as true or false");
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
     * Converts a value from a format (a string, or a JSON number or boolean) into this type.
     *
     * @param value the value as read
     * @return the value as this type
     * @throws ModelException if it cannot be converted
     */
    public T coerce(Object value) {
        if (javaType.isInstance(value)) {
            return javaType.cast(value);
        }
        if (value instanceof String s) {
            return parse(s);
        }
        if (javaType == Long.class && value instanceof Number n && !(value instanceof Double || value instanceof Float)) {
            return javaType.cast(n.longValue());
        }
        if (javaType == Double.class && value instanceof Number n) {
            return javaType.cast(n.doubleValue());
        }
        throw new ModelException(null, "expected " + describe() + ", got " + describeValue(value));
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

    static String describeValue(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof java.util.Map) {
            return "an object";
        }
        if (value instanceof java.util.List) {
            return "a list";
        }
        return value.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return name;
    }
}
