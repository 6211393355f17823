package org.civicwatch.importers.csv;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.Field;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.JsonText;
import org.civicwatch.catalog.ListType;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.catalog.ScalarType;
import org.civicwatch.catalog.ValueType;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Floor;
import org.civicwatch.model.MessageText;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.OptionException;
import org.civicwatch.text.JapaneseDates;
import org.civicwatch.text.JapaneseFloors;
import org.civicwatch.text.JapaneseNumbers;
import org.civicwatch.text.Mention;

/**
 * How another publisher's CSV file maps onto a record type: a small JSON file naming, for fields of the
 * field catalog, which column (or constant, or columns joined) fills them and how the text is read. Every
 * field path is checked against the catalog when the file is read, and every column it names against the
 * CSV's header when that is read, so a mistake is found before the first row.
 *
 * <pre>{@code
 * {
 *   "civicwatchMapping": "1",
 *   "type": "sighting",
 *   "charset": "windows-31j",
 *   "fields": {
 *     "id":              {"concat": ["city-camera-", {"column": "番号"}]},
 *     "device":          {"constant": "camera"},
 *     "operator":        {"column": "設置主体"},
 *     "place.area":      {"column": "地点"},
 *     "place.latitude":  {"column": "北緯", "parse": "coordinate"},
 *     "links[0].url":    {"column": "URL"}
 *   }
 * }
 * }</pre>
 *
 * <p>A rule takes its text from {@code "column"}, {@code "constant"} or {@code "concat"} (strings,
 * {@code {"column": ..., "prefix": ...}} and {@code {"rowNumber": true}} parts, joined by {@code "separator"};
 * an empty column is left out with its prefix, and when every column is empty there is no value); {@code "values"} translates it ({@code {"公開":
 * "disclosed"}}); {@code "parse"} reads it: {@code text} (the default: the field's own form), {@code date}
 * (western and era dates, {@code 平成29年7月18日}, kept as written beside the date), {@code count}
 * ({@code 2台}, {@code なし}), {@code floor} ({@code ２階}, {@code 地下1階}), {@code floor-and-area} (on a place:
 * {@code ２階正面入口} gives floor 2, its label and the area), {@code coordinate} (decimal or
 * degrees-minutes-seconds). An empty cell leaves the field out. {@code "headerRow"} (1-based, blank lines
 * aside) skips title rows above the header; {@code "info"} gives the dataset info.
 */
public final class ColumnMapping {
    /** The version of the mapping format this reader reads. */
    public static final String VERSION = "1";
    private static final int MAX_SIZE = 1 << 20;

    /** How a rule reads its text. */
    enum Parse {
        TEXT("text"), DATE("date"), COUNT("count"), FLOOR("floor"), FLOOR_AND_AREA("floor-and-area"),
        COORDINATE("coordinate");

        final String word;

        Parse(String word) {
            this.word = word;
        }

        static Parse named(String word) {
            for (Parse p : values()) {
                if (p.word.equals(word)) {
                    return p;
                }
            }
            return null;
        }
    }

    /** One field's rule: where its text comes from, how it is translated and read, and where it goes. */
    static final class Rule {
        final String target;
        /** Field names and list indexes from the record to the target. */
        final List<Object> path;
        final ValueType type;
        final Parse parse;
        final @CheckForNull String constant;
        /** Where the text comes from, in order. */
        final List<Part> parts;
        final String separator;
        final @CheckForNull Map<String, String> values;
        final int line;

        Rule(String target, List<Object> path, ValueType type, Parse parse, @CheckForNull String constant,
             List<Part> parts, String separator, @CheckForNull Map<String, String> values, int line) {
            this.target = target;
            this.path = path;
            this.type = type;
            this.parse = parse;
            this.constant = constant;
            this.parts = parts;
            this.separator = separator;
            this.values = values;
            this.line = line;
        }

        /** {@return the columns the rule reads} */
        List<String> columns() {
            List<String> c = new ArrayList<>();
            for (Part p : parts) {
                if (p.column() != null) {
                    c.add(p.column());
                }
            }
            return c;
        }
    }

