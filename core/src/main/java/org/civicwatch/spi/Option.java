package org.civicwatch.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javax.annotation.CheckForNull;

/**
 * A typed option a format accepts, with its default, its documentation and (for options that can be
 * given on a command line) its string form.
 *
 * <pre>{@code
 * public static final Option<Boolean> PRETTY = Option.bool("pretty", false, "Indent the output.");
 * boolean pretty = options.get(PRETTY);
 * }</pre>
 *
 * @param <T> the type of its values
 */
public final class Option<T> {
    private final String name;
    private final Class<T> type;
    private final @CheckForNull T defaultValue;
    private final String description;
    private final @CheckForNull Function<String, T> parser;
    private final List<String> allowed;

    private Option(String name, Class<T> type, @CheckForNull T defaultValue, String description,
                   @CheckForNull Function<String, T> parser, List<String> allowed) {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("option name \"" + name + "\" must be lower case words joined by '-'");
        }
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.description = Objects.requireNonNull(description, "description");
        this.parser = parser;
        this.allowed = List.copyOf(allowed);
    }

    /** A true/false option. */
    public static Option<Boolean> bool(String name, boolean defaultValue, String description) {
        return new Option<>(name, Boolean.class, defaultValue, description, text -> {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("false")) {
                return Boolean.valueOf(t);
            }
            throw new IllegalArgumentException("expected true or false");
        }, List.of("true", "false"));
    }

    /** A whole-number option with a lower bound. */
    public static Option<Long> number(String name, long defaultValue, long min, String description) {
        return new Option<>(name, Long.class, defaultValue, description, text -> {
            long v;
            try {
                v = Long.parseLong(text.trim().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected a whole number");
            }
            if (v < min) {
                throw new IllegalArgumentException("expected a number of at least " + min);
            }
            return v;
        }, List.of());
    }

    /** A text option; a null default means unset. */
    public static Option<String> text(String name, @CheckForNull String defaultValue, String description) {
        return new Option<>(name, String.class, defaultValue, description, s -> s, List.of());
    }

    /** One of an enumeration's constants, written in lower case with '-' for '_'. */
    public static <E extends Enum<E>> Option<E> choice(String name, Class<E> type, E defaultValue, String description) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Option::word).toList();
        return new Option<>(name, type, defaultValue, description, text -> {
            for (E e : type.getEnumConstants()) {
                if (word(e).equals(text.trim().toLowerCase(Locale.ROOT))) {
                    return e;
                }
            }
            throw new IllegalArgumentException("expected one of " + String.join(", ", names));
        }, names);
    }

    /** An option only code can set (a callback, a stream): it has no string form. */
    public static <T> Option<T> object(String name, Class<T> type, @CheckForNull T defaultValue, String description) {
        return new Option<>(name, type, defaultValue, description, null, List.of());
    }

    private static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The name, as on the command line ({@code --option pretty=true}). */
    public String name() {
        return name;
    }

    /** The type of its values. */
    public Class<T> type() {
        return type;
    }

    /** The value when not set; may be null for "unset". */
    @CheckForNull
    public T defaultValue() {
        return defaultValue;
    }

    /** What it does. */
    public String description() {
        return description;
    }

    /** The allowed string values, where there is a fixed set. */
    public List<String> allowed() {
        return allowed;
    }

    /** Whether it can be given as text. */
    public boolean hasStringForm() {
        return parser != null;
    }

    /**
     * Reads a value from its string form.
     *
     * @throws OptionException saying what was expected
     */
    public T parse(String text) {
        if (parser == null) {
            throw new OptionException("option '" + name + "' can only be set from code, not as text");
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new OptionException("option '" + name + "': cannot use \"" + text + "\": " + e.getMessage());
        }
    }

    /** The string form of a value, for documentation and round trips. */
    public String format(@CheckForNull Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Enum<?> e ? word(e) : String.valueOf(value);
    }

    @Override
    public String toString() {
        return name + " (default " + (defaultValue == null ? "unset" : format(defaultValue)) + "): " + description;
    }
}
