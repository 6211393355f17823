package org.civicwatch.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicwatch.model.Floor;
import org.civicwatch.model.ModelException;

/**
 * Floors of a building as Japanese text names them: {@code 1階} is the ground floor (1), {@code 地下1階},
 * {@code B1} and {@code B1F} the first basement (-1); {@code 3階から30階} is the range 3..30.
 *
 * <pre>{@code
 * JapaneseFloors.parse("１階")          // 1
 * JapaneseFloors.parse("地下２階")      // -2
 * JapaneseFloors.parse("B1F")           // -1
 * JapaneseFloors.parse("十五階")        // 15
 * JapaneseFloors.parse("最上階32階")    // 32
 * JapaneseFloors.parse("3～30階")       // 3..30
 * JapaneseFloors.findAll("県庁最上階32階や31階のロビー")  // 最上階32階 at 2..8, 31階 at 9..12
 * }</pre>
 *
 * <p>The text read is the floor's label ({@code Place.floorLabel}); keep it beside the {@link Floor}.
 * A range may be written top down ({@code 30階から3階}): it names the same floors and reads as 3..30.
 */
public final class JapaneseFloors {

    private static final String FORMS = "1階, １階, 十五階, 32F, 地下1階, B1, B1F, B2階, 最上階32階,"
            + " 3階から30階, 3～30階, 3-30階, 地下1階から3階";
    private static final String NUMBER = "([0-9]{1,3}|[〇一二三四五六七八九十百]{1,5})";
    private static final String SIDE = "(地下 ?|地上 ?|(?<![A-Za-z0-9])[Bb])?" + NUMBER + " ?(階(?!建)|[Ff](?![A-Za-z]))?";
    private static final Pattern FLOORS = Pattern.compile(
            "(?<top>最上階(?:の|である|は)? ?)?" + SIDE + "(?: ?(?:から|より|~|-) ?" + SIDE + ")?(?: ?まで)?"
            + "(?<topAfter> ?\\(最上階\\))?");

    /** Group numbers: group 1 is {@code top}, then base, number and unit of each side. */
    private static final int FIRST = 2;
    private static final int SECOND = 5;
    private static final int BASE_AT = 0;
    private static final int NUMBER_AT = 1;
    private static final int UNIT_AT = 2;

    private JapaneseFloors() {
    }

    /**
     * Reads a floor or a range of floors.
     *
     * @throws TextParseException if the text is not a floor, is only {@code 最上階} (the top floor, which
     *     needs its number: {@code 最上階32階}), a mezzanine ({@code 中2階}), the roof ({@code 屋上}), the
     *     height of a building ({@code 3階建て}), or floor 0, which Japanese numbering does not have
     */
    public static Floor parse(String text) {
        String n = NormalizedText.normalize(text).strip();
        Matcher m = FLOORS.matcher(n);
        if (m.matches()) {
            Floor floor = floor(m, text);
            if (floor != null) {
                return floor;
            }
        }
        throw error(text, whyNot(n));
    }

    /**
     * Finds every floor or range of floors named in a sentence, in order, with where each stands in it.
     * Numbers that are not floors ({@code 2基}, {@code 2017年}) are passed over, and so are the height of a
     * building ({@code 3階建て}), a mezzanine ({@code 中2階}) and a lone {@code 最上階}.
     *
     * <pre>{@code
     * findAll("職員が執務している3階から30階にはひとつも監視カメラが見当たらない")
     * // [Mention[value=3..30, text=3階から30階, start=9, end=16]]
     * }</pre>
     */
    public static List<Mention<Floor>> findAll(String sentence) {
        NormalizedText nt = NormalizedText.of(sentence);
        String n = nt.text();
        List<Mention<Floor>> found = new ArrayList<>();
        Matcher m = FLOORS.matcher(n);
        int pos = 0;
        while (pos < n.length() && m.find(pos)) {
            pos = Math.max(m.end(), m.start() + 1);
            if (m.start() > 0 && isWordBefore(n.charAt(m.start() - 1)) || followedByNonFloor(n, m.end())
                    || inLatinCode(n, m.start(), m.end())) {
                continue;
            }
            try {
                Floor floor = floor(m, nt.originalSlice(m.start(), m.end()));
                if (floor != null) {
                    found.add(nt.mention(m.start(), m.end(), label -> floor));
                }
            } catch (TextParseException notAFloor) {
                // 0階 or a numeral out of range: prose, not a floor
            }
        }
        return List.copyOf(found);
    }

