package org.civicwatch.spi;

import javax.annotation.CheckForNull;

/**
 * A piece of input that lenient reading passed over: where, why, and the input itself, so that it is
 * reported and can be written aside rather than silently lost.
 *
 * @param location where it is
 * @param message what is wrong
 * @param rejected the rejected input as text (a line, a JSON object, an HTML fragment), or null
 */
public record Problem(Location location, String message, @CheckForNull String rejected) {

    /**
     * {@return the problem behind an exception}
     *
     * @param e the exception, whose location and detail the problem takes
     * @param rejected the rejected input as text, or null
     */
    public static Problem of(DataException e, @CheckForNull String rejected) {
        return new Problem(e.location(), e.detail(), rejected);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
