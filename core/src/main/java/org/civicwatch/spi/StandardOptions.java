package org.civicwatch.spi;

import java.util.List;

/**
 * Options every importer accepts. List them in your descriptor with {@link #READING} and honour them
 * with {@link Problems}.
 */
public final class StandardOptions {
    private StandardOptions() {
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
}
