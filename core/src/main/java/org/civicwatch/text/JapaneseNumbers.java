package org.civicwatch.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicwatch.model.Count;
import org.civicwatch.model.MessageText;

/**
 * Numbers, counts and sums of money as Japanese text writes them: arabic, full-width and kanji numerals,
 * counters ({@code 基}, {@code 台}, {@code 名}, ...), vague amounts ({@code 数十基}) and absences
 * ({@code ひとつも見当たらない}).
 *
 * <pre>{@code
 * JapaneseNumbers.parseNumber("百二十三")      // 123
 * JapaneseNumbers.parseNumber("50万")          // 500000
 * JapaneseNumbers.parseCount("六基")           // exactly 6, original "六基"
 * JapaneseNumbers.parseCount("数十基")         // unknown, approximate
 * JapaneseNumbers.parseCount("約20台")         // about 20
 * JapaneseNumbers.parseCount("一つも見当たらない") // none: an exact 0
 * JapaneseNumbers.parseYen("50万円")           // 500000
 * }</pre>
 *
 * <p>Counters recognised: {@value #COUNTERS}. A counter names what is counted, not how many, so the
 * {@link Count} keeps it only in its original text.
 */
public final class JapaneseNumbers {

    /** The counters {@link #parseCount} and {@link #findCounts} recognise, for messages and docs. */
    public static final String COUNTERS = "基 台 個 件 箇所 か所 ヶ所 ケ所 カ所 ヵ所 個所 名 人 通 枚 つ";

    private static final String NUMBER_FORMS = "123, 1,234, ２, 六, 十二, 百二十三, 二〇一七, 千, 五十万, 50万, 1.5億";
    private static final String COUNT_FORMS = "2基, ２基, 六基, 十二台, 3名, ひとつ, 約20台, およそ20台, 20台以上,"
            + " 数十基, 十数台, 0台, ひとつも…ない, 設置されていない (counters: " + COUNTERS + ")";
    private static final String YEN_FORMS = "50万円, 500,000円, ¥500,000, 金五十万円, 1億2000万円";

    /**
     * A run of numeral characters: arabic (with grouping commas and a decimal point), kanji, daiji. Bounded
     * (no number has more than 32 characters) so that a search through a long run of numerals that ends in
     * no counter reads each character a bounded number of times, not once for every start.
     */
    private static final String NUMERAL = "[0-9〇零一二三四五六七八九壱弐参拾十百千阡仟佰陌万萬億兆][0-9〇零一二三四五六七八九壱弐参拾十百千阡仟佰陌万萬億兆,.]{0,31}";
    /** An amount of unknown size: 数十 (tens), 十数 (ten-odd), 二十数 (twenty-odd), 数 (several), 複数, 多数. */
    private static final String VAGUE = "[0-9〇一二三四五六七八九十百千万]{0,8}数[十百千万億]{0,4}|複数|多数|若干|いくつか|何[十百千万]{0,4}";
    private static final String NATIVE = "ひとつ|ふたつ|みっつ|よっつ|いつつ|むっつ|ななつ|やっつ|ここのつ|とお|ひとり|ふたり";
    private static final String COUNTER = "箇所|か所|ヶ所|ケ所|カ所|ヵ所|個所|基|台|個|件|名|人|通(?!り)|枚|つ";
    private static final String PREFIX = "約|およそ|おおよそ|ほぼ|大体|だいたい|概ね|おおむね|少なくとも|最低";
    private static final String SUFFIX = "以上|余り|あまり|余|超|強|程度|ほど|前後|くらい|ぐらい|ばかり|以下|未満|まで";

    /** A count on its own may leave out the counter ("3"); in running text only a counter makes a count. */
    private static final Pattern COUNT = count("?");
    private static final Pattern COUNT_IN_TEXT = count("");
    /**
     * "Not one ... (is there)", in the present or past tense: ひとつも監視カメラが見当たらない, 1台もなかった,
     * 設置されていなかった.
     */
    private static final Pattern ABSENCE = Pattern.compile(
            "(?:ひとつ|一つ|1つ|一(?:" + COUNTER + ")|1(?:" + COUNTER + ")|何)も[^。、,.!?]{0,40}?(?:なかった|無かった|ない|無い|なし|無し|ません(?:でした)?|ず)"
            + "|(?:設置|配置)されて(?:い)?(?:なかった|ない|おらず|いません(?:でした)?|ません(?:でした)?)");
    private static final Pattern NOTHING = Pattern.compile("なし|無し|ゼロ|皆無|ない|無い");
    private static final Pattern YEN = Pattern.compile("(?:金 ?)?(?<sign>¥ ?)?(?<num>" + NUMERAL + ") ?(?<unit>円)?(?:也)?-?");
    private static final Pattern GROUPED = Pattern.compile("(?<![0-9])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])");

