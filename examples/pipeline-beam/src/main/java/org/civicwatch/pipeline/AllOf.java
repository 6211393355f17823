package org.civicwatch.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Combines a small collection (one value per input, or the summary's counts) by collecting it whole and
 * making one value of all of it.
 *
 * @param <InputT> the values collected
 * @param <OutputT> the value made of them
 */
abstract class AllOf<InputT, OutputT> extends Combine.CombineFn<InputT, List<InputT>, OutputT> {
    private static final long serialVersionUID = 1L;
    private final Coder<InputT> inputCoder;
    private final Coder<OutputT> outputCoder;

    AllOf(Coder<InputT> inputCoder, Coder<OutputT> outputCoder) {
        this.inputCoder = inputCoder;
        this.outputCoder = outputCoder;
    }

    /** {@return the value made of every value collected, in no particular order} */
    abstract OutputT of(List<InputT> all);

    @Override
    public final List<InputT> createAccumulator() {
        return new ArrayList<>();
    }

    @Override
    public final List<InputT> addInput(List<InputT> acc, InputT value) {
        acc.add(value);
        return acc;
    }

    @Override
    public final List<InputT> mergeAccumulators(Iterable<List<InputT>> accs) {
        List<InputT> all = new ArrayList<>();
        accs.forEach(all::addAll);
        return all;
    }

    @Override
    public final OutputT extractOutput(List<InputT> acc) {
        return of(acc);
    }

    @Override
    public final Coder<List<InputT>> getAccumulatorCoder(CoderRegistry registry, Coder<InputT> input) {
        return ListCoder.of(inputCoder);
    }

    @Override
    public final Coder<OutputT> getDefaultOutputCoder(CoderRegistry registry, Coder<InputT> input) {
        return outputCoder;
    }
}
