package org.example.civicwatch.geojson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.Column;
import org.civicwatch.catalog.Field;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.ScalarType;
import org.civicwatch.catalog.Table;
import org.civicwatch.model.CameraType;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Floor;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.Mount;
import org.civicwatch.model.RecordType;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.SurveillanceZone;
import org.civicwatch.model.When;
import tools.jackson.databind.JsonNode;

/**
 * A sighting as the properties of its GeoJSON feature, and back. Where OpenStreetMap has a tag for a
 * field, the field is that tag ({@code camera:mount=ceiling}); every other field is a property named
 * {@code civicwatch:} and its column in the field catalog's sightings table ({@code civicwatch:count_value}),
 * so nothing is lost and map tools see OSM's own tags. Each fact is written once.
 *
 * <p>An OSM tag the model has no field for is kept as a civicwatch tag {@code osm:KEY=VALUE}, and such
 * tags at the end of a sighting's tag list are written back as OSM tags, so an Overpass export read and
 * written again keeps its {@code surveillance:zone} or {@code camera:direction}.
 */
final class SightingProperties {
    private SightingProperties() {
    }

    static final String PREFIX = "civicwatch:";
    static final String OSM_TAG = "osm:";

    static final String MAN_MADE = "man_made";
    static final String NOT_MAN_MADE = "not:man_made";
    static final String SURVEILLANCE = "surveillance";
    static final String SURVEILLANCE_TYPE = "surveillance:type";
    static final String CAMERA_TYPE = "camera:type";
    static final String CAMERA_MOUNT = "camera:mount";
    static final String LEVEL = "level";
    static final String LEVEL_REF = "level:ref";
    static final String OPERATOR = "operator";
    static final String SURVEY_DATE = "survey:date";
    static final String OSM_ID = "@id";

    private static final List<Table> TABLES = Table.of(RecordType.SIGHTING);
    private static final Table MAIN = TABLES.get(0);
    private static final Column LATITUDE = column("place_latitude");
    private static final Column LONGITUDE = column("place_longitude");
    private static final Column DEVICE = column("device");
    private static final Column ID = column("id");

    /** The columns OSM tags carry, by tag, in the order they are written; device before camera type. */
    private static final Map<String, Column> TAGGED = new LinkedHashMap<>();

    static {
        TAGGED.put(SURVEILLANCE, column("zone"));
        TAGGED.put(SURVEILLANCE_TYPE, DEVICE);
        TAGGED.put(CAMERA_TYPE, column("camera_type"));
        TAGGED.put(CAMERA_MOUNT, column("mount"));
        TAGGED.put(LEVEL, column("place_floor"));
        TAGGED.put(LEVEL_REF, column("place_floor_label"));
        TAGGED.put(OPERATOR, column("operator"));
        // Read only: written, observed keeps its EDTF form and original text as civicwatch:observed.
        TAGGED.put(SURVEY_DATE, column("observed"));
    }

    /** The keys this mapping reads into fields; no other tag may be written under them. */
    private static final Set<String> MAPPED;

    static {
        Set<String> keys = new HashSet<>(TAGGED.keySet());
        keys.add(MAN_MADE);
        keys.add(NOT_MAN_MADE);
        MAPPED = Set.copyOf(keys);
    }

    private static final Pattern OSM_ELEMENT = Pattern.compile("(node|way|relation)/([0-9]{1,19})");
    private static final Pattern LIST_ITEM = Pattern.compile("([A-Za-z]+)\\[([0-9]+)\\](?:\\.(.+))?");
    private static final Pattern LEVEL_NUMBER = Pattern.compile("-?[0-9]{1,3}");
    private static final Pattern LEVEL_RANGE = Pattern.compile("([0-9]{1,3})-([0-9]{1,3})");
    static final String OSM_WEB = "https://www.openstreetmap.org/";