    private JapaneseNumbers() {
    }

    private static Pattern count(String counterOptional) {
        return Pattern.compile("(?:(?<prefix>" + PREFIX + ") ?)?"
                + "(?:(?<native>" + NATIVE + ")|(?<vague>" + VAGUE + ")|(?<num>" + NUMERAL + "))"
                + " ?(?<counter>" + COUNTER + ")" + counterOptional + "(?: ?(?<suffix>" + SUFFIX + "))?");
    }

    /**
     * Reads a whole number written in arabic, full-width or kanji numerals, with or without the units
     * 十, 百, 千, 万, 億 and 兆.
     *
     * <pre>{@code
     * parseNumber("1,234")     // 1234
     * parseNumber("十二")      // 12
     * parseNumber("二〇一七")  // 2017 (digit by digit)
     * parseNumber("1億2000万") // 120000000
     * parseNumber("1.5万")     // 15000 (a decimal only before 万, 億 or 兆, and only if the result is whole)
     * }</pre>
     *
     * @throws TextParseException if the text is not a number in one of those forms, or is too large for a long
     */
    public static long parseNumber(String text) {
        String n = NormalizedText.normalize(text).strip();
        return numeral(n, problem -> new TextParseException(text, "a number", problem, NUMBER_FORMS));
    }

    /**
     * Reads how many of something a text says there are, remembering the text as the count's original.
     *
     * <ul>
     * <li>a number with or without a counter: {@code 2基}, {@code ２基}, {@code 六基}, {@code 十二台},
     *     {@code 3名}, {@code ひとつ} → exact;</li>
     * <li>{@code 約20台}, {@code およそ20台}, {@code 20台ほど} → about 20;</li>
     * <li>{@code 20台以上}, {@code 20台余り}, {@code 少なくとも20台} → at least 20; {@code 20台超} → at least 21;</li>
     * <li>{@code 数十基}, {@code 十数台}, {@code 数台}, {@code 複数} → approximate, no value
     *     ({@link Count#unknown(String)});</li>
     * <li>{@code 0台}, {@code ひとつも…ない}, {@code 一つも見当たらない}, {@code 設置されていない}, {@code なし}
     *     → none ({@link Count#none()}): an absence is a finding.</li>
     * </ul>
     *
     * @throws TextParseException if the text is none of those, names a counter not in {@link #COUNTERS},
     *     or gives only an upper bound ({@code 20台以下}), which a count cannot hold
     */
    public static Count parseCount(String text) {
        String n = NormalizedText.normalize(text).strip();
        if (n.isEmpty()) {
            throw countError(text, "there is nothing to read");
        }
        if (ABSENCE.matcher(n).find() || NOTHING.matcher(n).matches()) {
            return Count.none().withOriginal(text);
        }
        Matcher m = COUNT.matcher(n);
        if (!m.matches()) {
            throw countError(text, "it is not a number followed by a counter");
        }
        return count(m, text);
    }

