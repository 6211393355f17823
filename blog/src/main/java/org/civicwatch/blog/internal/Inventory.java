package org.civicwatch.blog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.model.Count;
import org.civicwatch.text.JapaneseDates;
import org.civicwatch.text.JapaneseNumbers;
import org.civicwatch.text.TextParseException;

/**
 * The inventories a post copies out: a table of devices, whose header row names a column of counts
 * ({@code 学校名 | 設置場所 | 台数}), or a list of spots each with its count ({@code ・東堀通公園　2台（園内灯の支柱）},
 * {@code 善光寺口側の階段の上の壁　２台}), with a total row or line ({@code 計}, {@code 合計　10台}). Only the layout is read
 * here, cell by cell; what the rows are (whose devices, in which building) is the sighting extractor's.
 */
final class Inventory {
    /** A table's cell holding a number alone: "２". */
    private static final Pattern BARE_NUMBER = Pattern.compile("[0-9０-９]{1,4}+");
    /** A header cell naming the column of counts. */
    private static final Pattern COUNT_HEAD = Pattern.compile("^(?:台数|設置台数|設置数|数量|基数|個数|台|数)$");
    /** A header cell naming the column of the spots. */
    private static final Pattern SPOT_HEAD = Pattern.compile("^(?:設置)?(?:場所|箇所|か所|個所|位置)$|^(?:設置|取付)(?:場所|箇所|位置)");
    /** A header cell naming the column of the facilities. */
    private static final Pattern FACILITY_HEAD = Pattern.compile("(?:施設|学校|公園|建物|庁舎|駅)(?:名|の名前)?$|^名称$");
    /** A header cell naming the column of the floors. */
    private static final Pattern FLOOR_HEAD = Pattern.compile("^(?:階|階数|フロア|階層)$");
    /** A header cell naming the column of the kinds of device. */
    private static final Pattern KIND_HEAD = Pattern.compile("^(?:種類|種別|型式|形式|タイプ|型)$");
    /** A cell saying "the same as the row above". */
    private static final Pattern DITTO = Pattern.compile("^(?:同|同上|〃|″|々)?$");
    /** A cell saying "none": a dash. */
    private static final Pattern DASH = Pattern.compile("^[―ー－\\-—‐]+$");
    /** The total's row or line. */
    private static final Pattern TOTAL = Pattern.compile("^(?:計|合計|総計|総数|小計)$");
    /**
     * A line of a list: an optional mark, the spot (with a note of its own in brackets), space, the count, and a note
     * on it in brackets: "・関屋浜緑地　3台（駐車場側の照明柱に2台、トイレの外壁に1台）".
     */
    private static final Pattern ITEM = Pattern.compile("^(?:[・●○◆◇▪■□◎\\-－]|[①-⑳]|[(（]?[0-9０-９]{1,2}+[.．)）])?[\\s　]*+"
            // a floor first, as a building's list gives it: "・１階　玄関ホール　２台（天井）"
            + "(?:((?:地下|Ｂ|B)?[0-9０-９一二三四五六七八九十]{1,3}+(?:階|Ｆ|F))[\\s　]++)?"
            + "([^\\s　、。：:「」]{1,30}+)[\\s　]++([^\\s　（）()]{1,12}+)(?:[\\s　]*+[（(]([^（）()]{1,60}+)[）)])?$");

    /** A date or a time as a list's spot ("6月1日　2台"), which is a tally by day, not by place. */
    private static final Pattern DAY = Pattern.compile("[0-9０-９]+[年月日時]|[0-9０-９]+[/／.．:：][0-9０-９]");

    private Inventory() {
    }

    /**
     * A row of an inventory.
     *
     * @param line the index of its body line
     * @param facility the facility its row names (a column of facilities, or a list's spot that is one), else null
     * @param spot the spot it names within the facility, else null
     * @param floor the text of its floor cell, else null
     * @param count how many it counts
     * @param note what the row adds in brackets or in a column of kinds ("ドーム型", "いずれも園内灯の支柱"), else null
     * @param total whether it is the total of the rows before it
     */
    record Row(int line, @CheckForNull String facility, @CheckForNull String spot, @CheckForNull String floor, Count count,
               @CheckForNull String note, boolean total) {
    }

    /**
     * An inventory: its rows and the body lines it takes.
     *
     * @param first the index of its first line (a table's header)
     * @param end the index of the line after its last
     * @param rows its rows, in order
     * @param table whether it is a table (else a list)
     */
    record Listing(int first, int end, List<Row> rows, boolean table) {
        Listing {
            rows = List.copyOf(rows);
        }

        /** Whether a body line is one of its lines. */
        boolean holds(int line) {
            return line >= first && line < end;
        }
    }

