package org.civicwatch.pipeline;

import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * A coder of the pipeline's values that writes every field of a value, in a fixed order: equal values
 * encode to equal bytes and values that encode alike are equal, so it is deterministic (a grouping key
 * may hold it) and consistent with {@code equals}.
 *
 * @param <T> the values coded
 */
abstract class ExactCoder<T> extends AtomicCoder<T> {
    private static final long serialVersionUID = 1L;

    @Override
    public final void verifyDeterministic() {
        // Fields are written in a fixed order, lists in their order and decimals by their bits.
    }

    @Override
    public final boolean consistentWithEquals() {
        return true;
    }
}
