package org.civicwatch.spi;

import javax.annotation.CheckForNull;

/**
 * A piece of input that lenient reading passed over: where, why, and the input itself, so that it is
 * reported and can be written aside rather than silently lost. Or a warning: input that was read, but not
 * all that a heuristic reader (a blog post's prose) hoped to find in it, which neither fails a strict read
 * nor leaves anything out of the output.
 *
 * @param location where it is
 * @param message what is wrong
 * @param rejected the rejected input as text (a line, a JSON object, an HTML fragment), or null
 * @param warning whether it is a warning: nothing was rejected, the read went on in every mode
 */
public record Problem(Location location, String message, @CheckForNull String rejected, boolean warning) {

    /**
     * A problem that rejected input.
     *
     * @param location where it is
     * @param message what is wrong
     * @param rejected the rejected input as text, or null
     */
    public Problem(Location location, String message, @CheckForNull String rejected) {
        this(location, message, rejected, false);
    }

    /**
     * {@return the problem behind an exception}
     *
     * @param e the exception, whose location and detail the problem takes
     * @param rejected the rejected input as text, or null
     */
    public static Problem of(DataException e, @CheckForNull String rejected) {
        return new Problem(e.location(), e.detail(), rejected);
    }

    /**
     * {@return a warning behind an exception: what a heuristic reader could not read, passed over in every mode}
     *
     * @param e the exception, whose location and detail the warning takes
     * @param quoted the text concerned, or null
     */
    public static Problem warning(DataException e, @CheckForNull String quoted) {
        return new Problem(e.location(), e.detail(), quoted, true);
    }

    @Override
    public String toString() {
        return location + ": " + (warning ? "warning: " : "") + message;
    }
}