    /** {@return the inventories in a post's lines, in order; a line is in one at most} */
    static List<Listing> of(List<String> lines) {
        List<Listing> found = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Listing l = table(lines, i);
            if (l == null) {
                l = list(lines, i);
            }
            if (l == null) {
                i++;
            } else {
                found.add(l);
                i = l.end();
            }
        }
        return found;
    }

    /** {@return the table whose header row is line {@code i}, or null when that line heads none} */
    @CheckForNull
    private static Listing table(List<String> lines, int i) {
        String[] head = cells(lines.get(i));
        int count = column(head, COUNT_HEAD);
        int spot = column(head, SPOT_HEAD);
        int facility = column(head, FACILITY_HEAD);
        int floor = column(head, FLOOR_HEAD);
        int kind = column(head, KIND_HEAD);
        if (head.length < 2 || count < 0 || spot < 0 && facility < 0 && floor < 0) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        String lastFacility = null;
        int j = i + 1;
        for (; j < lines.size() && lines.get(j).contains("\t"); j++) {
            String[] row = aligned(cells(lines.get(j)), head.length);
            boolean total = TOTAL.matcher(row[0]).matches();
            Count c = count(row[count], true);
            if (c == null) {
                continue;
            }
            String f = facility < 0 || total ? null : DITTO.matcher(row[facility]).matches() ? lastFacility : row[facility];
            lastFacility = f;
            rows.add(new Row(j, f, spot < 0 || total ? null : value(row[spot]), floor < 0 || total ? null : value(row[floor]), c,
                    kind < 0 || total ? null : value(row[kind]), total));
        }
        return rows.isEmpty() ? null : new Listing(i, j, rows, true);
    }

    /** {@return the list of two or more spots with counts starting at line {@code i}, or null when none does} */
    @CheckForNull
    private static Listing list(List<String> lines, int i) {
        List<Row> rows = new ArrayList<>();
        int j = i;
        for (; j < lines.size(); j++) {
            Row r = item(lines.get(j), j);
            if (r == null) {
                break;
            }
            rows.add(r);
        }
        return rows.stream().filter(r -> !r.total()).count() >= 2 ? new Listing(i, j, rows, false) : null;
    }

    /** A spot that is only a floor: "・２階　なし" counts the floor. */
    private static final Pattern FLOOR_ALONE = Pattern.compile("^(?:地下|Ｂ|B)?[0-9０-９一二三四五六七八九十]{1,3}+(?:階|Ｆ|F)$");

    @CheckForNull
    private static Row item(String line, int index) {
        Matcher m = ITEM.matcher(line.strip());
        if (!m.matches() || !JapaneseDates.findAll(m.group(2)).isEmpty() || DAY.matcher(m.group(2)).find()
                || m.group(2).contains("http")) {
            return null;
        }
        Count c = count(m.group(3), false);
        if (c == null) {
            return null;
        }
        boolean total = TOTAL.matcher(m.group(2)).matches();
        String floor = m.group(1);
        String spot = total ? null : m.group(2);
        if (floor == null && spot != null && FLOOR_ALONE.matcher(spot).matches()) {
            floor = spot;
            spot = null;
        }
        return new Row(index, null, spot, floor, c, m.group(4), total);
    }

    /** {@return a cell's count: a number with a counter, "なし", a dash; in a table a bare number too; else null} */
    @CheckForNull
    private static Count count(String text, boolean bare) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (DASH.matcher(t).matches() || t.equals("設置なし") || t.equals("なし")) {
            return Count.none().withOriginal(t);
        }
        try {
            return JapaneseNumbers.parseCount(bare && BARE_NUMBER.matcher(t).matches() ? t + "台" : t);
        } catch (TextParseException e) {
            return null;
        }
    }

    private static String[] cells(String line) {
        String[] cells = line.split("\t", -1);
        for (int k = 0; k < cells.length; k++) {
            cells[k] = cells[k].strip();
        }
        return cells;
    }

    /** A row's cells, as many as the header's: a row short of cells lost its empty last ones. */
    private static String[] aligned(String[] row, int width) {
        if (row.length >= width) {
            return row;
        }
        String[] out = java.util.Arrays.copyOf(row, width);
        java.util.Arrays.fill(out, row.length, width, "");
        return out;
    }

    private static int column(String[] head, Pattern p) {
        for (int k = 0; k < head.length; k++) {
            if (p.matcher(head[k]).find()) {
                return k;
            }
        }
        return -1;
    }

    @CheckForNull
    private static String value(String cell) {
        return cell.isEmpty() || DASH.matcher(cell).matches() ? null : cell;
    }
}