    /** A digit or a mezzanine mark just before the match means it is part of something else. */
    private static boolean isWordBefore(char c) {
        return c >= '0' && c <= '9' || c == '中' || "〇一二三四五六七八九十百".indexOf(c) >= 0;
    }

    /** Paper sizes (B5判) and building heights are not floors. */
    private static boolean followedByNonFloor(String n, int end) {
        return n.startsWith("判", end) || n.startsWith("サイズ", end) || n.startsWith("建", end);
    }

    /**
     * A floor written with F inside a run of Latin letters and digits is part of a code, not a floor: the
     * hexadecimal of a URL ({@code …6e7f80…}), a product number.
     */
    private static boolean inLatinCode(String n, int start, int end) {
        if (!isLatinLetter(n.charAt(end - 1))) {
            return false;
        }
        return start > 0 && isLatinLetter(n.charAt(start - 1)) || end < n.length() && isLatinOrDigit(n.charAt(end));
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isLatinOrDigit(char c) {
        return isLatinLetter(c) || c >= '0' && c <= '9';
    }

    /**
     * The floor the match names, or null when it lacks a floor marker: one side needs 階, F, 地下 or B,
     * and the upper side of a range needs one of its own. 地下 before a range without its own 階
     * ({@code 地下1～3階}) covers both ends: the first to third basements.
     */
    private static Floor floor(Matcher m, String text) {
        boolean range = m.group(SECOND + NUMBER_AT) != null;
        boolean firstMarked = marked(m, FIRST);
        boolean secondMarked = range && marked(m, SECOND);
        if (range ? !secondMarked : !firstMarked) {
            return null;
        }
        String firstBase = m.group(FIRST + BASE_AT);
        int a = side(firstBase, m.group(FIRST + NUMBER_AT), text);
        int b = a;
        if (range) {
            String secondBase = m.group(SECOND + BASE_AT);
            boolean shared = secondBase == null && m.group(FIRST + UNIT_AT) == null && firstBase != null
                    && firstBase.startsWith("地下");
            b = side(shared ? firstBase : secondBase, m.group(SECOND + NUMBER_AT), text);
        }
        try {
            return Floor.range(Math.min(a, b), Math.max(a, b));
        } catch (ModelException e) {
            throw error(text, e.reason());
        }
    }

    private static boolean marked(Matcher m, int side) {
        return m.group(side + BASE_AT) != null || m.group(side + UNIT_AT) != null;
    }

    private static int side(String base, String number, String text) {
        long n = JapaneseNumbers.numeral(number, problem -> error(text, problem));
        boolean below = base != null && (base.startsWith("地下") || base.equalsIgnoreCase("B"));
        if (n == 0) {
            throw error(text, "there is no floor 0 in Japanese numbering: 1階 is the ground floor, 地下1階 the first"
                    + " basement");
        }
        if (n > 999) {
            throw error(text, "floor " + n + " is higher than any building");
        }
        return below ? (int) -n : (int) n;
    }

    private static String whyNot(String n) {
        if (n.contains("最上階")) {
            return "最上階 (the top floor) must be given with its number, as in 最上階32階";
        }
        if (n.contains("中") && n.contains("階")) {
            return "a mezzanine (中2階) has no whole floor number; give the floor below it and describe the"
                    + " mezzanine in the area";
        }
        if (n.contains("屋上")) {
            return "the roof (屋上) has no floor number; give the top floor and describe the roof in the area";
        }
        if (n.contains("階建")) {
            return "N階建て is the height of a building, not a floor in it";
        }
        return "it is not a floor number with 階 or F, or a basement with 地下 or B";
    }

    private static TextParseException error(String text, String problem) {
        return new TextParseException(text, "a floor", problem, FORMS);
    }
}
