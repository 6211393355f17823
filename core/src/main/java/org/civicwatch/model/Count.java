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

    public Count {
        Checks.required(qualifier, "qualifier");
        original = Checks.text(original);
        if (value != null && value < 0) {
            throw new ModelException("value", "a count cannot be negative, got " + value);
        }
        if (value == null && qualifier != Qualifier.APPROXIMATE) {
            throw new ModelException("value", "a count without a value must be approximate; an exact or"
                    + " at-least count needs its number");
        }
    }

    /** Exactly {@code n}. */
    public static Count exactly(long n) {
        return new Count(n, Qualifier.EXACT, null);
    }

    /** None found: an exact zero. */
    public static Count none() {
        return exactly(0);
    }

    /** {@code n} or more. */
    public static Count atLeast(long n) {
        return new Count(n, Qualifier.AT_LEAST, null);
    }

    /** About {@code n}. */
    public static Count about(long n) {
        return new Count(n, Qualifier.APPROXIMATE, null);
    }

    /** Of unknown size, described by the original text ("数十基"). */
    public static Count unknown(@CheckForNull String original) {
        return new Count(null, Qualifier.APPROXIMATE, original);
    }

    /** The same count, remembering the text it was read from. */
    public Count withOriginal(@CheckForNull String text) {
        return new Count(value, qualifier, text);
    }

    /** Whether this says "none found". */
    public boolean isNone() {
        return value != null && value == 0 && qualifier == Qualifier.EXACT;
    }
}
