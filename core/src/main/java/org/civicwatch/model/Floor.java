package org.civicwatch.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A floor of a building, or a range of floors, in Japanese (and American) numbering: {@code 1} is the
 * ground floor (1階), {@code -1} the first basement (地下1階, B1F); there is no floor 0. A range
 * ({@code 3..30}) is one statement about every floor in it ("3階から30階").
 *
 * <p>The string form is {@code 1}, {@code -1} or {@code 3..30}. The local label the floor was read
 * from is kept beside it, in {@link Place#floorLabel()}.
 *
 * @param lowest the lowest floor
 * @param highest the highest floor, equal to {@code lowest} for a single floor
 */
public record Floor(int lowest, int highest) {
    private static final Pattern FORM = Pattern.compile("(-?\\d{1,3})(?:\\.\\.(-?\\d{1,3}))?");

    /**
     * Checks the floors.
     *
     * @param lowest the lowest floor
     * @param highest the highest floor, equal to {@code lowest} for a single floor
     * @throws ModelException if either end is 0 or the range ends below its start
     */
    public Floor {
        if (lowest == 0 || highest == 0) {
            throw new ModelException(null, "there is no floor 0 in Japanese numbering: the ground floor is 1,"
                    + " the first basement -1");
        }
        if (highest < lowest) {
            throw new ModelException(null, "the floor range " + lowest + ".." + highest + " ends below its start");
        }
    }

    /**
     * {@return a single floor}
     *
     * @param floor its number: 1 for the ground floor, -1 for the first basement
     */
    public static Floor of(int floor) {
        return new Floor(floor, floor);
    }

    /**
     * {@return a range of floors, both ends included}
     *
     * @param lowest the lowest floor
     * @param highest the highest floor
     * @throws ModelException if either end is 0 or {@code highest} is below {@code lowest}
     */
    public static Floor range(int lowest, int highest) {
        return new Floor(lowest, highest);
    }

    /**
     * Reads the string form {@code 1}, {@code -1} or {@code 3..30}.
     *
     * @param text the string form
     * @return the floor or range
     * @throws ModelException if the text is not in that form
     */
    public static Floor parse(String text) {
        int dots = text.indexOf("..");
        int low = dots < 0 ? number(text, 0, text.length()) : number(text, 0, dots);
        int high = dots < 0 ? low : number(text, dots + 2, text.length());
        if (low != NOT_A_NUMBER && high != NOT_A_NUMBER) {
            return new Floor(low, high);
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new ModelException(null, "cannot read " + MessageText.quote(text) + " as a floor: write 1 (ground floor),"
                    + " -1 (first basement) or 3..30 (a range)");
        }
        int first = Integer.parseInt(m.group(1));
        return new Floor(first, m.group(2) == null ? first : Integer.parseInt(m.group(2)));
    }

    private static final int NOT_A_NUMBER = Integer.MIN_VALUE;

    /**
     * The number {@code -?\\d{1,3}} between {@code from} and {@code to}, read by hand as {@link #FORM}
     * would read it (every floor read from a file passes here), or {@link #NOT_A_NUMBER}.
     */
    private static int number(String text, int from, int to) {
        int at = from < to && text.charAt(from) == '-' ? from + 1 : from;
        if (to - at < 1 || to - at > 3) {
            return NOT_A_NUMBER;
        }
        int n = 0;
        for (int i = at; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_A_NUMBER;
            }
            n = n * 10 + (c - '0');
        }
        return at > from ? -n : n;
    }

    /** {@return whether this is more than one floor} */
    public boolean isRange() {
        return lowest != highest;
    }

    /**
     * {@return whether the floor or range contains {@code floor}}
     *
     * @param floor a floor number
     */
    public boolean contains(int floor) {
        return floor >= lowest && floor <= highest;
    }

    /** {@return every floor of the range, lowest first} */
    public List<Integer> floors() {
        List<Integer> all = new ArrayList<>();
        for (int f = lowest; f <= highest; f++) {
            if (f != 0) {
                all.add(f);
            }
        }
        return all;
    }

    /**
     * The OpenStreetMap {@code level} of a Japanese floor number: the ground floor is level 0, so
     * {@code N} above ground is {@code N-1} and basements keep their number.
     *
     * @param floor a floor number, not 0
     * @return its OSM level
     */
    public static int osmLevel(int floor) {
        return floor > 0 ? floor - 1 : floor;
    }

    /**
     * The OpenStreetMap {@code level} value: {@code 0} for the ground floor, {@code 2-29} for the range
     * 3..30 (OSM's range form), and every level separated by {@code ;} for a range that reaches below
     * ground: {@code -1;0;1;2} for -1..3.
     *
     * @return the {@code level} tag value
     */
    public String osmLevel() {
        int low = osmLevel(lowest);
        int high = osmLevel(highest);
        if (!isRange()) {
            return String.valueOf(low);
        }
        if (low >= 0) {
            return low + "-" + high;
        }
        // "-1-2" cannot be read back unambiguously, so below ground we list the levels.
        StringBuilder levels = new StringBuilder();
        for (int level = low; level <= high; level++) {
            if (levels.length() > 0) {
                levels.append(';');
            }
            levels.append(level);
        }
        return levels.toString();
    }

    @Override
    public String toString() {
        return isRange() ? lowest + ".." + highest : String.valueOf(lowest);
    }
}
