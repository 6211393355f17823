package org.civicwatch.cli;

import java.util.List;
import javax.annotation.CheckForNull;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;

/**
 * What {@code --redact} asks of an exporter: to leave out the names of private persons. In this version
 * redaction is an exporter's own option (the blog HTML exporter's {@code redact-private-names}); a format
 * without one cannot redact, and saying so is better than writing the names.
 */
final class Redaction {
    /** The exporter options that leave private persons' names out. */
    private static final List<String> OPTION_NAMES = List.of("redact-private-names");

    private Redaction() {
    }

    /**
     * {@return the writing options with redaction on}
     *
     * @param exporter the exporter's descriptor
     * @param options its options so far
     * @throws UsageException if the exporter cannot redact
     */
    static Options redacting(FormatDescriptor exporter, Options options) {
        Option<Boolean> flag = option(exporter);
        if (flag != null) {
            return options.with(flag, true);
        }
        throw new UsageException("format '" + exporter.id() + "' cannot leave private persons' names out: it has no"
                + " redaction option (in this version only html has one, redact-private-names). Write html, or leave"
                + " out --redact.");
    }

    /**
     * {@return the writing options with which an exporter keeps every name, for a round trip without loss}
     *
     * @param exporter the exporter's descriptor
     */
    static Options keepingNames(FormatDescriptor exporter) {
        Option<Boolean> flag = option(exporter);
        return flag == null ? Options.EMPTY : Options.EMPTY.with(flag, false);
    }

    @CheckForNull
    private static Option<Boolean> option(FormatDescriptor exporter) {
        for (Option<?> o : exporter.options()) {
            if (OPTION_NAMES.contains(o.name()) && o.type() == Boolean.class) {
                @SuppressWarnings("unchecked")
                Option<Boolean> flag = (Option<Boolean>) o;
                return flag;
            }
        }
        return null;
    }
}
