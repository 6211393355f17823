package org.civicwatch.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;

/**
 * A date or time of known precision, or a span of them, stored and written as an
 * <a href="https://www.loc.gov/standards/datetime/">EDTF</a> string (Extended Date/Time Format,
 * levels 0 and 1 without seasons or unspecified digits).
 *
 * <pre>{@code
 * When.parse("2017-05-29T15:00+09:00")   // to the minute, Japan time
 * When.parse("2015-03")                  // a month
 * When.parse("2014-05/2017-03")          // a span
 * When.parse("2014-05/..")               // from May 2014 on
 * When.parse("2017~")                    // about 2017
 * When.parse("2017-07-18").withOriginal("平成29年7月18日")
 * }</pre>
 *
 * <p>{@link #edtf()} gives back exactly the string it was parsed from (a zero UTC offset, {@code +00:00},
 * is written {@code Z}); {@link #original()} keeps the
 * text a date was read from, if any. Two values are equal when both are equal.
 */
public final class When implements Comparable<When> {

    /** How precisely a point in time is known. */
    public enum Precision {
        /** A year: {@code 2017}. */
        YEAR,
        /** A month: {@code 2017-06}. */
        MONTH,
        /** A day: {@code 2017-06-13}. */
        DAY,
        /** A time to the minute: {@code 2017-06-13T18:55+09:00}. */
        MINUTE,
        /** A time to the second: {@code 2017-06-13T18:55:30+09:00}. */
        SECOND
    }

