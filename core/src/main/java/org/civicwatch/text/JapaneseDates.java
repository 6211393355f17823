package org.civicwatch.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseEra;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.model.MessageText;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.When;

/**
 * Dates, times and spans as Japanese sources write them, read into a {@link When} that keeps the text as
 * its original.
 *
 * <pre>{@code
 * JapaneseDates.parse("2017年6月13日 18時55分")        // 2017-06-13T18:55+09:00
 * JapaneseDates.parse("平成29年7月18日(火)")           // 2017-07-18
 * JapaneseDates.parse("令和元年5月1日")                // 2019-05-01
 * JapaneseDates.parse("H29.5.29")                      // 2017-05-29
 * JapaneseDates.parse("令和6年4月15日(月)午後4時10分頃") // 2024-04-15T16:10+09:00~
 * JapaneseDates.parse("2014年5月以降")                 // 2014-05/..
 * JapaneseDates.parse("2014年5月から2017年3月にかけて") // 2014-05/2017-03
 * JapaneseDates.parse("平成29年度")                    // 2017-04/2018-03 (a fiscal year)
 * }</pre>
 *
 * <p>What is read:
 * <ul>
 * <li>western dates {@code 2017年6月13日}, {@code 2017/6/7}, {@code 2017-06-13}, {@code 2017.6.13}; a month
 *     {@code 2015年3月}; a year {@code 2017年};</li>
 * <li>era dates {@code 平成29年7月18日}, {@code 令和元年5月1日} (元年 is year 1), {@code H29.5.29},
 *     {@code R1.5.1}, {@code S64.1.7} (M, T, S, H, R), from 明治6年 (1873, when Japan adopted the
 *     Gregorian calendar) on;</li>
 * <li>a fiscal year {@code 2017年度} or {@code 平成29年度}: April to the next March;</li>
 * <li>a weekday after the day, {@code (月)}, {@code （月・祝）}, {@code 月曜日}: checked against the date,
 *     a mismatch is a warning;</li>
 * <li>a time after the day: {@code 18時55分}, {@code 1時35分46秒}, {@code 18時半}, {@code 0:22},
 *     {@code 23:48:00}, {@code 正午}, with {@code 午前}/{@code 午後} (hours 0 to 11; 午前12時 and 午後12時
 *     mean noon to some writers and midnight to others, so they are errors). Times are Japan time
 *     ({@link When#JAPAN}) unless an offset follows; to the minute, or to the second when seconds are given.
 *     A part of the day without a time ({@code 午後}, {@code 夜}) is dropped with a warning;</li>
 * <li>{@code 頃}/{@code ごろ} after a date: approximate;</li>
 * <li>spans: {@code AからB}, {@code AからBにかけて}, {@code AからBまで}, {@code A~B}; open ones
 *     {@code A以降}, {@code A以来}, {@code Aから} ({@code A/..}) and {@code A以前}, {@code Aまで}
 *     ({@code ../A}). The end may leave out what it shares with the start: {@code 2017年6月13日から15日},
 *     {@code 2016年12月28日から1月5日} (the next year), {@code 6月13日18時から20時};</li>
 * <li>a year of this century in two digits before a month ({@code 21年11月}), only when the caller says when
 *     the text was written, and only for years up to that one;</li>
 * <li>full-width digits and kanji numerals anywhere ({@code 平成２９年}, {@code 平成二十九年七月十八日}).</li>
 * </ul>
 *
 * <p>Leniency, deliberately: a date written in an era after that era ended ({@code 平成31年5月1日},
 * {@code 平成32年}, as on forms printed before the change) is read as the western date it counts to, with a
 * warning; a date before its era began ({@code 平成元年1月7日}) is an error. Dates that do not exist
 * ({@code 2017年2月30日}) and times that do not ({@code 25時}) are errors. A date without a year
 * ({@code 5月29日}) or with one named relative to the day of writing ({@code 去年6月}, {@code ことし3月})
 * is read only when the caller says when the text was written
 * ({@link #parseWithWarnings(String, LocalDate)}).
 */
