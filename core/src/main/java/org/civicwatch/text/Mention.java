package org.civicwatch.text;

import java.util.Objects;

/**
 * Something found inside a longer text: the value read, the text it was read from exactly as written,
 * and where that text stands (UTF-16 offsets into the text searched, end exclusive, as for
 * {@link String#substring(int, int)}).
 *
 * <pre>{@code
 * Mention<Floor> m = JapaneseFloors.findAll("県庁最上階32階にも6基").get(0);
 * m.value()   // Floor.of(32)
 * m.text()    // "最上階32階", also the floor's label
 * m.start()   // 2
 * m.end()     // 8
 * }</pre>
 *
 * @param value what the text says
 * @param text the text it was read from, as written (for a floor, its label)
 * @param start where {@code text} starts in the text searched
 * @param end where {@code text} ends in the text searched (exclusive)
 * @param <T> the kind of value
 */
public record Mention<T>(T value, String text, int start, int end) {

    /** Checks that the offsets describe {@code text}. */
    public Mention {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not span \"" + text + "\"");
        }
    }
}
