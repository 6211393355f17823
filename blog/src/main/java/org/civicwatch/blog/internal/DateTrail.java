package org.civicwatch.blog.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.model.When;
import org.civicwatch.text.JapaneseDates;
import org.civicwatch.text.JapaneseNumbers;
import org.civicwatch.text.Mention;
import org.civicwatch.text.ParsedDate;

/**
 * The dates of a post read in order, as a reader follows them: a date without a year takes the post's
 * (the year before when it would fall after the post was written), and the words that count from the date
 * before them resolve against it: {@code 同日} and {@code 当日} (that day), {@code 翌日} and {@code 前日},
 * {@code 同月19日} (that month), {@code 翌月3日}, {@code 同年4月1日}; {@code 本日} and {@code 今日} are the day
 * of writing, and {@code 先月12日} and {@code 今月3日} count from it; a session they open at a time ({@code 翌月20日午前10時から})
 * starts at its minute. A span that opens at a time ({@code 午後1時10分から}) is read as its start, a deadline
 * ({@code 7月11日までに}) as its day. One trail per post.
 */
final class DateTrail {
    private static final String N = "([0-9０-９]{1,2}|[〇一二三四五六七八九十]{1,3})";
    private static final Pattern RELATIVE = Pattern.compile(
            "同日|当日|翌日|前日|本日|今日|同月\\s?" + N + "\\s?日|翌月\\s?" + N + "\\s?日|同年\\s?" + N + "\\s?月\\s?" + N + "\\s?日"
            + "|先月\\s?" + N + "\\s?日|今月\\s?" + N + "\\s?日");

    /** A time of day right after a date: "午前１０時", "午後１時３０分", "１４時半". */
    private static final Pattern TIME = Pattern.compile("(?:の|（[月火水木金土日]）|\\([月火水木金土日]\\))?(午前|午後)?"
            + "([0-9０-９]{1,2})時(?:([0-9０-９]{1,2})分|半)?");
    private static final java.time.ZoneOffset JAPAN = java.time.ZoneOffset.ofHours(9);

    /** A year written in digits; a date without it and without 年 (so no era and no 昨年) names no year. */
    private static final Pattern YEAR_DIGITS = Pattern.compile("[0-9０-９]{4}");

    private final @CheckForNull LocalDate writtenOn;
    private @CheckForNull LocalDate last;
    /** The last date read that names its day: what 同日, 翌日 and 前日 count from (a month alone is no day). */
    private @CheckForNull LocalDate lastDay;

    DateTrail(@CheckForNull LocalDate writtenOn) {
        this.writtenOn = writtenOn;
    }

    /** {@return the day of the last date read, or null before any} */
    @CheckForNull
    LocalDate last() {
        return last;
    }

    /**
     * {@return the dates of a text in order, relative ones resolved}; the last of them becomes what the next
     * text's relative dates count from.
     */
    List<Mention<When>> read(String text) {
        List<Mention<When>> found = new ArrayList<>();
        List<Mention<ParsedDate>> absolute = writtenOn == null ? JapaneseDates.findAll(text)
                : JapaneseDates.findAll(text, writtenOn);
        for (Mention<ParsedDate> m : absolute) {
            found.add(new Mention<>(startOf(m.value().when()), m.text(), m.start(), m.end()));
        }
        List<int[]> relative = new ArrayList<>();
        Matcher r = RELATIVE.matcher(text);
        while (r.find()) {
            int s = r.start();
            int e = r.end();
            found.removeIf(m -> m.start() < e && s < m.end());
            relative.add(new int[] {s, e});
        }
        List<Mention<When>> ordered = new ArrayList<>();
        int next = 0;
        found.sort(Comparator.comparingInt(Mention::start));
        for (Mention<When> written : found) {
            while (next < relative.size() && relative.get(next)[0] < written.start()) {
                resolve(text, relative.get(next++), ordered);
            }
            Mention<When> m = inContext(written);
            ordered.add(m);
            if (anchors(m.value()) && !quoted(text, m.start())) {
                last = m.value().firstDay().orElse(last);
                lastDay = m.value().precision().compareTo(When.Precision.DAY) >= 0 ? last : lastDay;
            }
        }
        while (next < relative.size()) {
            resolve(text, relative.get(next++), ordered);
        }
        return ordered;
    }

