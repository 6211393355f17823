package org.civicwatch.pipeline;

import java.util.List;
import java.util.ServiceLoader;
import javax.annotation.CheckForNull;

/** The splitters found where the pipeline runs, loaded once per worker. */
final class Splitters {
    private static final List<Splitter> FOUND = ServiceLoader.load(Splitter.class, Splitter.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get).toList();

    private Splitters() {
    }

    /** {@return the splitter of a format, or null when its inputs are read whole} */
    @CheckForNull
    static Splitter of(String formatId) {
        return FOUND.stream().filter(s -> s.splits(formatId)).findFirst().orElse(null);
    }
}
