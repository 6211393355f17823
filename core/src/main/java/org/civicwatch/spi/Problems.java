package org.civicwatch.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.CheckForNull;

/**
 * The problems of one read, for readers to share: in strict mode (the default) {@link #report} throws
 * the error; in lenient mode it records it, hands the rejected input to the
 * {@link StandardOptions#REJECTED} sink, and throws only when more than
 * {@link StandardOptions#MAX_PROBLEMS} have been seen, so a run over garbage stops and says so. Warnings
 * ({@link #warn}) are recorded in both modes and fail nothing.
 */
public final class Problems {
    private final boolean lenient;
    private final long max;
    private final @CheckForNull RejectedSink sink;
    private final List<Problem> problems = new ArrayList<>();
    private long warnings;

    /**
     * The problems of a read with these options.
     *
     * @param options the read's options: {@link StandardOptions#LENIENT}, {@link StandardOptions#MAX_PROBLEMS}
     *     and {@link StandardOptions#REJECTED}
     */
    public Problems(Options options) {
        this.lenient = Boolean.TRUE.equals(options.get(StandardOptions.LENIENT));
        this.max = options.require(StandardOptions.MAX_PROBLEMS);
        this.sink = options.get(StandardOptions.REJECTED);
    }

    /** {@return whether reading goes on after a problem} */
    public boolean lenient() {
        return lenient;
    }

    /**
     * Reports a bad piece of input.
     *
     * @param error what is wrong and where
     * @param rejected the input passed over, as text, or null
     * @throws DataException in strict mode, or when the bound on problems is passed
     */
    public void report(DataException error, @CheckForNull String rejected) {
        if (!lenient) {
            throw error;
        }
        Problem p = Problem.of(error, rejected);
        problems.add(p);
        if (sink != null) {
            sink.accept(p);
        }
        if (problems.size() - Math.min(warnings, max) > max) {
            throw new DataException(error.location(), "more than " + max + " problems; giving up. The first was: "
                    + problems.stream().filter(q -> !q.warning()).findFirst().orElse(p) + ". Fix the input, or raise the option max-problems.", error);
        }
    }

    /**
     * Records a warning: input read, but not all of it understood (a paragraph of prose an extractor could
     * not read). It fails no read, strict or lenient, and rejects nothing; past
     * {@link StandardOptions#MAX_PROBLEMS} warnings, further ones are not recorded.
     *
     * @param what what could not be read and where
     * @param quoted the text concerned, or null
     */
    public void warn(DataException what, @CheckForNull String quoted) {
        if (warnings < max) {
            problems.add(Problem.warning(what, quoted));
        }
        warnings++;
    }

    /** {@return the problems seen so far, in order} */
    public List<Problem> list() {
        return Collections.unmodifiableList(problems);
    }
}