    /**
     * A date written without a year, read as the story goes on: the first such day on or after a month
     * before the last date read ("平成31年2月1日 … 同月20日 … 2月25日" is 2019), unless that is after the day
     * of writing, where the post's own year (or the year before) is kept.
     */
    private Mention<When> inContext(Mention<When> m) {
        if (last == null || writtenOn == null || m.text().indexOf('年') >= 0 || YEAR_DIGITS.matcher(m.text()).find()) {
            return m;
        }
        LocalDate latest = last.minusMonths(1).plusYears(1).minusDays(1);
        List<Mention<ParsedDate>> again = JapaneseDates.findAll(m.text(), latest);
        if (again.size() != 1) {
            return m;
        }
        When when = startOf(again.get(0).value().when());
        LocalDate day = when.firstDay().orElse(null);
        if (day == null || day.isAfter(writtenOn)) {
            return m;
        }
        return new Mention<>(when.withOriginal(m.value().original()), m.text(), m.start(), m.end());
    }

    /**
     * Whether a date is one the words after it count from: a day or a month, not a year or a span (平成３０年度
     * is no month for a later 同月２５日 to fall in).
     */
    private static boolean anchors(When when) {
        return !when.isInterval() && when.start().map(p -> p.month() != null).orElse(false);
    }