    private static final Pattern POINT = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?)?)?)?([?~%])?");

    /**
     * One end of a span, or a single point: the fields down to its precision, an optional UTC offset
     * (only with a time) and the EDTF qualifiers.
     *
     * @param year four-digit year
     * @param month 1-12, or null at year precision
     * @param day day of month, or null at month precision or coarser
     * @param hour 0-23, or null without a time
     * @param minute 0-59, or null without a time
     * @param second 0-59, or null at minute precision or coarser
     * @param offset the UTC offset of the time, or null for a local time or a date
     * @param approximate EDTF {@code ~} (or {@code %})
     * @param uncertain EDTF {@code ?} (or {@code %})
     */
    public record Point(int year, @CheckForNull Integer month, @CheckForNull Integer day,
                        @CheckForNull Integer hour, @CheckForNull Integer minute, @CheckForNull Integer second,
                        @CheckForNull ZoneOffset offset, boolean approximate, boolean uncertain) {
        /**
         * Checks the point.
         *
         * @param year four-digit year
         * @param month 1-12, or null at year precision
         * @param day day of month, or null at month precision or coarser
         * @param hour 0-23, or null without a time
         * @param minute 0-59, or null without a time
         * @param second 0-59, or null at minute precision or coarser
         * @param offset the UTC offset of the time, or null for a local time or a date
         * @param approximate EDTF {@code ~} (or {@code %})
         * @param uncertain EDTF {@code ?} (or {@code %})
         * @throws ModelException if the year is outside 0000-9999, a field is given without the coarser
         *     ones, a date or time does not exist, or the offset has seconds
         */
        public Point {
            if (year < 0 || year > 9999) {
                throw new ModelException(null, "year " + year + " is outside 0000-9999");
            }
            if (day != null && month == null || hour != null && day == null || minute != null && hour == null
                    || hour != null && minute == null || second != null && minute == null
                    || offset != null && hour == null) {
                throw new ModelException(null, "a date or time must be given from the year down, without gaps");
            }
            if (month != null && (month < 1 || month > 12)) {
                throw new ModelException(null, "month " + month + " does not exist: months run from 01 to 12");
            }
            if (day != null && !YearMonth.of(year, month).isValidDay(day)) {
                throw new ModelException(null, String.format(Locale.ROOT,
                        "%04d-%02d-%02d does not exist: %s has %d days",
                        year, month, day, YearMonth.of(year, month), YearMonth.of(year, month).lengthOfMonth()));
            }
            if (hour != null && (hour < 0 || hour > 23 || minute < 0 || minute > 59
                    || second != null && (second < 0 || second > 59))) {
                throw new ModelException(null, "time " + hour + ":" + minute + (second == null ? "" : ":" + second)
                        + " does not exist: hours run 00-23, minutes and seconds 00-59");
            }
            if (offset != null && offset.getTotalSeconds() % 60 != 0) {
                throw new ModelException(null, "UTC offset " + offset + " has seconds: EDTF offsets are whole minutes");
            }
        }

        /** {@return how precisely this point is known} */
        public Precision precision() {
            if (second != null) {
                return Precision.SECOND;
            }
            if (minute != null) {
                return Precision.MINUTE;
            }
            if (day != null) {
                return Precision.DAY;
            }
            return month != null ? Precision.MONTH : Precision.YEAR;
        }

        /** {@return the first date this point can mean} */
        public LocalDate firstDay() {
            return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
        }

        /** {@return the last date this point can mean} */
        public LocalDate lastDay() {
            if (day != null) {
                return LocalDate.of(year, month, day);
            }
            YearMonth ym = YearMonth.of(year, month == null ? 12 : month);
            return ym.atEndOfMonth();
        }

        /** The earliest moment this point can mean, in Japan time (a point without an offset taken as such). */
        LocalDateTime lowerBound() {
            LocalDate d = firstDay();
            return hour == null ? d.atStartOfDay() : inJapan(d.atTime(hour, minute, second == null ? 0 : second));
        }

        /** The latest moment this point can mean, in Japan time (a point without an offset taken as such). */
        LocalDateTime upperBound() {
            LocalDate d = lastDay();
            if (hour == null) {
                return d.atTime(23, 59, 59);
            }
            return inJapan(d.atTime(hour, minute, second == null ? 59 : second));
        }

        /** Appends a non-negative number in ASCII digits, zero-padded to {@code width}. */
        private static void pad(StringBuilder s, int value, int width) {
            int length = 1;
            for (int rest = value / 10; rest > 0; rest /= 10) {
                length++;
            }
            for (int i = length; i < width; i++) {
                s.append('0');
            }
            s.append(value);
        }

        // Times with different offsets compare as instants: 2017-06-13T10:00Z is after 18:55+09:00.
        private LocalDateTime inJapan(LocalDateTime local) {
            return offset == null ? local : local.atOffset(offset).withOffsetSameInstant(JAPAN).toLocalDateTime();
        }

        @Override
        public String toString() {
            // Built by hand rather than with String.format: this runs for every date a format writes.
            StringBuilder s = new StringBuilder(32);
            pad(s, year, 4);
            if (month != null) {
                pad(s.append('-'), month, 2);
            }
            if (day != null) {
                pad(s.append('-'), day, 2);
            }
            if (hour != null) {
                pad(s.append('T'), hour, 2);
                pad(s.append(':'), minute, 2);
                if (second != null) {
                    pad(s.append(':'), second, 2);
                }
                if (offset != null) {
                    s.append(offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
                }
            }
            if (approximate && uncertain) {
                s.append('%');
            } else if (approximate) {
                s.append('~');
            } else if (uncertain) {
                s.append('?');
            }
            return s.toString();
        }
    }

    /** Japan Standard Time, the zone of every Japanese source that names none. */
    public static final ZoneOffset JAPAN = ZoneOffset.ofHours(9);

    private final @CheckForNull Point start;
    private final @CheckForNull Point end;
    private final boolean interval;
    private final boolean openStart;
    private final boolean openEnd;
    private final String edtf;
    private final @CheckForNull String original;

    private When(@CheckForNull Point start, @CheckForNull Point end, boolean interval, boolean openStart,
                 boolean openEnd, @CheckForNull String original) {
        this(start, end, interval, openStart, openEnd, original, null);
    }

    /** {@code edtf}, when given, is the text these points were read from, known to be their canonical form. */
    private When(@CheckForNull Point start, @CheckForNull Point end, boolean interval, boolean openStart,
                 boolean openEnd, @CheckForNull String original, @CheckForNull String edtf) {
        if (interval && start != null && end != null && start.lowerBound().isAfter(end.upperBound())) {
            throw new ModelException(null, "the span " + start + "/" + end + " ends before it starts");
        }
        this.start = start;
        this.end = end;
        this.interval = interval;
        this.openStart = openStart;
        this.openEnd = openEnd;
        this.original = Checks.text(original, "original");
        this.edtf = edtf != null ? edtf
                : interval ? side(start, openStart) + "/" + side(end, openEnd) : String.valueOf(start);
    }

    private static String side(@CheckForNull Point p, boolean open) {
        return p != null ? p.toString() : open ? ".." : "";
    }

    /**
     * Reads an EDTF string.
     *
     * @param edtf the EDTF string ("2017-05", "2014-05/..")
     * @return the value, whose {@link #edtf()} is that string
     * @throws ModelException naming what is wrong, e.g. {@code 2017-02-30 does not exist: 2017-02 has 28 days}
     */
    public static When parse(String edtf) {
        Objects.requireNonNull(edtf, "edtf");
        int slash = edtf.indexOf('/');
        if (slash < 0) {
            Point quick = quickPoint(edtf, edtf);
            return quick != null
                    ? new When(quick, null, false, false, false, null, canonical(edtf) ? edtf : null)
                    : new When(point(edtf, edtf), null, false, false, false, null);
        }
        String a = edtf.substring(0, slash);
        String b = edtf.substring(slash + 1);
        if (b.indexOf('/') >= 0) {
            throw new ModelException(null, MessageText.quote(edtf) + " has more than one '/': a span has one start and one end");
        }
        if (a.isEmpty() && b.isEmpty() || "..".equals(a) && "..".equals(b)
                || a.isEmpty() && "..".equals(b) || "..".equals(a) && b.isEmpty()) {
            throw new ModelException(null, MessageText.quote(edtf) + " is a span with neither a start nor an end");
        }
        Point s = a.isEmpty() || "..".equals(a) ? null : point(a, edtf);
        Point e = b.isEmpty() || "..".equals(b) ? null : point(b, edtf);
        return new When(s, e, true, "..".equals(a), "..".equals(b), null);
    }

    /**
     * Whether text that {@link #quickPoint} read is what {@link Point#toString} writes back: it is, but for
     * an offset of zero written as {@code +00:00} or {@code -00:00} (written back as {@code Z}).
     */
    private static boolean canonical(String quickText) {
        return quickText.indexOf("+00:00") < 0 && quickText.indexOf("-00:00") < 0;
    }

    private static Point point(String text, String whole) {
        Point quick = quickPoint(text, whole);
        if (quick != null) {
            return quick;
        }
        Matcher m = POINT.matcher(text);
        if (!m.matches()) {
            throw new ModelException(null, "cannot read " + MessageText.quote(whole) + " as an EDTF date: expected a form such as"
                    + " 2017, 2017-06, 2017-06-13, 2017-06-13T18:55+09:00, 2017~ or 2014-05/2017-03");
        }
        String q = m.group(8);
        return point(Integer.parseInt(m.group(1)), integer(m.group(2)), integer(m.group(3)), integer(m.group(4)),
                integer(m.group(5)), integer(m.group(6)), m.group(7), q == null ? 0 : q.charAt(0), whole);
    }

    /**
     * Reads a point of the form {@link #POINT} matches by hand, as it would read it; null when the text is
     * not of that form, for the pattern to say so.
     */
    @CheckForNull
    private static Point quickPoint(String t, String whole) {
        int n = t.length();
        if (n < 4 || !digits(t, 0, 4)) {
            return null;
        }
        int i = 4;
        Integer month = null;
        Integer day = null;
        Integer hour = null;
        Integer minute = null;
        Integer second = null;
        String offset = null;
        if (i < n && t.charAt(i) == '-') {
            if (!digits(t, i + 1, 2)) {
                return null;
            }
            month = number(t, i + 1);
            i += 3;
            if (i < n && t.charAt(i) == '-') {
                if (!digits(t, i + 1, 2)) {
                    return null;
                }
                day = number(t, i + 1);
                i += 3;
                if (i < n && t.charAt(i) == 'T') {
                    if (!digits(t, i + 1, 2) || !at(t, i + 3, ':') || !digits(t, i + 4, 2)) {
                        return null;
                    }
                    hour = number(t, i + 1);
                    minute = number(t, i + 4);
                    i += 6;
                    if (at(t, i, ':')) {
                        if (!digits(t, i + 1, 2)) {
                            return null;
                        }
                        second = number(t, i + 1);
                        i += 3;
                    }
                    if (at(t, i, 'Z')) {
                        offset = "Z";
                        i++;
                    } else if (at(t, i, '+') || at(t, i, '-')) {
                        if (!digits(t, i + 1, 2) || !at(t, i + 3, ':') || !digits(t, i + 4, 2)) {
                            return null;
                        }
                        offset = t.substring(i, i + 6);
                        i += 6;
                    }
                }
            }
        }
        char q = 0;
        if (at(t, i, '?') || at(t, i, '~') || at(t, i, '%')) {
            q = t.charAt(i++);
        }
        if (i != n) {
            return null;
        }
        return point(number(t, 0) * 100 + number(t, 2), month, day, hour, minute, second, offset, q, whole);
    }

    private static Point point(int year, @CheckForNull Integer month, @CheckForNull Integer day,
                               @CheckForNull Integer hour, @CheckForNull Integer minute, @CheckForNull Integer second,
                               @CheckForNull String offsetText, char q, String whole) {
        ZoneOffset offset;
        try {
            offset = offsetText == null ? null : ZoneOffset.of(offsetText);
        } catch (DateTimeException e) {
            throw new ModelException(null, MessageText.quote(offsetText) + " in " + MessageText.quote(whole) + " is not a valid UTC offset");
        }
        try {
            return new Point(year, month, day, hour, minute, second, offset, q == '~' || q == '%', q == '?' || q == '%');
        } catch (ModelException e) {
            throw new ModelException(null, "cannot read " + MessageText.quote(whole) + ": " + e.reason());
        }
    }

    private static boolean at(String t, int i, char c) {
        return i < t.length() && t.charAt(i) == c;
    }

    /** Whether {@code t} has {@code count} ASCII digits from {@code from} (what the pattern's digit class matches). */
    private static boolean digits(String t, int from, int count) {
        if (from + count > t.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The two digits at {@code i}. */
    private static int number(String t, int i) {
        return (t.charAt(i) - '0') * 10 + t.charAt(i + 1) - '0';
    }

    @CheckForNull
    private static Integer integer(@CheckForNull String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    /**
     * {@return a single point}
     *
     * @param point the point
     */
    public static When of(Point point) {
        Objects.requireNonNull(point, "point");
        return new When(point, null, false, false, false, null);
    }

    /**
     * {@return a day}
     *
     * @param date the day
     */
    public static When of(LocalDate date) {
        return of(new Point(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), null, null, null, null,
                false, false));
    }

    /**
     * {@return a month}
     *
     * @param month the month
     */
    public static When of(YearMonth month) {
        return of(new Point(month.getYear(), month.getMonthValue(), null, null, null, null, null, false, false));
    }

    /**
     * {@return a year}
     *
     * @param year the year, 0 to 9999
     * @throws ModelException if it is outside that range
     */
    public static When ofYear(int year) {
        return of(new Point(year, null, null, null, null, null, null, false, false));
    }

    /**
     * {@return a moment to the minute, with its offset; seconds are dropped}
     *
     * @param time the moment
     */
    public static When ofMinute(OffsetDateTime time) {
        return of(new Point(time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
                time.getMinute(), null, time.getOffset(), false, false));
    }

    /**
     * {@return a moment to the second, with its offset}
     *
     * @param time the moment
     */
    public static When ofSecond(OffsetDateTime time) {
        return of(new Point(time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
                time.getMinute(), time.getSecond(), time.getOffset(), false, false));
    }

    /**
     * A span from one point to another; a null end means open ({@code ..}).
     *
     * @param from the start, or null for an open start
     * @param to the end, or null for an open end
     * @return the span
     * @throws ModelException if both ends are null or the span ends before it starts
     */
    public static When span(@CheckForNull Point from, @CheckForNull Point to) {
        if (from == null && to == null) {
            throw new ModelException(null, "a span needs a start or an end");
        }
        return new When(from, to, true, from == null, to == null, null);
    }

    /**
     * {@return the same value, remembering the text it was read from}
     *
     * @param text the text ({@code 平成29年7月18日}), or null to forget it
     */
    public When withOriginal(@CheckForNull String text) {
        return new When(start, end, interval, openStart, openEnd, text);
    }

    /** {@return the same value marked approximate ({@code ~}), on every end it has} */
    public When approximate() {
        return new When(mark(start), mark(end), interval, openStart, openEnd, original);
    }

    @CheckForNull
    private static Point mark(@CheckForNull Point p) {
        return p == null ? null : new Point(p.year(), p.month(), p.day(), p.hour(), p.minute(), p.second(),
                p.offset(), true, p.uncertain());
    }

    /** {@return the EDTF form, exactly as parsed} */
    public String edtf() {
        return edtf;
    }

    /** {@return the text this value was read from, if it was read from text other than EDTF} */
    @CheckForNull
    public String original() {
        return original;
    }

    /** {@return whether this is a span ({@code a/b}) rather than a single point} */
    public boolean isInterval() {
        return interval;
    }

    /** {@return the point, or the start of a span; empty for a span with an open or unknown start} */
    public Optional<Point> start() {
        return Optional.ofNullable(start);
    }

    /** {@return the end of a span; empty for a single point or an open or unknown end} */
    public Optional<Point> end() {
        return Optional.ofNullable(end);
    }

    /** {@return whether a span's start is open ({@code ../2017})} */
    public boolean isOpenStart() {
        return openStart;
    }

    /** {@return whether a span's end is open ({@code 2014-05/..})} */
    public boolean isOpenEnd() {
        return openEnd;
    }

    /** {@return the precision of the point, or of the start (else the end) of a span} */
    public Precision precision() {
        return (start != null ? start : Objects.requireNonNull(end)).precision();
    }

    /** {@return whether the point or either end is approximate} */
    public boolean isApproximate() {
        return start != null && start.approximate() || end != null && end.approximate();
    }

    /** {@return whether the point or either end is uncertain} */
    public boolean isUncertain() {
        return start != null && start.uncertain() || end != null && end.uncertain();
    }

    /** {@return the first day this value can mean, for sorting and deadlines; empty for a span with no start} */
    public Optional<LocalDate> firstDay() {
        return start().map(Point::firstDay);
    }

    /**
     * Orders by earliest possible moment (spans with no start first; times without an offset taken as
     * Japan time), then by EDTF text, then by original text (none first), consistently with equals.
     */
    @Override
    public int compareTo(When other) {
        LocalDateTime a = start == null ? LocalDateTime.MIN : start.lowerBound();
        LocalDateTime b = other.start == null ? LocalDateTime.MIN : other.start.lowerBound();
        int c = a.compareTo(b);
        if (c == 0) {
            c = edtf.compareTo(other.edtf);
        }
        if (c == 0 && !Objects.equals(original, other.original)) {
            c = original == null ? -1 : other.original == null ? 1 : original.compareTo(other.original);
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof When w && edtf.equals(w.edtf) && Objects.equals(original, w.original);
    }

    @Override
    public int hashCode() {
        return edtf.hashCode() * 31 + Objects.hashCode(original);
    }

    /** The EDTF form. */
    @Override
    public String toString() {
        return edtf;
    }
}