    /**
     * Finds the counts in a sentence: numbers followed by a counter ({@code 2基}, {@code 約20台},
     * {@code 数十基}) and phrases of absence ({@code ひとつも監視カメラが見当たらない},
     * {@code 設置されていない}), in order. Numbers without a counter ({@code 1階}, {@code 2015年}) are not counts
     * and are passed over, as are numerals this class cannot read.
     *
     * <pre>{@code
     * findCounts("天井に2基設置、31階にもおよそ数十基")
     * // [Mention[value=Count[2, EXACT, "2基"], text=2基, start=3, end=5],
     * //  Mention[value=Count[null, APPROXIMATE, "およそ数十基"], text=およそ数十基, start=13, end=19]]
     * }</pre>
     */
    public static List<Mention<Count>> findCounts(String text) {
        NormalizedText nt = NormalizedText.of(text);
        String n = nt.text();
        List<Mention<Count>> found = new ArrayList<>();
        Matcher absence = ABSENCE.matcher(n);
        Matcher m = COUNT_IN_TEXT.matcher(n);
        int pos = 0;
        // each matcher searches again only once the position passes its last find, so a long sentence is
        // read in linear time rather than searched to its end for every count in it
        int absenceAt = -1;
        int countAt = -1;
        while (pos < n.length()) {
            if (absenceAt < pos) {
                absenceAt = absence.find(pos) ? absence.start() : n.length();
            }
            if (countAt < pos) {
                countAt = m.find(pos) ? m.start() : n.length();
            }
            boolean isAbsence = absenceAt < n.length();
            boolean isCount = countAt < absenceAt;
            if (!isCount && !isAbsence) {
                break;
            }
            Matcher hit = isCount ? m : absence;
            int start = hit.start();
            pos = hit.end();
            if (!isCount) {
                found.add(nt.mention(start, pos, original -> Count.none().withOriginal(original)));
            } else if (!(start > 0 && isNumeral(n.charAt(start - 1)))) {
                try {
                    found.add(nt.mention(start, pos, original -> count(hit, original)));
                } catch (TextParseException notACount) {
                    // a numeral this class cannot read (万人 = "everyone") is prose, not a count
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Reads a sum in yen: {@code 50万円} → 500000. Accepts {@code 円} or {@code ¥} (full-width {@code ￥}
     * too), the formal prefix {@code 金} and suffix {@code 也}, grouping commas and kanji numerals.
     *
     * @throws TextParseException if the text is not a sum in yen, or is approximate ({@code 約50万円}):
     *     money is recorded exactly
     */
    public static long parseYen(String text) {
        String n = NormalizedText.normalize(text).strip();
        Matcher m = YEN.matcher(n);
        Matcher approximate = COUNT.matcher(n);
        if (approximate.lookingAt() && approximate.group("prefix") != null) {
            throw new TextParseException(text, "a sum in yen", "a sum of money is recorded exactly; give the amount"
                    + " and keep \"" + approximate.group("prefix") + "\" in a note", YEN_FORMS);
        }
        if (!m.matches() || m.group("sign") == null && m.group("unit") == null) {
            throw new TextParseException(text, "a sum in yen", "it is not a number with 円 or ¥", YEN_FORMS);
        }
        return numeral(m.group("num"), problem -> new TextParseException(text, "a sum in yen", problem, YEN_FORMS));
    }

    private static Count count(Matcher m, String original) {
        String prefix = m.group("prefix");
        String suffix = m.group("suffix");
        if (m.group("vague") != null) {
            return Count.unknown(original);
        }
        if (suffix != null && (suffix.equals("以下") || suffix.equals("未満") || suffix.equals("まで"))) {
            throw countError(original, MessageText.quote(suffix) + " gives an upper bound, which a count cannot hold;"
                    + " record it as a note, or give the number found");
        }
        long value = m.group("native") != null
                ? nativeCount(m.group("native"))
                : numeral(m.group("num"), problem -> countError(original, problem));
        Count count;
        if (isAny(suffix, "以上", "余り", "あまり", "余") || isAny(prefix, "少なくとも", "最低")) {
            count = Count.atLeast(value);
        } else if ("超".equals(suffix)) {
            count = Count.atLeast(value + 1);
        } else if (prefix != null || suffix != null) {
            count = Count.about(value);
        } else {
            count = Count.exactly(value);
        }
        return count.withOriginal(original);
    }

    private static boolean isAny(String value, String... options) {
        for (String o : options) {
            if (o.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static long nativeCount(String word) {
        switch (word) {
            case "ひとつ": case "ひとり": return 1;
            case "ふたつ": case "ふたり": return 2;
            case "みっつ": return 3;
            case "よっつ": return 4;
            case "いつつ": return 5;
            case "むっつ": return 6;
            case "ななつ": return 7;
            case "やっつ": return 8;
            case "ここのつ": return 9;
            default: return 10; // とお
        }
    }

    private static TextParseException countError(String text, String problem) {
        return new TextParseException(text, "a count", problem, COUNT_FORMS);
    }

    private static boolean isNumeral(char c) {
        return digit(c) >= 0 || smallUnit(c) > 0 || bigUnit(c) > 0;
    }

    /**
     * The value of a normalised numeral; {@code fail} turns a problem into the caller's exception. Shared
     * by the date and floor readers for kanji numerals ({@code 平成二十九年}, {@code 十五階}).
     */
    static long numeral(String s, Function<String, TextParseException> fail) {
        if (s.isEmpty()) {
            throw fail.apply("there is no number");
        }
        String digits = ungroup(s, fail);
        long total = 0;
        long section = 0;
        long pending = -1;
        int pendingDigits = 0;
        int fractionDigits = -1;
        long lastSmall = Long.MAX_VALUE;
        long lastBig = Long.MAX_VALUE;
        try {
            for (int i = 0; i < digits.length(); i++) {
                char c = digits.charAt(i);
                int d = digit(c);
                long small = smallUnit(c);
                long big = bigUnit(c);
                if (d >= 0) {
                    if (lastSmall != Long.MAX_VALUE && pendingDigits > 0) {
                        throw fail.apply("digits after " + unitName(lastSmall) + " must be a single digit");
                    }
                    pending = Math.addExact(Math.multiplyExact(Math.max(pending, 0), 10), d);
                    pendingDigits++;
                    fractionDigits = fractionDigits >= 0 ? fractionDigits + 1 : -1;
                } else if (c == '.') {
                    if (pending < 0 || fractionDigits >= 0 || section > 0) {
                        throw fail.apply("the decimal point is misplaced");
                    }
                    fractionDigits = 0;
                } else if (small > 0) {
                    if (fractionDigits >= 0) {
                        throw fail.apply("a decimal point may only stand before 万, 億 or 兆");
                    }
                    if (small >= lastSmall) {
                        throw fail.apply(c + " cannot follow " + unitName(lastSmall));
                    }
                    if (pendingDigits > 1 || pending == 0) {
                        throw fail.apply("\"" + pending + "\"" + " before " + c + " is not a digit from 1 to 9");
                    }
                    section += (pending < 0 ? 1 : pending) * small;
                    pending = -1;
                    pendingDigits = 0;
                    lastSmall = small;
                } else if (big > 0) {
                    if (big >= lastBig) {
                        throw fail.apply(c + " cannot follow " + unitName(lastBig));
                    }
                    long amount;
                    if (fractionDigits >= 0) {
                        long scale = (long) Math.pow(10, fractionDigits);
                        long scaled = Math.multiplyExact(pending, big);
                        if (fractionDigits == 0 || scaled % scale != 0) {
                            throw fail.apply("it is not a whole number");
                        }
                        amount = scaled / scale;
                    } else {
                        long multiplier = section + Math.max(pending, 0);
                        if (multiplier == 0) {
                            throw fail.apply("there is no number before " + c);
                        }
                        amount = Math.multiplyExact(multiplier, big);
                    }
                    total = Math.addExact(total, amount);
                    section = 0;
                    pending = -1;
                    pendingDigits = 0;
                    fractionDigits = -1;
                    lastSmall = Long.MAX_VALUE;
                    lastBig = big;
                } else {
                    throw fail.apply(MessageText.quote(String.valueOf(c)) + " is not part of a number");
                }
            }
            if (fractionDigits >= 0) {
                throw fail.apply("it is not a whole number (a decimal point may only stand before 万, 億 or 兆)");
            }
            return Math.addExact(total, section + Math.max(pending, 0));
        } catch (ArithmeticException tooLarge) {
            throw fail.apply("it is too large (the largest is " + Long.MAX_VALUE + ")");
        }
    }

    /** Removes grouping commas, which must stand between groups of three digits. */
    private static String ungroup(String s, Function<String, TextParseException> fail) {
        if (s.indexOf(',') < 0) {
            return s;
        }
        String ungrouped = GROUPED.matcher(s).replaceAll(g -> g.group().replace(",", ""));
        if (ungrouped.indexOf(',') >= 0) {
            throw fail.apply("a grouping comma must separate groups of three digits, as in 1,234,567");
        }
        return ungrouped;
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        switch (c) {
            case '〇': case '零': return 0;
            case '一': case '壱': return 1;
            case '二': case '弐': return 2;
            case '三': case '参': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '七': return 7;
            case '八': return 8;
            case '九': return 9;
            default: return -1;
        }
    }

    private static long smallUnit(char c) {
        switch (c) {
            case '十': case '拾': return 10;
            case '百': case '佰': case '陌': return 100;
            case '千': case '阡': case '仟': return 1000;
            default: return -1;
        }
    }

    private static long bigUnit(char c) {
        switch (c) {
            case '万': case '萬': return 10_000L;
            case '億': return 100_000_000L;
            case '兆': return 1_000_000_000_000L;
            default: return -1;
        }
    }

    private static String unitName(long unit) {
        switch ((int) Math.min(unit, Integer.MAX_VALUE)) {
            case 10: return "十";
            case 100: return "百";
            case 1000: return "千";
            case 10_000: return "万";
            case 100_000_000: return "億";
            default: return "兆";
        }
    }
}
