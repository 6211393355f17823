package org.civicwatch.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;

/** Validation shared by the compact constructors. */
final class Checks {
    /** What an id is; {@link #isId} checks it by hand. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    // The shape of a BCP 47 tag (language, then subtags), not a registry lookup: "ja", "zh-Hant-TW".
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private static final Place NO_PLACE = new Place(null, null, null, null, null, null, null, null, null);

    private Checks() {
    }

    /**
     * A place with nothing in it means absent, as an empty string does: a table has no way to tell it from
     * no place, so every format reads it back as none.
     */
    @CheckForNull
    static Place place(@CheckForNull Place value) {
        return NO_PLACE.equals(value) ? null : value;
    }

    /**
     * An empty string means absent. Text holds only what every format carries: no lone surrogate (half of
     * a character, which UTF-8 cannot write) and no noncharacter U+FFFE or U+FFFF (HTML parsers end a page
     * at U+FFFF), so that no format shortens or changes it.
     */
    @CheckForNull
    static String text(@CheckForNull String value, String field) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\uFFFE' || c == '\uFFFF') {
                throw new ModelException(field, "holds U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                        + " at character " + (i + 1) + ", a noncharacter that not every format can carry; remove it"
                        + " or replace it with U+FFFD");
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    throw new ModelException(field, "holds a lone surrogate (U+"
                            + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ") at character " + (i + 1)
                            + ", half of a character that UTF-8 cannot write; the text was cut or decoded wrongly");
                }
                i++;
            }
        }
        return value;
    }

    static String required(@CheckForNull String value, String field) {
        String v = text(value, field);
        if (v == null) {
            throw new ModelException(field, "is required");
        }
        return v;
    }

    static <T> T required(@CheckForNull T value, String field) {
        if (value == null) {
            throw new ModelException(field, "is required");
        }
        return value;
    }

    static String id(@CheckForNull String value, String field) {
        String v = required(value, field);
        if (!isId(v)) {
            throw new ModelException(field, MessageText.quote(v) + " is not a valid id: use 1 to 128 letters, digits,"
                    + " '.', '_', ':' or '-', starting with a letter or digit");
        }
        return v;
    }

    /** Whether a string is an id as {@link #ID} says, without a regex: every record read is checked. */
    static boolean isId(String v) {
        int n = v.length();
        if (n == 0 || n > 128) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alnum && (i == 0 || c != '.' && c != '_' && c != ':' && c != '-')) {
                return false;
            }
        }
        return true;
    }

    /** An optional BCP 47 language tag ("ja"); empty means absent. */
    @CheckForNull
    static String language(@CheckForNull String value, String field) {
        String v = text(value, field);
        if (v != null && !LANGUAGE.matcher(v).matches()) {
            throw new ModelException(field, MessageText.quote(v) + " is not a BCP 47 language tag such as ja");
        }
        return v;
    }

    /** Copies a list, treating null as empty and rejecting null elements. */
    static <T> List<T> list(@CheckForNull List<T> values, String field) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new ModelException(field + "[" + i + "]", "must not be null");
            }
        }
        return List.copyOf(values);
    }

    static List<String> ids(@CheckForNull List<String> values, String field) {
        List<String> copy = list(values, field);
        for (int i = 0; i < copy.size(); i++) {
            id(copy.get(i), field + "[" + i + "]");
        }
        return copy;
    }

    static List<String> tags(@CheckForNull List<String> values, String field) {
        List<String> copy = list(values, field);
        for (int i = 0; i < copy.size(); i++) {
            if (text(copy.get(i), field + "[" + i + "]") == null) {
                throw new ModelException(field + "[" + i + "]", "must not be empty");
            }
        }
        return copy;
    }

    /** Runs a nested check, prefixing the field name of any failure with the enclosing field. */
    static <T> T nested(String outerField, Supplier<T> check) {
        try {
            return check.get();
        } catch (ModelException e) {
            throw e.within(outerField);
        }
    }

    /** A growable list for builders. */
    static <T> List<T> growable(@CheckForNull List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }

    @SafeVarargs
    static <T> List<T> append(List<T> to, T... values) {
        Collections.addAll(to, values);
        return to;
    }
}
