package org.civicwatch.importers.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import javax.annotation.CheckForNull;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;

/**
 * How CSV is read: an immutable value built once per reader from its options. {@link #DEFAULT} detects
 * the charset (a byte order mark, else strictly UTF-8, else strictly windows-31j), takes the mark off
 * neutralised formulas, tells the record type from the header or the file name, and bounds zip input.
 *
 * <pre>{@code
 * CsvReadSettings s = CsvReadSettings.DEFAULT.withCharset(Charset.forName("windows-31j"));
 * Options o = s.toOptions();
 * }</pre>
 */
public final class CsvReadSettings {

    /** The charset of the input; by default read from a byte order mark or detected. */
    public static final Option<String> CHARSET = Option.text("charset", null,
            "The charset of the file: utf-8, windows-31j (what Japanese software calls Shift_JIS), euc-jp...;"
                    + " by default a byte order mark says, else the file must be strictly UTF-8 or windows-31j.");

    /** Whether marks put before formula-like text cells by the exporter are taken off. */
    public static final Option<Boolean> NEUTRALISE_FORMULAS = Option.bool("neutralise-formulas", true,
            "The file was written with formulas neutralised (the CSV exporter's default): one ' is taken off text"
                    + " cells that start with it. Set false for files whose text may begin with ' of its own.");

    /** The record type of a single file; by default told by its header, else its name. */
    public static final Option<RecordType> TYPE = Option.choice("type", RecordType.class, null,
            "The record type of the file: incident, sighting, filing or news; by default the header tells (its"
                    + " columns are a type's), else the file name (sightings.csv).");

    /** A column-mapping file for another publisher's CSV. */
    public static final Option<String> MAPPING = Option.text("mapping", null,
            "A column-mapping file (JSON) that says which of the file's columns become which fields of a record"
                    + " type; for CSV files not written by civicwatch. See the module README.");

    /** Where rejected rows go when reading leniently: the standard option, which both CSV importers take. */
    public static final Option<String> REJECTS = org.civicwatch.spi.StandardOptions.REJECTS;

    /** The most entries a zip may hold. */
    public static final Option<Long> MAX_ZIP_ENTRIES = Option.number("max-zip-entries", 1000, 1,
            "The most entries a data package zip may hold.");

    /** The most bytes one zip entry may unpack to. */
    public static final Option<Long> MAX_ZIP_ENTRY_SIZE = Option.number("max-zip-entry-size", 4L << 30, 1,
            "The most bytes one entry of a data package zip may unpack to.");

    /** The most bytes a zip may unpack to in all. */
    public static final Option<Long> MAX_ZIP_SIZE = Option.number("max-zip-size", 16L << 30, 1,
            "The most bytes all entries of a data package zip may unpack to together.");

    /** How many times its compressed size an entry may unpack to. */
    public static final Option<Long> MAX_ZIP_RATIO = Option.number("max-zip-ratio", 200, 1,
            "How many times its compressed size a zip entry may unpack to; more is refused as a zip bomb.");

    /** Detected charset, formulas restored, type told by the file, no mapping, zip limits as documented. */
    public static final CsvReadSettings DEFAULT = new CsvReadSettings(null, true, null, null, null,
            new ZipLimits(MAX_ZIP_ENTRIES.defaultValue(), MAX_ZIP_ENTRY_SIZE.defaultValue(),
                    MAX_ZIP_SIZE.defaultValue(), MAX_ZIP_RATIO.defaultValue()));

    /**
     * Bounds on zip input, checked while it is read (not from the sizes the zip claims).
     *
     * @param entries the most entries
     * @param entrySize the most bytes one entry unpacks to
     * @param totalSize the most bytes all entries unpack to
     * @param ratio how many times its compressed size an entry may unpack to
     */
    public record ZipLimits(long entries, long entrySize, long totalSize, long ratio) {
    }

    private final @CheckForNull Charset charset;
    private final boolean formulasNeutralised;
    private final @CheckForNull RecordType type;
    private final @CheckForNull ColumnMapping mapping;
    private final @CheckForNull Path rejects;
    private final ZipLimits zip;

    private CsvReadSettings(@CheckForNull Charset charset, boolean formulasNeutralised, @CheckForNull RecordType type,
                            @CheckForNull ColumnMapping mapping, @CheckForNull Path rejects, ZipLimits zip) {
        this.charset = charset;
        this.formulasNeutralised = formulasNeutralised;
        this.type = type;
        this.mapping = mapping;
        this.rejects = rejects;
        this.zip = zip;
    }