public final class JapaneseDates {

    private static final String FORMS = "2017年6月13日, 2017年6月13日 18時55分, 2017/6/7 0:22, 2017-06-13 23:48:00,"
            + " 平成29年7月18日(火), 令和元年5月1日, H29.5.29, 2015年3月, 2017年, 平成29年度, 2017年6月13日頃,"
            + " 午後4時10分, 2014年5月以降, 2014年5月から2017年3月にかけて";

    private static final String N = "(\\d{1,2}|[〇一二三四五六七八九十]{1,4})";
    private static final Pattern ERA = Pattern.compile("(明治|大正|昭和|平成|令和) ?(\\d{1,2}|元|[〇一二三四五六七八九十]{1,4}) ?年(度)?");
    private static final Pattern ERA_SHORT = Pattern.compile(
            "(?<![A-Za-z])([MTSHRmtshr]) ?(\\d{1,2}|元)([./-])(\\d{1,2})(?:\\3(\\d{1,2}))?(?![0-9])");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})([/.-])(\\d{1,2})(?:\\2(\\d{1,2}))?(?![0-9])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4}|[〇一二三四五六七八九十百千]{2,7}) ?年(度)?");
    /** A western year in two digits before a month ("21年11月"), read only knowing when the text was written. */
    private static final Pattern SHORT_YEAR = Pattern.compile("(\\d{2}) ?年(?= ?(\\d{1,2}) ?月)");
    private static final Pattern MONTH = Pattern.compile(" ?" + N + " ?月");
    private static final Pattern DAY = Pattern.compile(" ?" + N + " ?日(?!間)");
    private static final Pattern WEEKDAY = Pattern.compile(
            " ?(?:\\( ?([月火水木金土日])(?:曜日?)? ?(?:[・,、] ?(?:祝|祭|休)日?)? ?\\)|([月火水木金土日])曜日?)");
    private static final Pattern TIME = Pattern.compile(
            "(?: ?|T)(午前|午後)? ?" + N + " ?時(?!間)(?:(半)| ?" + N + " ?分(?!間)(?: ?" + N + " ?秒)?)?");
    private static final Pattern CLOCK = Pattern.compile("(?: ?|T)(午前|午後)? ?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?![0-9])");
    private static final Pattern NOON = Pattern.compile(" ?正午");
    private static final Pattern PART_OF_DAY = Pattern.compile(" ?(午前中|午前|午後|早朝|朝|昼|夕方|夕刻|夜間|夜|深夜|未明)");
    private static final Pattern OFFSET = Pattern.compile(" ?(Z|\\+\\d{2}:?\\d{2}(?![0-9])|JST)");
    private static final Pattern ABOUT = Pattern.compile(" ?(頃|ごろ|ころ)");
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(一昨年|おととし|今年|ことし|去年|昨年|来年)(?!度) ?の? ?");
    private static final Pattern FROM_ON = Pattern.compile(" ?(以降|以後|以来)");
    private static final Pattern UNTIL = Pattern.compile(" ?(以前|までに|まで|迄)");
    private static final Pattern FROM = Pattern.compile(" ?(から|より|~) ?");
    private static final Pattern TO_END = Pattern.compile(" ?(にかけて|までの間|まで|迄|の間)");

    private static final String ERA_NAMES = "明治大正昭和平成令和";
    private static final String ERA_LETTERS = "MTSHR";
    private static final String WEEKDAYS = "月火水木金土日";
    private static final LocalDate GREGORIAN_ADOPTED = LocalDate.of(1873, 1, 1);
    private static final LocalDate MEIJI_YEAR_ONE = LocalDate.of(1868, 1, 1);

    private JapaneseDates() {
    }

    /**
     * Reads a date, time or span, accepting what {@link #parseWithWarnings(String)} accepts and dropping
     * its warnings.
     *
     * @throws TextParseException quoting the text, if it is not a date in one of the accepted forms or
     *     names a date that does not exist
     */
    public static When parse(String text) {
        return parseWithWarnings(text).when();
    }

    /**
     * Reads a date, time or span, with what a person should check.
     *
     * <pre>{@code
     * parseWithWarnings("平成31年5月1日").warnings()
     * // ["平成31年5月1日" is written in the 平成 era, which ended on 2019-04-30: read as 2019-05-01]
     * }</pre>
     *
     * @throws TextParseException quoting the text, if it is not a date in one of the accepted forms, names
     *     a date that does not exist, or has no year
     */
    public static ParsedDate parseWithWarnings(String text) {
        return parseWholly(text, null);
    }

    /**
     * Reads a date, time or span that may leave out its year, as blog posts and letters do
     * ({@code 5月29日(月)15時}): a missing year is the one that puts the date on or before the day the text
     * was written, with a warning saying so; unless the weekday written fits only the year after, as for a day
     * announced ahead ({@code 8月24日（木）} written in June 2017 is 2017-08-24).
     *
     * <pre>{@code
     * parseWithWarnings("5月29日(月)15時", LocalDate.of(2017, 6, 13)).when()   // 2017-05-29T15:00+09:00
     * parseWithWarnings("12月28日", LocalDate.of(2017, 1, 10)).when()         // 2016-12-28
     * parseWithWarnings("8月24日（木）", LocalDate.of(2017, 6, 13)).when()     // 2017-08-24
     * }</pre>
     *
     * @param writtenOn the day the text was written or published
     * @throws TextParseException as for {@link #parseWithWarnings(String)}
     */
    public static ParsedDate parseWithWarnings(String text, LocalDate writtenOn) {
        return parseWholly(text, writtenOn);
    }

    /**
     * Finds the dates, times and spans in a text, in order, with where each stands in it. A date without
     * a year takes the year of the date found before it in the same text (with a warning, and the next
     * year if its month is earlier: {@code 2016年12月28日に…1月5日に}); one with no date before it is passed
     * over. Text that looks like a date but does not name a real one ({@code 2017年2月30日}) is
     * passed over too: {@link #parseWithWarnings(String)} says what is wrong with it.
     *
     * <pre>{@code
     * findAll("○2015年3月20日:勤務中に…")
     * // [Mention[value=ParsedDate[when=2015-03-20, warnings=[]], text=2015年3月20日, start=1, end=11]]
     * }</pre>
     */
    public static List<Mention<ParsedDate>> findAll(String text) {
        return find(text, null);
    }

    /**
     * Finds the dates in a text as {@link #findAll(String)} does; a year-less date with no date before it
     * ({@code 5月29日(月)15時}) and a relative year ({@code 去年6月}) are read as
     * {@link #parseWithWarnings(String, LocalDate)} reads them.
     *
     * @param writtenOn the day the text was written or published
     */
    public static List<Mention<ParsedDate>> findAll(String text, LocalDate writtenOn) {
        return find(text, writtenOn);
    }

    private static ParsedDate parseWholly(String text, @CheckForNull LocalDate writtenOn) {
        NormalizedText nt = NormalizedText.of(text);
        Reader r = new Reader(nt, text, writtenOn, null);
        ParsedDate date = r.read(0);
        String s = nt.text();
        int end = r.pos;
        while (end < s.length() && s.charAt(end) == ' ') {
            end++;
        }
        if (date == null) {
            throw error(text, "it does not start with a date");
        }
        if (end < s.length()) {
            throw error(text, MessageText.quote(nt.originalSlice(r.pos, s.length()).strip()) + " after the date is not part of"
                    + " a date");
        }
        return new ParsedDate(date.when().withOriginal(text), date.warnings());
    }

    private static List<Mention<ParsedDate>> find(String text, @CheckForNull LocalDate writtenOn) {
        NormalizedText nt = NormalizedText.of(text);
        String s = nt.text();
        List<Mention<ParsedDate>> found = new ArrayList<>();
        int pos = 0;
        Parts preceding = null;
        Matcher shortYears = SHORT_YEAR.matcher(s).useTransparentBounds(true);
        while (pos < s.length()) {
            if (!mayStartDate(s, pos)) {
                pos++;
                continue;
            }
            if (shortYears.region(pos, s.length()).lookingAt() && shortYear(s, shortYears, writtenOn) == 0) {
                // A two-digit year not taken: its month is not read alone either, as it would be given the wrong
                // year ("同21年11月" after 平成20年 is 2009, never this year's November).
                pos = shortYears.end(2);
                continue;
            }
            Reader r = new Reader(nt, text, writtenOn, preceding);
            ParsedDate date;
            try {
                date = r.read(pos);
            } catch (TextParseException notADate) {
                date = null;
            }
            if (date == null) {
                pos++;
                continue;
            }
            List<String> warnings = date.warnings();
            When when = date.when();
            found.add(nt.mention(pos, r.pos, original -> new ParsedDate(when.withOriginal(original), warnings)));
            pos = r.pos;
            preceding = r.first;
        }
        return List.copyOf(found);
    }

    /**
     * {@return the year of a two-digit year before a month, or 0 when it is not this century's year: no date of
     * writing to tell the century by, a month after the writing, or a year that is another's written short, after
     * 同 or an era's name or letter ("同21年", "H21年", "平成21年" read as such elsewhere)}
     */
    private static int shortYear(String s, Matcher m, @CheckForNull LocalDate writtenOn) {
        int at = m.start();
        char before = at == 0 ? ' ' : s.charAt(at - 1);
        // 同 carries the year before it on; 治, 正, 和, 成 end the names of the eras (明治 ... 令和)
        if (writtenOn == null || "同治正和成".indexOf(before) >= 0
                || ERA_LETTERS.indexOf(Character.toUpperCase(before)) >= 0 && before < 128) {
            return 0;
        }
        int year = 2000 + Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        boolean after = year > writtenOn.getYear() || year == writtenOn.getYear() && month > writtenOn.getMonthValue();
        return after ? 0 : year;
    }

    private static boolean mayStartDate(String s, int pos) {
        char c = s.charAt(pos);
        char before = pos == 0 ? ' ' : s.charAt(pos - 1);
        boolean afterNumber = before >= '0' && before <= '9' || "〇一二三四五六七八九十百千".indexOf(before) >= 0;
        return !afterNumber && (c >= '0' && c <= '9' || "〇一二三四五六七八九十".indexOf(c) >= 0
                || "明大昭平令今こ去昨お来".indexOf(c) >= 0 || ERA_LETTERS.indexOf(Character.toUpperCase(c)) >= 0 && c < 128);
    }

    static TextParseException error(String text, String problem) {
        return new TextParseException(text, "a date", problem, FORMS);
    }

    /** One end of a date as written, before it is resolved to western numbers. */
    private static final class Parts {
        int start;
        int end;
        @CheckForNull Integer year;
        @CheckForNull JapaneseEra era;
        int eraYear;
        boolean fiscal;
        @CheckForNull Integer month;
        @CheckForNull Integer day;
        @CheckForNull Integer hour;
        @CheckForNull Integer minute;
        @CheckForNull Integer second;
        @CheckForNull String halfDay;
        ZoneOffset offset = When.JAPAN;
        boolean approximate;
        @CheckForNull String weekday;
        /** Whether the year (or more) was taken from the start of a span or the date of writing. */
        boolean yearInherited;
        /** For a year named relative to the date of writing: 0 for 今年, 1 for 去年. */
        @CheckForNull Integer yearsAgo;

        boolean hasDate() {
            return year != null || yearsAgo != null || era != null || month != null || day != null;
        }
    }

    /** Reads one date or span from a position of the normalised text. */
    private static final class Reader {
        private final NormalizedText nt;
        private final String s;
        private final String text;
        private final @CheckForNull LocalDate writtenOn;
        private final List<String> warnings = new ArrayList<>();
        /** The date read before this one in the same text, which lends its year to a date without one. */
        private final @CheckForNull Parts preceding;
        /** The (first) date read, resolved. */
        @CheckForNull Parts first;
        int pos;

        Reader(NormalizedText nt, String text, @CheckForNull LocalDate writtenOn, @CheckForNull Parts preceding) {
            this.preceding = preceding;
            this.nt = nt;
            this.s = nt.text();
            this.text = text;
            this.writtenOn = writtenOn;
        }

        /** The date or span at {@code from}, or null if none starts there. */
        @CheckForNull
        ParsedDate read(int from) {
            pos = from;
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
            Parts a = point(null);
            if (a == null) {
                return null;
            }
            When.Point[] first = resolve(a, null);
            this.first = a;
            When when;
            Matcher m;
            if ((m = at(FROM_ON)) != null) {
                pos = m.end();
                when = When.span(first[0], null);
            } else if ((m = at(UNTIL)) != null) {
                pos = m.end();
                when = When.span(null, first[1]);
            } else if ((m = at(FROM)) != null) {
                int afterFrom = m.end();
                pos = afterFrom;
                Parts b = point(a);
                if (b == null) {
                    // "2014年から" alone: from then on
                    when = When.span(first[0], null);
                } else {
                    When.Point[] second = resolve(b, a);
                    Matcher end = at(TO_END);
                    if (end != null) {
                        pos = end.end();
                    }
                    when = span(first[0], second[1]);
                }
            } else if (a.fiscal) {
                when = span(first[0], first[1]);
            } else {
                when = When.of(first[0]);
            }
            return new ParsedDate(when, warnings);
        }

        private When span(When.Point from, When.Point to) {
            try {
                return When.span(from, to);
            } catch (ModelException e) {
                throw error(text, e.reason());
            }
        }

        @CheckForNull
        private Matcher at(Pattern p) {
            Matcher m = p.matcher(s).region(pos, s.length());
            m.useTransparentBounds(true);
            return m.lookingAt() ? m : null;
        }

        /** One end of a date: a date with an optional weekday, time and 頃, or (after から) what it leaves out. */
        @CheckForNull
        private Parts point(@CheckForNull Parts context) {
            Parts p = new Parts();
            p.start = pos;
            Matcher m;
            if ((m = at(ERA)) != null) {
                p.era = era(m.group(1));
                p.eraYear = "元".equals(m.group(2)) ? 1 : number(m.group(2));
                p.fiscal = m.group(3) != null;
                pos = m.end();
                if (!p.fiscal) {
                    monthAndDay(p);
                }
            } else if ((m = at(ERA_SHORT)) != null) {
                p.era = JapaneseEra.values()[ERA_LETTERS.indexOf(Character.toUpperCase(m.group(1).charAt(0)))];
                p.eraYear = "元".equals(m.group(2)) ? 1 : number(m.group(2));
                p.month = number(m.group(4));
                p.day = m.group(5) == null ? null : number(m.group(5));
                pos = m.end();
            } else if ((m = at(NUMERIC)) != null) {
                p.year = number(m.group(1));
                p.month = number(m.group(3));
                p.day = m.group(4) == null ? null : number(m.group(4));
                pos = m.end();
            } else if ((m = at(YEAR)) != null) {
                p.year = number(m.group(1));
                if (p.year < 1000) {
                    return null;
                }
                p.fiscal = m.group(2) != null;
                pos = m.end();
                if (!p.fiscal) {
                    monthAndDay(p);
                }
            } else if ((m = at(SHORT_YEAR)) != null && shortYear(s, m, writtenOn) != 0) {
                // "21年11月…翌22年1月" in a post of 2023: this century's years, never one after the writing
                p.year = shortYear(s, m, writtenOn);
                pos = m.end();
                monthAndDay(p);
            } else if ((m = at(RELATIVE_YEAR)) != null) {
                p.yearsAgo = relativeYear(m.group(1));
                pos = m.end();
                monthAndDay(p);
            } else {
                monthAndDay(p);
                if (p.month == null && p.day == null && (context == null || context.day == null)) {
                    pos = p.start;
                    return null;
                }
                if (p.month == null && p.day != null && (context == null || context.month == null)) {
                    pos = p.start;
                    return null;
                }
            }
            if (p.day != null || context != null && context.day != null && !p.hasDate()) {
                weekdayAndTime(p);
            }
            if (!p.hasDate() && p.hour == null) {
                pos = p.start;
                return null;
            }
            if ((m = at(ABOUT)) != null) {
                p.approximate = true;
                pos = m.end();
            }
            p.end = pos;
            return p;
        }

        private void monthAndDay(Parts p) {
            Matcher m = at(MONTH);
            if (m != null) {
                p.month = number(m.group(1));
                pos = m.end();
            }
            if (m != null || p.year == null && p.era == null) {
                Matcher d = at(DAY);
                if (d != null) {
                    p.day = number(d.group(1));
                    pos = d.end();
                }
            }
        }

        private void weekdayAndTime(Parts p) {
            Matcher m;
            if (p.day != null && (m = at(WEEKDAY)) != null) {
                p.weekday = m.group(1) != null ? m.group(1) : m.group(2);
                pos = m.end();
            }
            if ((m = at(TIME)) != null) {
                time(p, m.group(1), m.group(2), m.group(3) != null ? "30" : m.group(4), m.group(5));
                pos = m.end();
            } else if ((m = at(CLOCK)) != null) {
                time(p, m.group(1), m.group(2), m.group(3), m.group(4));
                pos = m.end();
            } else if ((m = at(NOON)) != null) {
                p.hour = 12;
                p.minute = 0;
                pos = m.end();
            } else if ((m = at(PART_OF_DAY)) != null) {
                p.halfDay = m.group(1);
                pos = m.end();
                return;
            } else {
                return;
            }
            if ((m = at(OFFSET)) != null) {
                String o = m.group(1);
                p.offset = "JST".equals(o) ? When.JAPAN : "Z".equals(o) ? ZoneOffset.UTC
                        : ZoneOffset.of(o.length() == 5 ? o.substring(0, 3) + ":" + o.substring(3) : o);
                pos = m.end();
            }
        }

        private void time(Parts p, @CheckForNull String half, String hour, @CheckForNull String minute,
                          @CheckForNull String second) {
            int h = number(hour);
            if (half != null) {
                if (h >= 12) {
                    throw error(text, half + h + "時 is ambiguous or mixes 12- and 24-hour time: " + half
                            + " takes hours 0 to 11 (正午 is noon, 午前0時 midnight)");
                }
                h = "午後".equals(half) ? h + 12 : h;
            }
            p.hour = h;
            p.minute = minute == null ? 0 : number(minute);
            p.second = second == null ? null : number(second);
            if (h > 23 || p.minute > 59 || p.second != null && p.second > 59) {
                throw error(text, "the time " + h + ":" + p.minute + (p.second == null ? "" : ":" + p.second)
                        + " does not exist: hours run 0-23 (write 25時 as 1時 of the next day), minutes and"
                        + " seconds 0-59");
            }
        }

        /**
         * The western first and last point of a date as written (they differ for a fiscal year), after
         * filling in what it leaves out from {@code context} or the date of writing.
         */
        private When.Point[] resolve(Parts p, @CheckForNull Parts context) {
            String written = nt.originalSlice(p.start, p.end).strip();
            if (p.yearsAgo != null) {
                if (writtenOn == null) {
                    throw error(text, "the year is given relative to the date of writing; read the text with the"
                            + " date it was written (parseWithWarnings(text, writtenOn))");
                }
                p.year = writtenOn.getYear() - p.yearsAgo;
            } else if (p.year == null && p.era == null) {
                inherit(p, context, written);
            } else if (p.era != null) {
                p.year = westernYear(p);
            }
            int year = p.year;
            if (p.month != null && (p.month < 1 || p.month > 12)) {
                throw error(text, "month " + p.month + " does not exist: months run from 1 to 12");
            }
            if (p.day != null && (p.day < 1 || !YearMonth.of(year, p.month).isValidDay(p.day))) {
                YearMonth ym = YearMonth.of(year, p.month);
                throw error(text, "day " + p.day + " of " + ym + " does not exist: " + ym + " has "
                        + ym.lengthOfMonth() + " days");
            }
            if (p.era != null) {
                checkEra(p, written);
            }
            Parts before = context != null ? context : preceding;
            if (p.yearInherited && before != null && p.month != null && before.month != null
                    && p.month < before.month && (context != null || !fallsOnWeekdayOnlyIn(p, year, year + 1))) {
                // 2016年12月28日から1月5日: the end is in the next year; but a date told after a later one with a
                // weekday that fits only its own year ("９月２９日、８月２７日（土）に…") is that year's
                p.year = ++year;
            }
            if (p.weekday != null) {
                String actualName = weekdayName(LocalDate.of(year, p.month, p.day));
                if (!actualName.equals(p.weekday)) {
                    warnings.add(MessageText.quote(written) + ": " + LocalDate.of(year, p.month, p.day) + " is a " + actualName
                            + "曜日, not " + p.weekday + "曜日; check the date");
                }
            }
            if (p.halfDay != null) {
                warnings.add(MessageText.quote(written) + ": " + p.halfDay + " (a part of the day) has no time to the minute;"
                        + " read as the day only");
            }
            if (p.fiscal) {
                return new When.Point[] {
                    point(year, 4, null, p), point(year + 1, 3, null, p)};
            }
            When.Point only = point(year, p.month, p.day, p);
            return new When.Point[] {only, only};
        }

        private When.Point point(int year, @CheckForNull Integer month, @CheckForNull Integer day, Parts p) {
            boolean timed = p.hour != null && day != null;
            return new When.Point(year, month, day, timed ? p.hour : null, timed ? p.minute : null,
                    timed ? p.second : null, timed ? p.offset : null, p.approximate, false);
        }

        private void inherit(Parts p, @CheckForNull Parts context, String written) {
            p.yearInherited = true;
            if (context != null) {
                p.year = context.year;
                if (p.month == null) {
                    p.month = context.month;
                    if (p.day == null) {
                        p.day = context.day;
                    }
                }
                return;
            }
            if (preceding != null) {
                p.year = preceding.year;
                warnings.add(MessageText.quote(written) + " has no year: read as " + p.year + ", the year of the date before it");
                return;
            }
            if (writtenOn == null) {
                throw error(text, "the year is missing; write it (2017年5月29日), or read the text with"
                        + " the date it was written (parseWithWarnings(text, writtenOn))");
            }
            int year = writtenOn.getYear();
            if (p.month < 1 || p.month > 12) {
                throw error(text, "month " + p.month + " does not exist: months run from 1 to 12");
            }
            LocalDate first = LocalDate.of(year, p.month, p.day == null ? 1 : Math.max(1, Math.min(p.day, 28)));
            if (first.isAfter(writtenOn)) {
                year--;
            }
            if (fallsOnWeekdayOnlyIn(p, year + 1, year)) {
                // "8月22日（木）" announced before the day: the weekday written names the year it comes in
                p.year = year + 1;
                warnings.add(MessageText.quote(written) + " has no year: read as " + p.year + ", the year after the text was"
                        + " written (" + writtenOn + ") in which it falls on " + p.weekday + "曜日");
                return;
            }
            p.year = year;
            warnings.add(MessageText.quote(written) + " has no year: read as " + year + ", the latest year that does not put it"
                    + " after the text was written (" + writtenOn + ")");
        }

        /** Whether a day and month written with a weekday fall on it in one year and not in another. */
        private boolean fallsOnWeekdayOnlyIn(Parts p, int year, int other) {
            if (p.weekday == null || p.day == null || p.month == null || !YearMonth.of(year, p.month).isValidDay(p.day)
                    || !YearMonth.of(other, p.month).isValidDay(p.day)) {
                return false;
            }
            return weekdayName(LocalDate.of(year, p.month, p.day)).equals(p.weekday)
                    && !weekdayName(LocalDate.of(other, p.month, p.day)).equals(p.weekday);
        }

        private int westernYear(Parts p) {
            if (p.eraYear < 1) {
                throw error(text, "era year 0 does not exist: the first year of an era is 元年 (1)");
            }
            return start(p.era).getYear() + p.eraYear - 1;
        }

        private void checkEra(Parts p, String written) {
            LocalDate first = LocalDate.of(p.year, p.month == null ? (p.fiscal ? 4 : 1) : p.month,
                    p.day == null ? 1 : p.day);
            LocalDate last = p.day != null ? first
                    : p.month != null ? YearMonth.of(p.year, p.month).atEndOfMonth()
                    : LocalDate.of(p.fiscal ? p.year + 1 : p.year, p.fiscal ? 3 : 12, 31);
            LocalDate eraStart = start(p.era);
            String name = eraName(p.era);
            if (last.isBefore(eraStart)) {
                throw error(text, MessageText.quote(written) + " is before the " + name + " era began on " + eraStart);
            }
            if (first.isBefore(GREGORIAN_ADOPTED)) {
                throw error(text, MessageText.quote(written) + " is before 明治6年 (1873), when Japan adopted the Gregorian"
                        + " calendar; earlier dates are lunisolar and cannot be read as western dates");
            }
            int index = p.era.getValue() - JapaneseEra.MEIJI.getValue();
            JapaneseEra[] eras = JapaneseEra.values();
            if (index + 1 < eras.length) {
                LocalDate nextStart = start(eras[index + 1]);
                if (!first.isBefore(nextStart)) {
                    warnings.add(MessageText.quote(written) + " is written in the " + name + " era, which ended on "
                            + nextStart.minusDays(1) + ": read as " + (p.day != null ? first
                            : p.month != null ? YearMonth.from(first) : String.valueOf(p.year)));
                }
            }
        }

        private int number(String digits) {
            return (int) JapaneseNumbers.numeral(digits, problem -> error(text, problem));
        }
    }

    /** The kanji of a day's weekday: 月 for Monday. */
    private static String weekdayName(LocalDate day) {
        return String.valueOf(WEEKDAYS.charAt(day.getDayOfWeek().getValue() - 1));
    }

    private static int relativeYear(String word) {
        switch (word) {
            case "一昨年": case "おととし": return 2;
            case "去年": case "昨年": return 1;
            case "来年": return -1;
            // 今年, ことし
            default: return 0;
        }
    }

    private static JapaneseEra era(String kanji) {
        return JapaneseEra.values()[ERA_NAMES.indexOf(kanji) / 2];
    }

    private static String eraName(JapaneseEra era) {
        int i = era.getValue() - JapaneseEra.MEIJI.getValue();
        return i * 2 + 2 <= ERA_NAMES.length() ? ERA_NAMES.substring(i * 2, i * 2 + 2) : era.toString();
    }

    /**
     * The first day of an era: day 1 of its year 1 is the day it began (平成: 1989-01-08). The JDK refuses
     * dates before 明治6年, so 明治 is counted from 1868 as the JDK itself counts it.
     */
    private static LocalDate start(JapaneseEra era) {
        return era == JapaneseEra.MEIJI ? MEIJI_YEAR_ONE
                : LocalDate.from(JapaneseChronology.INSTANCE.dateYearDay(era, 1, 1));
    }
}