    private static Column column(String name) {
        return MAIN.columns().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the field catalog's sightings table has no column '"
                        + name + "'; this plugin maps " + name + " onto an OpenStreetMap tag"));
    }

    /** A problem with one feature: where in it (a JSON Pointer relative to the feature) and what. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String pointer;

        Unreadable(String pointer, String message) {
            super(message, null, false, false);
            this.pointer = pointer;
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * {@return the properties of a sighting's feature, in the order written}
     *
     * @param s a sighting with coordinates
     */
    static Map<String, Object> properties(Sighting s) {
        Map<String, Object> p = new LinkedHashMap<>();
        // OSM maps devices that exist; an absence is said with OSM's not: prefix, so a map of devices
        // skips it while the finding stays in the file.
        p.put(s.count() != null && s.count().isNone() ? NOT_MAN_MADE : MAN_MADE, SURVEILLANCE);
        Set<Column> byTag = new HashSet<>(List.of(LATITUDE, LONGITUDE));
        for (Map.Entry<String, Column> tag : TAGGED.entrySet()) {
            String key = tag.getKey();
            Column c = tag.getValue();
            if (key.equals(SURVEY_DATE)) {
                continue;
            }
            if (key.equals(SURVEILLANCE_TYPE)) {
                String osm = s.device().osmSurveillanceType();
                p.put(key, osm);
                if (deviceOf(osm) == s.device()) {
                    byTag.add(c); // otherwise civicwatch:device says which device "other" is
                }
                continue;
            }
            byTag.add(c);
            String value = key.equals(LEVEL) ? s.place().floor() == null ? null : s.place().floor().osmLevel()
                    : c.format(s);
            if (value != null) {
                p.put(key, value);
            }
        }
        for (Column c : MAIN.columns()) {
            Object v = byTag.contains(c) ? null : value(c, s);
            if (v != null) {
                p.put(PREFIX + c.name(), v);
            }
        }
        List<String> promoted = promotedTags(s.tags());
        for (Table t : TABLES.subList(1, TABLES.size())) {
            Field f = t.list();
            List<?> items = (List<?>) f.get(s);
            if (f.name().equals("tags")) {
                items = items.subList(0, items.size() - promoted.size());
            }
            if (items.isEmpty()) {
                continue;
            }
            List<Object> out = new ArrayList<>();
            for (Object item : items) {
                out.add(isValueTable(t) ? value(t.columns().get(0), item) : row(t, item));
            }
            p.put(PREFIX + f.column(), out);
        }
        for (String tag : promoted) {
            int eq = tag.indexOf('=');
            p.put(tag.substring(OSM_TAG.length(), eq), tag.substring(eq + 1));
        }
        return p;
    }

    /** A cell as JSON has it: numbers and booleans as such, every other value in its catalog string form. */
    @CheckForNull
    private static Object value(Column c, Object owner) {
        Object v = c.read(owner);
        if (v == null) {
            return null;
        }
        return !c.original() && (v instanceof Long || v instanceof Double || v instanceof Boolean) ? v : c.format(owner);
    }

    private static Map<String, Object> row(Table t, Object item) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Column c : t.columns()) {
            Object v = value(c, item);
            if (v != null) {
                row.put(c.name(), v);
            }
        }
        return row;
    }

    private static boolean isValueTable(Table t) {
        return t.columns().size() == 1 && t.columns().get(0).path().isEmpty();
    }

    /**
     * The tags at the end of the list that are OSM tags without a field ({@code osm:KEY=VALUE}), each key
     * once: they are written as OSM tags, and reading appends them to the tag list again, in order.
     */
    private static List<String> promotedTags(List<String> tags) {
        Set<String> keys = new HashSet<>();
        int first = tags.size();
        while (first > 0) {
            String tag = tags.get(first - 1);
            int eq = tag.indexOf('=');
            String key = tag.startsWith(OSM_TAG) && eq > OSM_TAG.length() ? tag.substring(OSM_TAG.length(), eq) : null;
            if (key == null || eq == tag.length() - 1 || MAPPED.contains(key) || key.startsWith(PREFIX)
                    || key.startsWith("@") || !keys.add(key)) {
                break;
            }
            first--;
        }
        return tags.subList(first, tags.size());
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a feature's properties into a sighting. A feature with a {@code civicwatch:id} is one this
     * plugin wrote: what it does not give is absent. Any other is an OSM node: one device (none for
     * {@code not:man_made}), its id made from the OSM element's, a link to it, provenance naming the input.
     *
     * @param properties the feature's properties, or null
     * @param featureId the feature's {@code id}, or null
     * @param longitude the point's longitude
     * @param latitude the point's latitude
     * @param sourceName the input's name, for provenance
     * @param index the feature's position in the collection, 0-based
     * @return the sighting
     * @throws Unreadable for properties that cannot make a sighting
     */
    static Sighting sighting(@CheckForNull JsonNode properties, @CheckForNull JsonNode featureId, double longitude,
                             double latitude, String sourceName, int index) {
        Map<String, JsonNode> civic = new LinkedHashMap<>();
        Map<String, String> osm = new LinkedHashMap<>();
        String element = null;
        if (properties != null && !properties.isNull()) {
            if (!properties.isObject()) {
                throw new Unreadable("properties", "expected an object of tags, got " + describe(properties));
            }
            for (Map.Entry<String, JsonNode> e : properties.properties()) {
                String key = e.getKey();
                if (key.startsWith(PREFIX)) {
                    civic.put(key.substring(PREFIX.length()), e.getValue());
                } else if (key.equals(OSM_ID)) {
                    element = text(property(key), e.getValue());
                } else if (!key.startsWith("@")) {
                    // "@timestamp", "@user"... describe the map edit, not the device (and name mappers).
                    String v = text(property(key), e.getValue());
                    if (v != null) {
                        osm.put(key, v);
                    }
                }
            }
        }
        if (element == null && featureId != null && featureId.isString()
                && OSM_ELEMENT.matcher(featureId.stringValue()).matches()) {
            element = featureId.stringValue();
        }
        boolean own = civic.containsKey(ID.name());

        Map<String, String> cells = new LinkedHashMap<>();
        Map<String, String> from = new LinkedHashMap<>(); // column -> the property it came from
        Map<String, List<Object>> lists = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : civic.entrySet()) {
            String column = e.getKey();
            String key = PREFIX + column;
            Table child = TABLES.stream().skip(1).filter(t -> t.list().column().equals(column)).findFirst().orElse(null);
            if (child != null) {
                lists.put(child.list().name(), elements(child, e.getValue(), key));
            } else if (column.equals(LATITUDE.name()) || column.equals(LONGITUDE.name())) {
                throw new Unreadable(property(key), "the coordinates are the feature's geometry, not a property");
            } else {
                String v = text(property(key), e.getValue());
                if (v != null) {
                    cells.put(column, v);
                    from.put(column, property(key));
                }
            }
        }

        Boolean present = null;
        if (SURVEILLANCE.equals(osm.get(MAN_MADE))) {
            present = true;
            osm.remove(MAN_MADE);
        }
        if (SURVEILLANCE.equals(osm.get(NOT_MAN_MADE))) {
            if (present != null) {
                throw new Unreadable("properties", "it has both man_made=surveillance and not:man_made=surveillance:"
                        + " say whether there are devices here or none");
            }
            present = false;
            osm.remove(NOT_MAN_MADE);
        }
        if (present == null) {
            throw new Unreadable("properties", "not an OpenStreetMap surveillance node: it has neither"
                    + " man_made=surveillance nor (for none found) not:man_made=surveillance");
        }

        for (Map.Entry<String, Column> tag : TAGGED.entrySet()) {
            String key = tag.getKey();
            String v = osm.get(key);
            String column = tag.getValue().name();
            if (v == null) {
                continue;
            }
            if (cells.containsKey(column)) {
                // A civicwatch: property gives the field, and the tag stays a tag, unless it is the
                // surveillance:type written beside civicwatch:device for a device OSM calls "other".
                if (key.equals(SURVEILLANCE_TYPE) && v.equals(osmTypeOf(cells.get(column)))) {
                    osm.remove(key);
                }
                continue;
            }
            String cell = cell(key, v, cells);
            if (cell != null) {
                cells.put(column, cell);
                from.put(column, property(key));
                osm.remove(key);
            }
        }
        if (!cells.containsKey(DEVICE.name())) {
            // OSM's surveillance nodes are cameras unless a type says otherwise; a type we cannot map is kept.
            cells.put(DEVICE.name(), osm.containsKey(SURVEILLANCE_TYPE) ? ScalarType.code(DeviceType.OTHER)
                    : ScalarType.code(DeviceType.CAMERA));
        }
        cells.put(LATITUDE.name(), ScalarType.DECIMAL.format(latitude));
        cells.put(LONGITUDE.name(), ScalarType.DECIMAL.format(longitude));
        from.put(LATITUDE.name(), "geometry");
        from.put(LONGITUDE.name(), "geometry");
        String osmUrl = element != null && OSM_ELEMENT.matcher(element).matches() ? OSM_WEB + element : null;
        if (!own) {
            cells.put(ID.name(), osmUrl != null ? "osm-" + element.replace('/', '-') : featureIdOr(featureId, index));
            if (cells.keySet().stream().noneMatch(c -> c.startsWith("count_"))) {
                cells.put(column("count_value").name(), present ? "1" : "0");
                cells.put(column("count_qualifier").name(), ScalarType.code(org.civicwatch.model.Count.Qualifier.EXACT));
            }
            if (cells.keySet().stream().noneMatch(c -> c.startsWith("provenance_"))) {
                cells.put(column("provenance_source").name(), sourceName);
                cells.put(column("provenance_locator").name(), element != null ? element : "/features/" + index);
                cells.put(column("provenance_extractor").name(), GeoJson.ID);
            }
        }
        if (!osm.isEmpty()) {
            List<Object> tags = lists.computeIfAbsent("tags", k -> new ArrayList<>());
            osm.forEach((k, v) -> tags.add(OSM_TAG + k + "=" + v));
        }
        if (osmUrl != null) {
            List<Object> links = lists.computeIfAbsent("links", k -> new ArrayList<>());
            if (links.stream().noneMatch(l -> l instanceof Map<?, ?> m && osmUrl.equals(m.get("url")))) {
                links.add(Map.of("url", osmUrl, "kind", ScalarType.code(LinkKind.OTHER)));
            }
        }

        Sighting s;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> tree = (Map<String, Object>) MAIN.tree(cells);
            tree.putAll(lists);
            s = FieldCatalog.SIGHTING.create(tree);
        } catch (ModelException e) {
            throw new Unreadable(pointer(e.field(), from), e.reason());
        }
        boolean none = s.count() != null && s.count().isNone();
        if (own && present == none) {
            throw new Unreadable(property(present ? MAN_MADE : NOT_MAN_MADE), (present ? "man_made=surveillance says"
                    + " devices are here" : "not:man_made=surveillance says none are here") + ", but the count is "
                    + (s.count() == null ? "unknown" : String.valueOf(s.count().value())) + "; make them agree");
        }
        return s;
    }

    /** The cell a mapped tag gives, or null when the model cannot hold its value (it stays a tag). */
    @CheckForNull
    private static String cell(String key, String value, Map<String, String> cells) {
        switch (key) {
            case SURVEILLANCE_TYPE: {
                DeviceType d = deviceOf(value);
                return d == null ? null : ScalarType.code(d);
            }
            case SURVEILLANCE:
                return code(SurveillanceZone.class, value);
            case CAMERA_TYPE: {
                String device = cells.getOrDefault(DEVICE.name(), ScalarType.code(DeviceType.CAMERA));
                return device.equals(ScalarType.code(DeviceType.CAMERA)) ? code(CameraType.class, value) : null;
            }
            case CAMERA_MOUNT:
                return code(Mount.class, value);
            case LEVEL: {
                Floor f = floorOf(value);
                return f == null ? null : f.toString();
            }
            case SURVEY_DATE:
                try {
                    return When.parse(value.strip()).edtf();
                } catch (ModelException e) {
                    return null;
                }
            default:
                return value;
        }
    }

    @CheckForNull
    private static <E extends Enum<E>> String code(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (ScalarType.code(e).equals(value)) {
                return value;
            }
        }
        return null;
    }

    @CheckForNull
    private static String osmTypeOf(String deviceCell) {
        try {
            return ScalarType.enumOf(DeviceType.class).parse(deviceCell).osmSurveillanceType();
        } catch (ModelException e) {
            return null; // the device cell is wrong: reading the record says so
        }
    }

    /** The device of an OSM {@code surveillance:type}, the inverse of {@link DeviceType#osmSurveillanceType()}. */
    @CheckForNull
    static DeviceType deviceOf(String osm) {
        if (osm.equals(DeviceType.OTHER.osmSurveillanceType())) {
            return DeviceType.OTHER; // several devices are "other" to OSM; unless told, it is just that
        }
        for (DeviceType d : DeviceType.values()) {
            if (d.osmSurveillanceType().equalsIgnoreCase(osm)) {
                return d;
            }
        }
        return null;
    }

    /**
     * The floor of an OSM {@code level}, the inverse of {@link Floor#osmLevel()}: {@code 0} is the ground
     * floor, {@code 2-29} floors 3 to 30, {@code -1;0;1} floors -1 to 2. Null for what no floor is
     * ({@code 0.5}, {@code 1;3}).
     */
    @CheckForNull
    static Floor floorOf(String level) {
        String t = level.strip();
        Floor floor = null;
        Matcher range = LEVEL_RANGE.matcher(t);
        if (LEVEL_NUMBER.matcher(t).matches()) {
            floor = Floor.of(floorNumber(Integer.parseInt(t)));
        } else if (range.matches() && Integer.parseInt(range.group(1)) < Integer.parseInt(range.group(2))) {
            floor = Floor.range(floorNumber(Integer.parseInt(range.group(1))), floorNumber(Integer.parseInt(range.group(2))));
        } else if (t.contains(";")) {
            String[] parts = t.split(";", -1);
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i].strip();
                if (!LEVEL_NUMBER.matcher(p).matches()
                        || i > 0 && Integer.parseInt(p) != Integer.parseInt(parts[i - 1].strip()) + 1) {
                    return null;
                }
            }
            floor = Floor.range(floorNumber(Integer.parseInt(parts[0].strip())),
                    floorNumber(Integer.parseInt(parts[parts.length - 1].strip())));
        }
        try {
            // Only floors the catalog's string form holds (up to three digits) make a cell.
            return floor == null ? null : Floor.parse(floor.toString());
        } catch (ModelException e) {
            return null;
        }
    }

    private static int floorNumber(int osmLevel) {
        return osmLevel >= 0 ? osmLevel + 1 : osmLevel;
    }

    private static String featureIdOr(@CheckForNull JsonNode featureId, int index) {
        String id = featureId != null && (featureId.isString() || featureId.isIntegralNumber()) ? featureId.asString() : null;
        if (id != null) {
            try {
                return Sighting.builder(id).build().id();
            } catch (ModelException e) {
                // not an id civicwatch accepts: numbered instead
            }
        }
        return "feature-" + (index + 1);
    }

    private static List<Object> elements(Table child, JsonNode value, String key) {
        if (!value.isArray()) {
            throw new Unreadable(property(key), "expected a list, got " + describe(value));
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String where = property(key) + "/" + i;
            JsonNode item = value.get(i);
            if (isValueTable(child)) {
                String v = text(where, item);
                if (v == null) {
                    throw new Unreadable(where, "a list element must not be null");
                }
                out.add(v);
                continue;
            }
            if (!item.isObject()) {
                throw new Unreadable(where, "expected an object, got " + describe(item));
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : item.properties()) {
                String v = text(where + "/" + escape(e.getKey()), e.getValue());
                if (v != null) {
                    cells.put(e.getKey(), v);
                }
            }
            try {
                out.add(child.tree(cells));
            } catch (ModelException e) {
                throw new Unreadable(e.field() == null ? where : where + "/" + escape(e.field()), e.reason());
            }
        }
        return out;
    }

    /** A single value's text (numbers and booleans as written), null for JSON null. */
    @CheckForNull
    private static String text(String where, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isString() || value.isNumber() || value.isBoolean()) {
            return value.asString();
        }
        throw new Unreadable(where, "expected a single value, got " + describe(value));
    }

    /** Where a model error's field is: the property (or geometry) its value came from. */
    private static String pointer(@CheckForNull String field, Map<String, String> from) {
        if (field == null) {
            return "properties";
        }
        Matcher item = LIST_ITEM.matcher(field);
        if (item.matches()) {
            return property(PREFIX + Field.columnName(item.group(1))) + "/" + item.group(2)
                    + (item.group(3) == null ? "" : "/" + escape(item.group(3)));
        }
        if (from.containsKey(field)) {
            return from.get(field); // a column the table does not have
        }
        for (Column c : MAIN.columns()) {
            if (c.fieldPath().equals(field) && from.containsKey(c.name())) {
                return from.get(c.name());
            }
        }
        return "properties";
    }

    static String property(String key) {
        return "properties/" + escape(key);
    }

    /** A key as a JSON Pointer step (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    static String describe(JsonNode node) {
        return node.isObject() ? "an object" : node.isArray() ? "a list" : node.isString() ? "a string"
                : node.isNumber() ? "a number" : node.isBoolean() ? "a boolean" : "null";
    }
}
