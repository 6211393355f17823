package org.civicwatch.catalog;

/**
 * Keeps text cells from running as spreadsheet formulas (CSV injection): a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which
 * spreadsheets show as text. The mark is reversible: a cell that already starts with an apostrophe gets
 * one more, so {@link #restore} gives back exactly what {@link #neutralise} was given, for every string.
 * Only text columns are marked ({@link #appliesTo}); numbers ({@code -3}) and dates stay as they are.
 *
 * <pre>{@code
 * SpreadsheetSafety.neutralise("=1+1")   // "'=1+1"
 * SpreadsheetSafety.neutralise("'x")     // "''x"
 * SpreadsheetSafety.restore("''x")       // "'x"
 * }</pre>
 */
public final class SpreadsheetSafety {
    /** The mark put before a cell that a spreadsheet would run. */
    public static final char MARK = '\'';

    private SpreadsheetSafety() {
    }

    /**
     * {@return whether cells of a type are text that a spreadsheet could run: strings and prose, not URLs
     * (which start with http), numbers, dates, floors or enumerations}
     *
     * @param type a column's type
     */
    public static boolean appliesTo(ScalarType<?> type) {
        return type == ScalarType.STRING || type == ScalarType.TEXT;
    }

    /**
     * {@return the cell as a spreadsheet reads it as text: marked when it starts with a formula character
     * or with the mark itself, else unchanged}
     *
     * @param cell a text cell
     */
    public static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == MARK
                ? MARK + cell : cell;
    }

    /**
     * {@return the cell as it was before {@link #neutralise}: one leading mark removed}
     *
     * @param cell a text cell written with neutralised formulas
     */
    public static String restore(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == MARK ? cell.substring(1) : cell;
    }
}