    /**
     * Whether a position lies in a quotation or in brackets still open there: the records a request asks for
     * ("「…が令和４年８月に実施した…文書」") are no step of the story the next 同月 or 翌日 counts from.
     */
    private static boolean quoted(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '「' || c == '（' || c == '(' || c == '『') {
                depth++;
            } else if ((c == '」' || c == '）' || c == ')' || c == '』') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private void resolve(String text, int[] at, List<Mention<When>> out) {
        String word = text.substring(at[0], at[1]);
        Matcher m = RELATIVE.matcher(word);
        if (!m.matches()) {
            return;
        }
        LocalDate day = null;
        try {
            if (word.equals("本日") || word.equals("今日")) {
                day = writtenOn;
            } else if (writtenOn != null && (word.startsWith("先月") || word.startsWith("今月"))) {
                // counted from the day of writing, not from the date before
                day = word.startsWith("先月") ? writtenOn.minusMonths(1).withDayOfMonth(number(m.group(5)))
                        : writtenOn.withDayOfMonth(number(m.group(6)));
            } else if (last != null) {
                LocalDate from = lastDay;
                day = switch (word.substring(0, 2)) {
                    case "同日", "当日" -> from;
                    case "翌日" -> from == null ? null : from.plusDays(1);
                    case "前日" -> from == null ? null : from.minusDays(1);
                    case "同月" -> last.withDayOfMonth(number(m.group(1)));
                    case "翌月" -> last.plusMonths(1).withDayOfMonth(number(m.group(2)));
                    default -> LocalDate.of(last.getYear(), number(m.group(3)), number(m.group(4)));
                };
            }
        } catch (DateTimeException noSuchDay) {  // 同月31日 of a short month: not a date
            day = null;
        }
        if (day != null && (word.startsWith("同月") || word.startsWith("翌月"))) {
            day = byWeekday(day, text, at[1]);
        }
        if (day != null) {
            Matcher time = TIME.matcher(text).region(at[1], text.length());
            if (time.lookingAt() && text.startsWith("から", time.end())) {
                // "翌月２０日午前１０時から": a session opening at its minute
                java.time.OffsetDateTime minute = minuteOf(day, time);
                if (minute != null) {
                    String whole = text.substring(at[0], time.end());
                    out.add(new Mention<>(When.ofMinute(minute).withOriginal(whole), whole, at[0], time.end()));
                    last = day;
                    lastDay = day;
                    return;
                }
            }
            out.add(new Mention<>(When.of(day).withOriginal(word), word, at[0], at[1]));
            last = day;
            lastDay = day;
        }
    }

    /** A weekday in brackets right after a date: "（木）", "(月)". */
    private static final Pattern WEEKDAY = Pattern.compile("^[（(]([月火水木金土日])[）)・]");
    private static final String WEEKDAYS = "月火水木金土日";

    /**
     * {@return the day a month counted from the date before names, checked against the weekday written after it: when
     * the weekday does not fit, the same day of the month before or after that it fits ("例会の翌週の同月２５日（木）"
     * after a sentence about June, in a story of May: 5月25日 is a Thursday and 6月25日 is not); else the day}
     */
    private static LocalDate byWeekday(LocalDate day, String text, int end) {
        Matcher w = WEEKDAY.matcher(text).region(end, text.length());
        if (!w.lookingAt()) {
            return day;
        }
        int written = WEEKDAYS.indexOf(w.group(1)) + 1;
        if (day.getDayOfWeek().getValue() == written) {
            return day;
        }
        for (LocalDate other : new LocalDate[] {day.minusMonths(1), day.plusMonths(1)}) {
            if (other.getDayOfMonth() == day.getDayOfMonth() && other.getDayOfWeek().getValue() == written) {
                return other;
            }
        }
        return day;
    }

    /** The minute a matched {@link #TIME} names on a day, or null when it is no time of day ("２５時"). */
    @CheckForNull
    private static java.time.OffsetDateTime minuteOf(LocalDate day, Matcher time) {
        int hour = time.group(1) == null ? number(time.group(2))
                : number(time.group(2)) % 12 + ("午後".equals(time.group(1)) ? 12 : 0);
        int minute = time.group(3) != null ? number(time.group(3)) : time.group().endsWith("半") ? 30 : 0;
        return hour < 24 && minute < 60 ? day.atTime(hour, minute).atOffset(JAPAN) : null;
    }

    /** {@return a day at an hour and minute in Japan time, or null when they are no time of day ("25:70")} */
    @CheckForNull
    static When atMinute(LocalDate day, int hour, int minute) {
        return hour >= 0 && hour < 24 && minute >= 0 && minute < 60 ? When.ofMinute(day.atTime(hour, minute).atOffset(JAPAN)) : null;
    }

    /** A time a session opens at, in brackets after what it names: "陳述（午前１０時～１１時", "口頭弁論（午後２時から）". */
    private static final Pattern BRACKETED_START = Pattern.compile("[（(]((午前|午後)?([0-9０-９]{1,2})時(?:([0-9０-９]{1,2})分|半)?)"
            + "(?:[～〜~－-]|から)");

    /**
     * {@return the minute a day's session opens at when the text at {@code from} gives it in brackets (a line of a
     * timeline: "R5.5.30　請求人の陳述（午前１０時～１１時、…）"), else the day as it is}
     */
    static When startingAt(When day, String text, int from) {
        Matcher m = BRACKETED_START.matcher(text).region(from, text.length());
        if (day.precision() != When.Precision.DAY || day.isInterval() || !m.lookingAt() || day.firstDay().isEmpty()) {
            return day;
        }
        Matcher time = TIME.matcher(m.group(1));
        java.time.OffsetDateTime minute = time.matches() ? minuteOf(day.firstDay().get(), time) : null;
        return minute == null ? day : When.ofMinute(minute).withOriginal(day.original() + m.group(1));
    }

    private static int number(String digits) {
        return (int) JapaneseNumbers.parseNumber(digits);
    }

    /**
     * A span open at its end ("…から") is its start, one open at its start ("…までに", a deadline met) its
     * end; anything else as it is.
     */
    private static When startOf(When when) {
        if (when.isInterval() && when.isOpenEnd() && when.start().isPresent()) {
            return When.of(when.start().get()).withOriginal(when.original());
        }
        if (when.isInterval() && when.isOpenStart() && when.end().isPresent()) {
            return When.of(when.end().get()).withOriginal(when.original());
        }
        return when;
    }
}
