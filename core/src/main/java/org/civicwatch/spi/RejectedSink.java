package org.civicwatch.spi;

/**
 * Where lenient reading hands the input it rejects: a file of rejects, a log, a list. Set it with
 * {@link StandardOptions#REJECTED}.
 */
@FunctionalInterface
public interface RejectedSink {
    /**
     * Takes one rejected piece of input with its location and reason.
     *
     * @param problem the rejected input, where it was and why
     */
    void accept(Problem problem);
}
