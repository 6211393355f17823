package org.civicwatch.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javax.annotation.CheckForNull;
import org.civicwatch.model.MessageText;

/**
 * A typed option a format accepts, with its default, its documentation and (for options that can be
 * given on a command line) its string form.
 *
 * <pre>{@code
 * public static final Option<Boolean> PRETTY = Option.bool("pretty", false, "Indent the output.");
 * boolean pretty = options.get(PRETTY);
 * }</pre>
 *
 * <p>An option is equal only to itself and to the variants made from it with {@link #withDefault}, so a
 * format can give a standard option its own default and still read a value set under the standard one.
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
    /** The option this one is a variant of, or itself: what equality compares. */
    private final Option<T> origin;

    private Option(String name, Class<T> type, @CheckForNull T defaultValue, String description,
                   @CheckForNull Function<String, T> parser, List<String> allowed) {
        this(name, type, defaultValue, description, parser, allowed, null);
    }

    private Option(String name, Class<T> type, @CheckForNull T defaultValue, String description,
                   @CheckForNull Function<String, T> parser, List<String> allowed, @CheckForNull Option<T> origin) {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("option name " + MessageText.quote(name) + " must be lower case words joined by '-'");
        }
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.description = Objects.requireNonNull(description, "description");
        this.parser = parser;
        this.allowed = List.copyOf(allowed);
        this.origin = origin == null ? this : origin;
    }

    /**
     * {@return the same option with another default}: what a format lists in its descriptor when its
     * default differs from the usual one. The variant is equal to this option, so {@link Options} holding a
     * value set under either gives it under both; unset, each gives its own default.
     *
     * <pre>{@code
     * static final Option<StandardOptions.Redact> REDACT =
     *         StandardOptions.REDACT.withDefault(StandardOptions.Redact.PRIVATE_NAMES);
     * }</pre>
     *
     * @param newDefault the format's default, or null for unset
     */
    public Option<T> withDefault(@CheckForNull T newDefault) {
        return new Option<>(name, type, newDefault, description, parser, allowed, origin);
    }

    /**
     * {@return a true/false option, read from "true" or "false" in any case}
     *
     * @param name lower-case words joined by '-' ("pretty")
     * @param defaultValue the value when not set
     * @param description what it does
     * @throws IllegalArgumentException if the name is malformed
     */
    public static Option<Boolean> bool(String name, boolean defaultValue, String description) {
        return new Option<>(name, Boolean.class, defaultValue, description, text -> {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("false")) {
                return Boolean.valueOf(t);
            }
            throw new IllegalArgumentException("expected true or false");
        }, List.of("true", "false"));
    }

    /**
     * {@return a whole-number option with a lower bound; its string form may use '_' between digits}
     *
     * @param name lower-case words joined by '-' ("max-problems")
     * @param defaultValue the value when not set
     * @param min the least value accepted from text
     * @param description what it does
     * @throws IllegalArgumentException if the name is malformed
     */
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

    /**
     * {@return a text option}
     *
     * @param name lower-case words joined by '-'
     * @param defaultValue the value when not set, or null for unset
     * @param description what it does
     * @throws IllegalArgumentException if the name is malformed
     */
    public static Option<String> text(String name, @CheckForNull String defaultValue, String description) {
        return new Option<>(name, String.class, defaultValue, description, s -> s, List.of());
    }

    /**
     * {@return an option taking one of an enumeration's constants, written in lower case with '-' for '_'}
     *
     * @param <E> the enumeration
     * @param name lower-case words joined by '-'
     * @param type the enumeration's class
     * @param defaultValue the value when not set
     * @param description what it does
     * @throws IllegalArgumentException if the name is malformed
     */
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

    /**
     * {@return an option only code can set (a callback, a stream): it has no string form}
     *
     * @param <T> the type of its values
     * @param name lower-case words joined by '-'
     * @param type the class of its values
     * @param defaultValue the value when not set, or null for unset
     * @param description what it does
     * @throws IllegalArgumentException if the name is malformed
     */
    public static <T> Option<T> object(String name, Class<T> type, @CheckForNull T defaultValue, String description) {
        return new Option<>(name, type, defaultValue, description, null, List.of());
    }

    private static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@return the name, as on the command line ({@code --option pretty=true})} */
    public String name() {
        return name;
    }

    /** {@return the type of its values} */
    public Class<T> type() {
        return type;
    }

    /** {@return the value when not set; may be null for "unset"} */
    @CheckForNull
    public T defaultValue() {
        return defaultValue;
    }

    /** {@return what it does} */
    public String description() {
        return description;
    }

    /** {@return the allowed string values, where there is a fixed set} */
    public List<String> allowed() {
        return allowed;
    }

    /** {@return whether it can be given as text} */
    public boolean hasStringForm() {
        return parser != null;
    }

    /**
     * Reads a value from its string form.
     *
     * @param text the string form ("true", "500", "strict")
     * @return the value
     * @throws OptionException saying what was expected
     */
    public T parse(String text) {
        if (parser == null) {
            throw new OptionException("option '" + name + "' can only be set from code, not as text");
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new OptionException("option '" + name + "': cannot use " + MessageText.quote(text) + ": " + e.getMessage());
        }
    }

    /**
     * {@return the string form of a value, for documentation and round trips; empty for null}
     *
     * @param value a value of this option
     */
    public String format(@CheckForNull Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Enum<?> e ? word(e) : String.valueOf(value);
    }

    /** {@return whether the other is this option or a variant of the same option ({@link #withDefault})} */
    @Override
    public boolean equals(@CheckForNull Object other) {
        return other instanceof Option<?> o && o.origin == origin;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(origin);
    }

    @Override
    public String toString() {
        return name + " (default " + (defaultValue == null ? "unset" : format(defaultValue)) + "): " + description;
    }
}
