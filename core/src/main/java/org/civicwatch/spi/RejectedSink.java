package org.civicwatch.spi;

/**
 * Where lenient reading hands the input it rejects: a file of rejects, a log, a list. Set it with
 * {@link StandardOptions#REJECTED}.
 */
@FunctionalInterface
public interface RejectedSink {
    /** Takes one rejected piece of input with its location and reason. */
    void accept(Problem problem);
}
