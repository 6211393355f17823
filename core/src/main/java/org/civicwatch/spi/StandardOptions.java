package org.civicwatch.spi;

import java.util.List;

/**
 * Options every importer or every exporter accepts.
 *
 * <p><b>Reading.</b> An importer lists {@link #READING} in its descriptor and honours them with
 * {@link Problems}.
 *
 * <p><b>Writing.</b> {@link #WRITING} ({@link #REDACT}) is accepted for every exporter, listed or not. For
 * an exporter that does not list it, the registry redacts every record and the info before they reach the
 * exporter ({@code Redactor}, package {@code org.civicwatch.redaction}), so a plugin gets it without a line
 * of code. An exporter that lists {@code REDACT} in its descriptor honours it itself (the registry then
 * leaves the records as they are): to redact also when it is called directly, to count what it leaves
 * out, or to give the option another default with {@link Option#withDefault}. The blog HTML exporter lists
 * {@code REDACT.withDefault(Redact.PRIVATE_NAMES)}, since a page is written to be published; the
 * conformance check proves that an exporter listing it leaves private names out when asked.
 */
public final class StandardOptions {
    private StandardOptions() {
    }

    /** Which personal data {@link #REDACT} leaves out of what is written. */
    public enum Redact {
        /** Write every value as it is. */
        NONE,
        /**
         * Leave out the names of private persons: a person is then known by title and organisation, and one
         * known by nothing but a name is left out whole. Names of organisations, groups and public figures
         * are kept, and so are quotes.
         */
        PRIVATE_NAMES,
        /** Leave out every value the field catalog marks personal: private names and quoted source text. */
        PERSONAL_DATA
    }

    /** Collect problems and go on instead of stopping at the first bad record. */
    public static final Option<Boolean> LENIENT = Option.bool("lenient", false,
            "Report bad records as problems and go on, instead of stopping at the first one.");

    /** How many problems lenient reading collects before it gives up. */
    public static final Option<Long> MAX_PROBLEMS = Option.number("max-problems", 100, 1,
            "In lenient mode, the most problems collected: one more stops the read with an error.");

    /** Where lenient reading hands rejected input; by default it is only reported. */
    public static final Option<RejectedSink> REJECTED = Option.object("rejected", RejectedSink.class, null,
            "In lenient mode, receives each rejected piece of input with its location and reason.");

    /** The options of every importer. */
    public static final List<Option<?>> READING = List.of(LENIENT, MAX_PROBLEMS, REJECTED);

    /**
     * Where an importer writes what lenient reading rejects, in the input's own shape, so that it can be fixed and
     * read again: a file (a CSV file's header, then its rejected rows, in its charset), or a folder of such files
     * for an input of several (a data package's tables). Not every importer can: one that can lists this option
     * among its own, and the {@code civicwatch} command then hands it the file named with {@code --rejects}
     * (otherwise the command writes the rejected texts itself, one after the other).
     *
     * <pre>{@code
     * List<Option<?>> options = List.of(MY_OPTION, StandardOptions.REJECTS);   // in the plugin's descriptor
     * String file = options.get(StandardOptions.REJECTS);                    // when reading
     * }</pre>
     */
    public static final Option<String> REJECTS = Option.text("rejects", null,
            "In lenient mode, a file (for an input of several tables, a folder of files, one per table) that receives"
                    + " every rejected piece of input verbatim in the input's own shape, after its header, so that it"
                    + " can be fixed and read again.");

    /**
     * Leave personal data out of what is written, from the records and the dataset info alike. Names in
     * free text (a summary, a note) are the author's to word and are never touched.
     */
    public static final Option<Redact> REDACT = Option.choice("redact", Redact.class, Redact.NONE,
            "Leave personal data out of the output: none; private-names (names of persons who are not public"
                    + " figures); personal-data (those and quoted source text).");

    /** The options of every exporter. */
    public static final List<Option<?>> WRITING = List.of(REDACT);
}
