package org.civicwatch.pipeline;

import java.util.Objects;

/**
 * One part of one input, read on its own: the whole file, or a byte range of it that a
 * {@link Splitter} cut at a place where its format allows (a line's start in JSON Lines).
 *
 * @param file the input's path, as the pipeline matched it
 * @param formatId the input's format ({@code jsonl})
 * @param part the part's 0-based place among the input's parts
 * @param start the first byte of the part, 0 for the whole file
 * @param end the byte after the part's last, or {@link #TO_THE_END}
 * @param firstLine the line of the input the part starts on (1-based), or 0 where the format has no lines
 */
public record Split(String file, String formatId, int part, long start, long end, long firstLine) {
    /** {@link #end()} of a part that runs to the end of the input. */
    public static final long TO_THE_END = Long.MAX_VALUE;

    /** Checks the range. */
    public Split {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(formatId, "formatId");
        if (part < 0 || start < 0 || end < start || firstLine < 0) {
            throw new IllegalArgumentException("a part has a place of 0 or more, and 0 <= start <= end; got part "
                    + part + ", " + start + ".." + end + ", line " + firstLine);
        }
    }

    /**
     * {@return the whole of an input, as one part}
     *
     * @param file the input's path
     * @param formatId its format
     */
    public static Split whole(String file, String formatId) {
        return new Split(file, formatId, 0, 0, TO_THE_END, 1);
    }

    /** {@return whether the part is the whole input} */
    public boolean isWhole() {
        return start == 0 && end == TO_THE_END;
    }
}