    /**
     * One part of a rule's text: a column's cell (with a prefix put before it when it is not empty), a
     * literal, or the row's number.
     *
     * @param column the column, or null
     * @param text the literal, or the prefix of a column; empty for none
     * @param rowNumber whether the part is the row's number
     */
    record Part(@CheckForNull String column, String text, boolean rowNumber) {
    }

    private final Path file;
    private final String text;
    private final RecordType type;
    private final @CheckForNull Charset charset;
    private final int headerRow;
    private final DatasetInfo info;
    private final List<Rule> rules;

    private ColumnMapping(Path file, String text, RecordType type, @CheckForNull Charset charset, int headerRow,
                          DatasetInfo info, List<Rule> rules) {
        this.file = file;
        this.text = text;
        this.type = type;
        this.charset = charset;
        this.headerRow = headerRow;
        this.info = info;
        this.rules = List.copyOf(rules);
    }

    /**
     * Reads a mapping file.
     *
     * @param file the JSON file, in UTF-8
     * @return the mapping
     * @throws DataException naming the line of the mapping file and what is wrong
     * @throws IOException if the file cannot be read
     */
    public static ColumnMapping read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.size(file) > MAX_SIZE) {
            throw new DataException(Location.at(name, 1, 0), "a column-mapping file is at most " + MAX_SIZE + " bytes");
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DataException(Location.at(name, 1, 0), "a column-mapping file is JSON in UTF-8; save it as UTF-8");
        }
        return parse(json, file);
    }

    /**
     * Reads a mapping from its JSON text.
     *
     * @param json the mapping file's text
     * @param file the file it came from, for messages
     * @return the mapping
     * @throws DataException naming the line and what is wrong
     */
    public static ColumnMapping parse(String json, Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
            json = json.substring(1);
        }
        String text = json;
        Object tree;
        try {
            tree = JsonText.parse(text);
        } catch (JsonText.MalformedJsonException e) {
            throw new DataException(Location.at(name, e.line(), e.column()), "malformed JSON: " + e.reason());
        }
        if (!(tree instanceof Map<?, ?> root)) {
            throw error(name, 1, null, "a column-mapping file is a JSON object with \"type\" and \"fields\"");
        }
        Set<String> known = Set.of("civicwatchMapping", "type", "charset", "headerRow", "info", "fields", "description");
        for (Object key : root.keySet()) {
            if (!known.contains(key)) {
                throw error(name, lineOf(text, (String) key), (String) key, "unknown member; a mapping has "
                        + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
        Object version = root.get("civicwatchMapping");
        if (version != null && !VERSION.equals(version)) {
            throw error(name, lineOf(text, "civicwatchMapping"), "civicwatchMapping", "this reader reads mapping"
                    + " version \"" + VERSION + "\", not " + version);
        }
        RecordType type = root.get("type") instanceof String t ? RecordType.named(t).orElse(null) : null;
        if (type == null) {
            throw error(name, lineOf(text, "type"), "type", "\"type\" must name the record type: "
                    + RecordTypes.names());
        }
        Charset charset = null;
        if (root.get("charset") != null) {
            if (!(root.get("charset") instanceof String cs)) {
                throw error(name, lineOf(text, "charset"), "charset", "must be a charset name such as windows-31j");
            }
            try {
                charset = Charsets.named(cs);
            } catch (OptionException e) {
                throw error(name, lineOf(text, "charset"), "charset", e.getMessage());
            }
        }
        int headerRow = 1;
        if (root.get("headerRow") != null) {
            if (!(root.get("headerRow") instanceof Long n) || n < 1 || n > 1000) {
                throw error(name, lineOf(text, "headerRow"), "headerRow", "must be the header's row number, 1 to 1000");
            }
            headerRow = n.intValue();
        }
        DatasetInfo info = DatasetInfo.EMPTY;
        if (root.get("info") != null) {
            if (!(root.get("info") instanceof Map<?, ?> m)) {
                throw error(name, lineOf(text, "info"), "info", "must be an object of dataset info fields ("
                        + String.join(", ", FieldCatalog.DATASET_INFO.fieldNames()) + ")");
            }
            try {
                info = FieldCatalog.DATASET_INFO.create(stringKeys(m));
            } catch (ModelException e) {
                throw error(name, lineOf(text, "info"), "info." + e.field(), e.reason());
            }
        }
        if (!(root.get("fields") instanceof Map<?, ?> fields) || fields.isEmpty()) {
            throw error(name, lineOf(text, "fields"), "fields", "\"fields\" must be an object of field paths and"
                    + " rules, such as \"place.area\": {\"column\": \"地点\"}");
        }
        List<Rule> rules = new ArrayList<>();
        for (Map.Entry<?, ?> e : fields.entrySet()) {
            rules.add(rule(name, text, type, (String) e.getKey(), e.getValue()));
        }
        for (Field f : FieldCatalog.schema(type).fields()) {
            if (f.isRequired() && rules.stream().noneMatch(r -> r.path.get(0).equals(f.name()))) {
                throw error(name, lineOf(text, "fields"), f.name(), "a " + type.singular() + " needs '" + f.name()
                        + "', and the mapping gives no rule for it (a column, a constant or a concat)");
            }
        }
        return new ColumnMapping(file, text, type, charset, headerRow, info, rules);
    }

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d{1,3})\\])?");

    private static Rule rule(String name, String text, RecordType type, String target, Object spec) {
        int line = lineOf(text, target);
        List<Object> path = new ArrayList<>();
        ValueType at = FieldCatalog.schema(type);
        for (String segment : target.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches() || !(at instanceof ObjectSchema<?> schema)) {
                throw error(name, line, target, "is not a field path; write field names joined by '.', with [0], [1]"
                        + "... after a list: place.area, links[0].url, tags[0]");
            }
            Field f = schema.field(m.group(1)).orElseThrow(() -> error(name, line, target, "'" + m.group(1)
                    + "' is not a field of " + schema.name() + "; its fields are "
                    + String.join(", ", schema.fieldNames())));
            path.add(f.name());
            at = f.type();
            if (at instanceof ListType list) {
                if (m.group(2) == null) {
                    throw error(name, line, target, "'" + f.name() + "' is a list: say which element, as "
                            + f.name() + "[0]");
                }
                path.add(Integer.valueOf(m.group(2)));
                at = list.element();
            } else if (m.group(2) != null) {
                throw error(name, line, target, "'" + f.name() + "' is not a list");
            }
        }
        if (!(spec instanceof Map<?, ?> s)) {
            throw error(name, line, target, "a rule is an object such as {\"column\": \"地点\"}");
        }
        for (Object key : s.keySet()) {
            if (!Set.of("column", "constant", "concat", "separator", "values", "parse").contains(key)) {
                throw error(name, line, target, "unknown member '" + key + "' in its rule; a rule has column,"
                        + " constant or concat, and may have separator, values and parse");
            }
        }
        int sources = (s.containsKey("column") ? 1 : 0) + (s.containsKey("constant") ? 1 : 0)
                + (s.containsKey("concat") ? 1 : 0);
        if (sources != 1) {
            throw error(name, line, target, "a rule takes its text from exactly one of column, constant and concat");
        }
        List<Part> parts = new ArrayList<>();
        String constant = null;
        if (s.get("column") != null) {
            parts.add(new Part(text(s.get("column"), name, line, target, "column"), "", false));
        } else if (s.containsKey("constant")) {
            constant = text(s.get("constant"), name, line, target, "constant");
        } else if (s.get("concat") instanceof List<?> list && !list.isEmpty()) {
            for (Object p : list) {
                if (p instanceof String literal) {
                    parts.add(new Part(null, literal, false));
                } else if (p instanceof Map<?, ?> part && part.get("column") instanceof String c
                        && part.keySet().stream().allMatch(k -> k.equals("column") || k.equals("prefix"))) {
                    parts.add(new Part(c, part.get("prefix") == null ? ""
                            : text(part.get("prefix"), name, line, target, "prefix"), false));
                } else if (p instanceof Map<?, ?> part && part.size() == 1 && Boolean.TRUE.equals(part.get("rowNumber"))) {
                    parts.add(new Part(null, "", true));
                } else {
                    throw error(name, line, target, "each part of concat is a string, {\"column\": ...} (with a"
                            + " \"prefix\" if wanted) or {\"rowNumber\": true}");
                }
            }
        } else {
            throw error(name, line, target, "concat is a list of parts: strings, {\"column\": ...}, {\"rowNumber\": true}");
        }
        String separator = s.get("separator") == null ? "" : text(s.get("separator"), name, line, target, "separator");
        Map<String, String> values = null;
        if (s.get("values") != null) {
            if (!(s.get("values") instanceof Map<?, ?> v)) {
                throw error(name, line, target, "values is an object of texts and what they stand for");
            }
            values = new HashMap<>();
            for (Map.Entry<?, ?> e : v.entrySet()) {
                values.put((String) e.getKey(), text(e.getValue(), name, line, target, "values"));
            }
        }
        Parse parse = Parse.TEXT;
        if (s.get("parse") != null) {
            parse = s.get("parse") instanceof String p ? Parse.named(p) : null;
            if (parse == null) {
                throw error(name, line, target, "parse is one of text, date, count, floor, floor-and-area, coordinate");
            }
        }
        String fits = fits(parse, at);
        if (fits != null) {
            throw error(name, line, target, fits);
        }
        return new Rule(target, path, at, parse, constant, parts, separator, values, line);
    }

    /** {@return why a parser cannot fill a field of a type, or null if it can} */
    @CheckForNull
    private static String fits(Parse parse, ValueType type) {
        return switch (parse) {
            case TEXT -> type instanceof ScalarType ? null : "the field is " + type.name() + ": fill its fields"
                    + " (place.area), or read the text with a parse that makes one (count, floor-and-area)";
            case DATE -> type == ScalarType.WHEN ? null : "parse date fills a date field, and this one is " + type.name();
            case COUNT -> type == FieldCatalog.COUNT ? null : "parse count fills a count (count, observer.size)";
            case FLOOR -> type == ScalarType.FLOOR ? null : "parse floor fills a floor (place.floor)";
            case FLOOR_AND_AREA -> type == FieldCatalog.PLACE ? null : "parse floor-and-area fills a place (place)";
            case COORDINATE -> type == ScalarType.DECIMAL ? null
                    : "parse coordinate fills place.latitude or place.longitude";
        };
    }

    private static String text(Object v, String name, int line, String target, String member) {
        if (!(v instanceof String s)) {
            throw error(name, line, target, member + " must be a string");
        }
        return s;
    }

    private static DataException error(String name, int line, @CheckForNull String field, String detail) {
        return new DataException(new Location(name, line, 0, 0, field), detail);
    }

    private static int lineOf(String text, String quoted) {
        int at = text.indexOf("\"" + quoted + "\"");
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** {@return the file the mapping was read from} */
    public Path file() {
        return file;
    }

    /** {@return the record type every row becomes} */
    public RecordType type() {
        return type;
    }

    /** {@return the charset the mapping declares for its CSV files, or null} */
    @CheckForNull
    public Charset charset() {
        return charset;
    }

    /** {@return the 1-based row of the header, blank lines aside} */
    public int headerRow() {
        return headerRow;
    }

    /** {@return the dataset info the mapping gives} */
    public DatasetInfo info() {
        return info;
    }

    /** {@return every column the mapping reads, in the order its rules name them} */
    public List<String> columns() {
        Set<String> c = new LinkedHashSet<>();
        rules.forEach(r -> c.addAll(r.columns()));
        return List.copyOf(c);
    }

    List<Rule> rules() {
        return rules;
    }

    /**
     * Reads a rule's value from a row.
     *
     * @param rule the rule
     * @param cells the row's cells
     * @param index the position of each column in the header
     * @param row the row's number, for {@code rowNumber} parts
     * @return the value (a string, or a date, count, floor, number or place fields), or null when empty
     * @throws ModelException when the text cannot be read, quoting it
     */
    @CheckForNull
    static Object value(Rule rule, String[] cells, Map<String, Integer> index, long row) {
        String raw;
        if (rule.constant != null) {
            raw = rule.constant;
        } else {
            StringBuilder s = new StringBuilder();
            boolean anyColumn = false;
            boolean columnFilled = false;
            for (Part p : rule.parts) {
                String piece;
                if (p.column() != null) {
                    anyColumn = true;
                    piece = cells[index.get(p.column())].strip();
                    columnFilled |= !piece.isEmpty();
                    piece = piece.isEmpty() ? piece : p.text() + piece;
                } else if (p.rowNumber()) {
                    piece = Long.toString(row);
                } else {
                    piece = p.text();
                }
                if (!piece.isEmpty()) {
                    s.append(s.length() == 0 ? "" : rule.separator).append(piece);
                }
            }
            if (anyColumn && !columnFilled) {
                return null;
            }
            raw = s.toString();
        }
        if (raw.isEmpty()) {
            return null;
        }
        if (rule.values != null) {
            String mapped = rule.values.get(raw);
            if (mapped == null) {
                throw new ModelException(null, MessageText.quote(raw) + " is none of the texts the mapping translates ("
                        + String.join(", ", new java.util.TreeSet<>(rule.values.keySet())) + ")");
            }
            raw = mapped;
            if (raw.isEmpty()) {
                return null;
            }
        }
        return switch (rule.parse) {
            case TEXT -> raw;
            case DATE -> JapaneseDates.parse(raw);
            case COUNT -> JapaneseNumbers.parseCount(raw);
            case FLOOR -> JapaneseFloors.parse(raw);
            case FLOOR_AND_AREA -> floorAndArea(raw);
            case COORDINATE -> coordinate(raw);
        };
    }

    /** A place's floor, floor label and area from a location such as {@code ２階正面入口}. */
    private static Map<String, Object> floorAndArea(String text) {
        Map<String, Object> place = new LinkedHashMap<>();
        List<Mention<Floor>> floors = JapaneseFloors.findAll(text);
        if (floors.isEmpty()) {
            place.put("area", text);
            return place;
        }
        Mention<Floor> m = floors.get(0);
        place.put("floor", m.value());
        place.put("floorLabel", m.text());
        String area = (text.substring(0, m.start()) + text.substring(m.end())).strip()
                .replaceFirst("^[\\s・、,:：/／の]+", "").strip();
        if (!area.isEmpty()) {
            place.put("area", area);
        }
        return place;
    }

    private static final Pattern DMS = Pattern.compile(
            // NFKC has turned ″ into ′′ by the time this reads it.
            "(\\d{1,3})\\s*(?:°|度)\\s*(?:(\\d{1,2})\\s*(?:'|′|分)\\s*(?:(\\d{1,2}(?:\\.\\d+)?)\\s*(?:\"|″|′′|''|秒)?)?)?");

    /** Degrees as a decimal ({@code 36.3912}) or in degrees, minutes and seconds ({@code 36°23′27.5″}, {@code 36度23分27.5秒}). */
    static double coordinate(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).strip()
                .replaceFirst("^(?:北緯|東経|南緯|西経|[NSEWnsew])\\s*", "");
        boolean negative = text.contains("南緯") || text.contains("西経")
                || text.strip().toUpperCase(Locale.ROOT).matches("^[SW].*");
        try {
            double d = Double.parseDouble(n);
            return negative ? -d : d;
        } catch (NumberFormatException notDecimal) {
            Matcher m = DMS.matcher(n);
            if (m.matches()) {
                double d = Integer.parseInt(m.group(1)) + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)) / 60.0)
                        + (m.group(3) == null ? 0 : Double.parseDouble(m.group(3)) / 3600.0);
                return negative ? -d : d;
            }
            throw new ModelException(null, "cannot read " + MessageText.quote(text) + " as a coordinate: write degrees as 36.3912"
                    + " or 36°23′27.5″");
        }
    }

    @Override
    public boolean equals(@CheckForNull Object o) {
        return o instanceof ColumnMapping m && m.file.equals(file) && m.text.equals(text);
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMapping[" + file + ", " + type.plural() + ", " + rules.size() + " rules]";
    }
}
