package org.civicwatch.spi;

import java.io.InterruptedIOException;

/**
 * How long reads and writes stop when their thread is interrupted: loops over records (and a plugin's
 * own loops over posts, lines or entries) call {@link #check} once per step, so an interrupted conversion
 * ends within one step, with an {@link InterruptedIOException}; the facade then removes the output it had
 * begun. The thread's interrupt status is left set, for the caller to see.
 *
 * <pre>{@code
 * for (Post p : posts) {
 *     Cancellation.check("reading posts");
 *     ...
 * }
 * }</pre>
 */
public final class Cancellation {
    private Cancellation() {
    }

    /**
     * Stops when the current thread has been interrupted.
     *
     * @param doing what was being done, for the message ("converting records")
     * @throws InterruptedIOException if the thread is interrupted
     */
    public static void check(String doing) throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted while " + doing + "; nothing was written");
        }
    }
}