    /**
     * {@return the settings the options name}; a mapping file named is read here
     *
     * @param options a reader's options
     * @throws org.civicwatch.spi.OptionException for an unknown charset
     * @throws org.civicwatch.spi.DataException for a mapping file that cannot be used, with its location
     * @throws IOException if the mapping file cannot be read
     */
    public static CsvReadSettings of(Options options) throws IOException {
        String cs = options.get(CHARSET);
        String mappingFile = options.get(MAPPING);
        String rejectsFile = options.get(REJECTS);
        return new CsvReadSettings(cs == null ? null : Charsets.named(cs), options.require(NEUTRALISE_FORMULAS),
                options.get(TYPE), mappingFile == null ? null : ColumnMapping.read(Path.of(mappingFile)),
                rejectsFile == null ? null : Path.of(rejectsFile),
                new ZipLimits(options.require(MAX_ZIP_ENTRIES), options.require(MAX_ZIP_ENTRY_SIZE),
                        options.require(MAX_ZIP_SIZE), options.require(MAX_ZIP_RATIO)));
    }

    /** {@return the declared charset, or null to detect it} */
    @CheckForNull
    public Charset charset() {
        return charset;
    }

    /**
     * {@return these settings with a declared charset}
     *
     * @param declared the charset, or null to detect it
     */
    public CsvReadSettings withCharset(@CheckForNull Charset declared) {
        return new CsvReadSettings(declared, formulasNeutralised, type, mapping, rejects, zip);
    }

    /** {@return whether a leading ' is taken off text cells} */
    public boolean formulasNeutralised() {
        return formulasNeutralised;
    }

    /**
     * {@return these settings, taking marks off neutralised formulas or not}
     *
     * @param neutralised whether the file was written with formulas neutralised
     */
    public CsvReadSettings withFormulasNeutralised(boolean neutralised) {
        return new CsvReadSettings(charset, neutralised, type, mapping, rejects, zip);
    }

    /** {@return the record type of a single file, or null to tell it from the header or the name} */
    @CheckForNull
    public RecordType type() {
        return type;
    }

    /**
     * {@return these settings for files of one record type}
     *
     * @param recordType the type, or null to tell it from the file
     */
    public CsvReadSettings withType(@CheckForNull RecordType recordType) {
        return new CsvReadSettings(charset, formulasNeutralised, recordType, mapping, rejects, zip);
    }

    /** {@return the column mapping for another publisher's file, or null} */
    @CheckForNull
    public ColumnMapping mapping() {
        return mapping;
    }

    /** {@return where rejected rows are written in lenient mode, or null} */
    @CheckForNull
    public Path rejects() {
        return rejects;
    }

    /** {@return the bounds on zip input} */
    public ZipLimits zipLimits() {
        return zip;
    }

    /**
     * {@return options that give these settings to a CSV importer: those that differ from {@link #DEFAULT}
     * (zip limits only the data package importer takes; a mapping travels as its file)}
     */
    public Options toOptions() {
        Options o = Options.EMPTY;
        if (formulasNeutralised != DEFAULT.formulasNeutralised) {
            o = o.with(NEUTRALISE_FORMULAS, formulasNeutralised);
        }
        if (!zip.equals(DEFAULT.zip)) {
            o = o.with(MAX_ZIP_ENTRIES, zip.entries()).with(MAX_ZIP_ENTRY_SIZE, zip.entrySize())
                    .with(MAX_ZIP_SIZE, zip.totalSize()).with(MAX_ZIP_RATIO, zip.ratio());
        }
        if (charset != null) {
            o = o.with(CHARSET, charset.name());
        }
        if (type != null) {
            o = o.with(TYPE, type);
        }
        if (mapping != null) {
            o = o.with(MAPPING, mapping.file().toString());
        }
        if (rejects != null) {
            o = o.with(REJECTS, rejects.toString());
        }
        return o;
    }

    @Override
    public boolean equals(@CheckForNull Object o) {
        return o instanceof CsvReadSettings s && Objects.equals(s.charset, charset)
                && s.formulasNeutralised == formulasNeutralised && s.type == type && Objects.equals(s.mapping, mapping)
                && Objects.equals(s.rejects, rejects) && s.zip.equals(zip);
    }

    @Override
    public int hashCode() {
        return Objects.hash(charset, formulasNeutralised, type, mapping, rejects, zip);
    }

    @Override
    public String toString() {
        return "CsvReadSettings[charset " + (charset == null ? "detected" : charset.name())
                + (formulasNeutralised ? ", formulas restored" : "") + (type == null ? "" : ", " + type.plural())
                + (mapping == null ? "" : ", mapping " + mapping.file()) + "]";
    }
}
