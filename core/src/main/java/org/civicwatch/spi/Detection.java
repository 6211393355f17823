package org.civicwatch.spi;

/** How strongly a format recognises an input; the strongest wins. */
public enum Detection {
    /** Not this format. */
    NONE,
    /** Might be: only the file name suggests it, or the content is generic (any text). */
    WEAK,
    /** Likely: the content has this format's structure. */
    SOLID,
    /** Certain: the content carries this format's own marker (a signature, a version field). */
    FULL
}
