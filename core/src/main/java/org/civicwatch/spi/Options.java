package org.civicwatch.spi;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.annotation.CheckForNull;

/**
 * An immutable set of option values, the one context object every importer and exporter receives, so
 * that method signatures never change when options are added.
 *
 * <pre>{@code
 * Options o = Options.EMPTY.with(StandardOptions.LENIENT, true);
 * Options fromCli = Options.parse(Map.of("pretty", "true"), exporter.descriptor().options());
 * }</pre>
 */
public final class Options {
    /** No options set: every option has its default. */
    public static final Options EMPTY = new Options(Map.of());

    private final Map<Option<?>, Object> values;

    private Options(Map<Option<?>, Object> values) {
        this.values = values;
    }

    /**
     * {@return these options with one more value set (or replaced)}
     *
     * @param <T> the type of the option's values
     * @param option the option
     * @param value its value, not null
     * @throws OptionException if the value is not of the option's type
     */
    public <T> Options with(Option<T> option, T value) {
        Objects.requireNonNull(value, "value");
        if (!option.type().isInstance(value)) {
            throw new OptionException("option '" + option.name() + "' takes a " + option.type().getSimpleName());
        }
        Map<Option<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(option, value);
        return new Options(Map.copyOf(copy));
    }

    /**
     * {@return the value set for an option, or its default (which may be null)}
     *
     * @param <T> the type of the option's values
     * @param option the option
     */
    @CheckForNull
    public <T> T get(Option<T> option) {
        Object v = values.get(option);
        return v == null ? option.defaultValue() : option.type().cast(v);
    }

    /**
     * {@return the value set for an option, or its default, which must not be null}
     *
     * @param <T> the type of the option's values
     * @param option the option
     * @throws NullPointerException if it has no value
     */
    public <T> T require(Option<T> option) {
        return Objects.requireNonNull(get(option), () -> "option '" + option.name() + "' has no value");
    }

    /**
     * {@return whether an option was set explicitly}
     *
     * @param option the option
     */
    public boolean isSet(Option<?> option) {
        return values.containsKey(option);
    }

    /** {@return the options set explicitly} */
    public Collection<Option<?>> set() {
        return values.keySet();
    }

    /**
     * Reads options from their string forms, as given on a command line.
     *
     * @param given option names and values
     * @param accepted the options the format accepts (its descriptor's)
     * @return the options
     * @throws OptionException for an unknown name, listing the valid ones, or a value that cannot be read
     */
    public static Options parse(Map<String, String> given, List<Option<?>> accepted) {
        Options result = EMPTY;
        for (Map.Entry<String, String> e : given.entrySet()) {
            Option<?> option = accepted.stream().filter(o -> o.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> unknown(e.getKey(), accepted));
            result = result.withParsed(option, e.getValue());
        }
        return result;
    }

    private <T> Options withParsed(Option<T> option, String text) {
        return with(option, option.parse(text));
    }

    /**
     * Checks that every option set is one the format accepts. The registry and the facade call this with
     * the plugin's descriptor before they open any reader or writer, so a plugin need not.
     *
     * @param formatId the format's id, for the message
     * @param accepted the options the format accepts (its descriptor's)
     * @return these options
     * @throws OptionException naming the first unknown option and listing the valid ones
     */
    public Options requireOnly(String formatId, List<Option<?>> accepted) {
        for (Option<?> o : values.keySet()) {
            if (!accepted.contains(o)) {
                throw new OptionException("format '" + formatId + "' does not accept option '" + o.name() + "'; "
                        + describe(accepted));
            }
        }
        return this;
    }

    private static OptionException unknown(String name, List<Option<?>> accepted) {
        return new OptionException("unknown option '" + name + "'; " + describe(accepted));
    }

    private static String describe(List<Option<?>> accepted) {
        if (accepted.isEmpty()) {
            return "this format accepts no options";
        }
        return "valid options are: " + accepted.stream().map(Option::name).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getKey().format(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
