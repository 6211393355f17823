package org.civicwatch.exporters.csv;

import java.util.Objects;
import javax.annotation.CheckForNull;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;

/**
 * How CSV is written: an immutable value, with named presets, built once per writer from its options.
 * UTF-8 always; comma-separated, fields quoted only where they need it, quotes doubled.
 *
 * <ul>
 * <li>{@link #DEFAULT}: no byte order mark, {@code \n} line ends, formulas neutralised.</li>
 * <li>{@link #EXCEL}: a UTF-8 byte order mark and {@code \r\n} line ends, so that Excel (the Japanese
 *     edition too) opens the file as UTF-8 instead of the system's code page; formulas neutralised.</li>
 * </ul>
 *
 * <pre>{@code
 * CsvWriteSettings s = CsvWriteSettings.EXCEL.withFormulasNeutralised(false);
 * Options o = s.toOptions();   // the same settings, for any CSV exporter
 * }</pre>
 *
 * @see org.civicwatch.catalog.SpreadsheetSafety
 */
public final class CsvWriteSettings {

    /** The named presets, as the option {@link #PRESET} takes them. */
    public enum Preset {
        /** {@link CsvWriteSettings#DEFAULT}. */
        DEFAULT,
        /** {@link CsvWriteSettings#EXCEL}. */
        EXCEL
    }

    /** The preset a writer starts from. */
    public static final Option<Preset> PRESET = Option.choice("preset", Preset.class, Preset.DEFAULT,
            "default: UTF-8 without a byte order mark, \\n line ends; excel: a UTF-8 byte order mark and \\r\\n"
                    + " line ends, so that Excel opens the file correctly.");

    /** Whether text cells that a spreadsheet would run as a formula are marked as text. */
    public static final Option<Boolean> NEUTRALISE_FORMULAS = Option.bool("neutralise-formulas", true,
            "Put ' before text cells that start with =, +, -, @, a tab, a carriage return or ', so that"
                    + " spreadsheets do not run them; the CSV importer takes it off again. Numbers and dates are"
                    + " never marked.");

    /** UTF-8, no byte order mark, {@code \n} line ends, formulas neutralised. */
    public static final CsvWriteSettings DEFAULT = new CsvWriteSettings("default", false, "\n", true);

    /** A UTF-8 byte order mark, {@code \r\n} line ends, formulas neutralised. */
    public static final CsvWriteSettings EXCEL = new CsvWriteSettings("excel", true, "\r\n", true);

    private final String preset;
    private final boolean byteOrderMark;
    private final String lineEnd;
    private final boolean formulasNeutralised;

    private CsvWriteSettings(String preset, boolean byteOrderMark, String lineEnd, boolean formulasNeutralised) {
        this.preset = preset;
        this.byteOrderMark = byteOrderMark;
        this.lineEnd = lineEnd;
        this.formulasNeutralised = formulasNeutralised;
    }

    /**
     * {@return the settings the options name: the preset, then each option set explicitly}
     *
     * @param options a writer's options
     */
    public static CsvWriteSettings of(Options options) {
        CsvWriteSettings base = options.require(PRESET) == Preset.EXCEL ? EXCEL : DEFAULT;
        return base.withFormulasNeutralised(options.require(NEUTRALISE_FORMULAS));
    }

    /**
     * {@return these settings, with formulas neutralised or not}
     *
     * @param neutralised whether to mark text cells that a spreadsheet would run
     */
    public CsvWriteSettings withFormulasNeutralised(boolean neutralised) {
        return neutralised == formulasNeutralised ? this
                : new CsvWriteSettings(preset, byteOrderMark, lineEnd, neutralised);
    }

    /** {@return the preset these settings started from, {@code default} or {@code excel}} */
    public String preset() {
        return preset;
    }

    /** {@return whether a file starts with a UTF-8 byte order mark} */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** {@return what ends each line: {@code \n} or {@code \r\n}} */
    public String lineEnd() {
        return lineEnd;
    }

    /** {@return whether text cells that a spreadsheet would run are marked as text} */
    public boolean formulasNeutralised() {
        return formulasNeutralised;
    }

    /**
     * {@return the commons-csv format that prints the rows}: RFC 4180, fields quoted only where they need it;
     * made per file, so that loading the plugin does not load commons-csv
     */
    CSVFormat format() {
        return CSVFormat.RFC4180.builder().setRecordSeparator(lineEnd).setQuoteMode(QuoteMode.MINIMAL).get();
    }

    /** {@return the options that give these settings to a CSV exporter} */
    public Options toOptions() {
        return Options.EMPTY.with(PRESET, preset.equals("excel") ? Preset.EXCEL : Preset.DEFAULT)
                .with(NEUTRALISE_FORMULAS, formulasNeutralised);
    }

    @Override
    public boolean equals(@CheckForNull Object o) {
        return o instanceof CsvWriteSettings s && s.preset.equals(preset) && s.byteOrderMark == byteOrderMark
                && s.lineEnd.equals(lineEnd) && s.formulasNeutralised == formulasNeutralised;
    }

    @Override
    public int hashCode() {
        return Objects.hash(preset, byteOrderMark, lineEnd, formulasNeutralised);
    }

    @Override
    public String toString() {
        return "CsvWriteSettings[" + preset + ", " + (byteOrderMark ? "BOM, " : "") + (lineEnd.equals("\n") ? "LF"
                : "CRLF") + (formulasNeutralised ? ", formulas neutralised" : "") + "]";
    }
}
