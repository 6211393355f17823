package org.civicwatch.model;

import javax.annotation.CheckForNull;

/**
 * How many of something were found. An exact {@code 0} is a finding ("none on floors 3 to 30"), not a
 * missing value; a null value is unknown, and then the qualifier says how it was put ("数十基" is
 * approximate tens with no exact value).
 *
 * @param value the number, or null when not known
 * @param qualifier how exact {@code value} is
 * @param original the text it was read from ("2基", "六基", "ひとつも…ない"), if any
 */
public record Count(@CheckForNull Long value, Qualifier qualifier, @CheckForNull String original) {

    /** How exact a count is. */
    public enum Qualifier {
        /** Exactly this many. */
        EXACT,
        /** This many or more. */
        AT_LEAST,
        /** About this many, or (without a value) of an unknown size that the original text describes. */
        APPROXIMATE
    }

    /**
     * Checks the count.
     *
     * @param value the number, or null when not known
     * @param qualifier how exact {@code value} is
     * @param original the text it was read from ("2基", "六基", "ひとつも…ない"), if any
     * @throws ModelException if the qualifier is missing, the value negative, or an exact or at-least
     *     count has no value
     */
    public Count {
        Checks.required(qualifier, "qualifier");
        original = Checks.text(original, "original");
        if (value != null && value < 0) {
            throw new ModelException("value", "a count cannot be negative, got " + value);
        }
        if (value == null && qualifier != Qualifier.APPROXIMATE) {
            throw new ModelException("value", "a count without a value must be approximate; an exact or"
                    + " at-least count needs its number");
        }
    }

    /**
     * {@return exactly {@code n}}
     *
     * @param n how many, 0 for none found
     */
    public static Count exactly(long n) {
        return new Count(n, Qualifier.EXACT, null);
    }

    /** {@return a count of none found: an exact zero} */
    public static Count none() {
        return exactly(0);
    }

    /**
     * {@return {@code n} or more}
     *
     * @param n the least there are
     */
    public static Count atLeast(long n) {
        return new Count(n, Qualifier.AT_LEAST, null);
    }

    /**
     * {@return about {@code n}}
     *
     * @param n the approximate number
     */
    public static Count about(long n) {
        return new Count(n, Qualifier.APPROXIMATE, null);
    }

    /**
     * {@return an approximate count of unknown size, described by the original text}
     *
     * @param original the text that describes it ("数十基")
     */
    public static Count unknown(@CheckForNull String original) {
        return new Count(null, Qualifier.APPROXIMATE, original);
    }

    /**
     * {@return the same count, remembering the text it was read from}
     *
     * @param text the text ("2基"), or null or empty to forget it
     */
    public Count withOriginal(@CheckForNull String text) {
        return new Count(value, qualifier, text);
    }

    /** {@return whether this says "none found"} */
    public boolean isNone() {
        return value != null && value == 0 && qualifier == Qualifier.EXACT;
    }
}
