package org.example.civicwatch.geojson;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.When;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.Problems;
import org.civicwatch.spi.RecordReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * Reads a FeatureCollection with a streaming parser, one feature at a time, so memory holds one feature
 * whatever the size of the export. Members may come in any order; the info is complete at the end.
 */
final class FeatureReader implements RecordReader {
    private static final String SHAPE = "a GeoJSON FeatureCollection is an object {\"type\": \"FeatureCollection\","
            + " \"features\": [...]}";

    private final JsonParser parser;
    private final String source;
    private final Problems problems;
    private Location location;
    private boolean started;
    private boolean finished;
    private boolean inFeatures;
    private boolean typeSeen;
    private boolean featuresSeen;
    private int index;
    private @CheckForNull DatasetInfo info;
    private @CheckForNull String copyright;
    private @CheckForNull When timestamp;

    FeatureReader(InputStream in, String source, Options options) {
        this.source = source;
        this.problems = new Problems(options);
        this.location = Location.of(source);
        this.parser = GeoJson.MAPPER.createParser(in);
    }

    @Override
    @CheckForNull
    public CivicRecord next() {
        if (finished) {
            return null;
        }
        try {
            if (!started) {
                start();
            }
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == null) {
                    finished = true;
                    throw new DataException(here(), "the input ends before the FeatureCollection is closed");
                }
                if (inFeatures) {
                    if (t == JsonToken.END_ARRAY) {
                        inFeatures = false;
                        continue;
                    }
                    int i = index++;
                    Location at = here().inRecord(i + 1);
                    JsonNode feature = Objects.requireNonNullElse(GeoJson.MAPPER.readTree(parser), NullNode.getInstance());
                    CivicRecord r = feature(feature, i, at);
                    if (r != null) {
                        location = at;
                        return r;
                    }
                    continue;
                }
                if (t == JsonToken.END_OBJECT) {
                    finish();
                    return null;
                }
                String name = parser.currentName();
                member(name, parser.nextToken());
            }
        } catch (JacksonException e) {
            finished = true;
            throw malformed(e);
        }
    }

    private void start() {
        started = true;
        JsonToken t = parser.nextToken();
        if (t != JsonToken.START_OBJECT) {
            finished = true;
            throw new DataException(here(), (t == null ? "the input is empty" : "the input starts with "
                    + describe(t)) + "; " + SHAPE);
        }
    }

    private void member(String name, JsonToken value) {
        switch (name) {
            case "type" -> {
                String type = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                if (!"FeatureCollection".equals(type)) {
                    finished = true;
                    throw new DataException(here().atField("/type"), "this is "
                            + (type == null ? describe(value) : "a GeoJSON " + type) + ", not a FeatureCollection; "
                            + SHAPE);
                }
                typeSeen = true;
            }
            case "features" -> {
                if (value != JsonToken.START_ARRAY) {
                    finished = true;
                    throw new DataException(here().atField("/features"), "expected a list of features, got "
                            + describe(value));
                }
                featuresSeen = true;
                inFeatures = true;
            }
            case GeoJson.INFO -> {
                Location at = here().atField("/" + GeoJson.INFO);
                JsonNode tree = GeoJson.MAPPER.readTree(parser);
                try {
                    if (!tree.isObject()) {
                        throw new ModelException(null, "expected an object, got " + SightingProperties.describe(tree));
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> plain = (Map<String, Object>) plain(tree);
                    info = FieldCatalog.DATASET_INFO.create(plain);
                } catch (ModelException e) {
                    String field = "/" + GeoJson.INFO + (e.field() == null ? "" : "/" + e.field().replace('.', '/'));
                    problems.report(new DataException(at.atField(field), e.reason(), e), tree.toString());
                }
            }
            // What overpass turbo says about its export: the licence of OSM data, and when it was taken.
            case "copyright" -> copyright = value == JsonToken.VALUE_STRING ? parser.getString() : skip();
            case "timestamp" -> timestamp = value == JsonToken.VALUE_STRING ? when(parser.getString()) : skip();
            // Other foreign members (bbox, name, generator, civicwatch:skipped) say nothing a dataset holds.
            default -> parser.skipChildren();
        }
    }

    /** Passes over a value, giving nothing for it. */
    @CheckForNull
    private <T> T skip() {
        parser.skipChildren();
        return null;
    }

    @CheckForNull
    private static When when(String text) {
        try {
            return When.parse(text.strip());
        } catch (ModelException e) {
            return null; // a timestamp we cannot read dates nothing
        }
    }

    @CheckForNull
    private CivicRecord feature(JsonNode feature, int i, Location at) {
        try {
            if (!feature.isObject()) {
                throw new SightingProperties.Unreadable("", "expected a Feature object, got "
                        + SightingProperties.describe(feature));
            }
            JsonNode type = feature.path("type");
            if (!type.isString() || !type.stringValue().equals("Feature")) {
                throw new SightingProperties.Unreadable("type", "expected \"Feature\", got "
                        + (type.isString() ? "\"" + type.stringValue() + "\"" : SightingProperties.describe(type)));
            }
            JsonNode geometry = feature.get("geometry");
            if (geometry == null || geometry.isNull()) {
                throw new SightingProperties.Unreadable("geometry", "the feature has no geometry; a sighting needs a point");
            }
            JsonNode geometryType = geometry.path("type");
            if (!geometryType.isString() || !geometryType.stringValue().equals("Point")) {
                throw new SightingProperties.Unreadable("geometry/type", "the geometry is "
                        + (geometryType.isString() ? "a " + geometryType.stringValue() : "of no type")
                        + "; only a Point maps onto a sighting (an OSM way or area has no single position)");
            }
            JsonNode position = geometry.path("coordinates");
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw new SightingProperties.Unreadable("geometry/coordinates", "expected [longitude, latitude] in degrees");
            }
            if (position.size() > 2) {
                throw new SightingProperties.Unreadable("geometry/coordinates", "the position has an altitude, which a"
                        + " sighting cannot hold; give [longitude, latitude]");
            }
            return SightingProperties.sighting(feature.get("properties"), feature.get("id"),
                    position.get(0).doubleValue(), position.get(1).doubleValue(), source, i);
        } catch (SightingProperties.Unreadable u) {
            String field = "/features/" + i + (u.pointer.isEmpty() ? "" : "/" + u.pointer);
            problems.report(new DataException(at.atField(field), u.getMessage()), feature.toString());
            return null;
        }
    }

    private void finish() {
        finished = true;
        JsonToken after;
        try {
            after = parser.nextToken();
        } catch (JacksonException e) {
            after = JsonToken.NOT_AVAILABLE; // not even a token: still something after the end
        }
        if (after != null) {
            throw new DataException(here(), "there is more after the end of the FeatureCollection; remove it, or"
                    + " split the input into one collection per file");
        }
        if (!typeSeen) {
            throw new DataException(Location.at(source, 1, 1), "not GeoJSON: the member \"type\": \"FeatureCollection\""
                    + " is missing");
        }
        if (!featuresSeen) {
            throw new DataException(Location.at(source, 1, 1), "the FeatureCollection has no \"features\" member");
        }
    }

    /** The tree as the catalog reads it: maps, lists, strings, whole numbers, decimals, booleans. */
    @CheckForNull
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.asString();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.isNull() ? null : node.asString();
    }

    private DataException malformed(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        Location where = new Location(source, at == null ? 0 : Math.max(0, at.getLineNr()),
                at == null ? 0 : Math.max(0, at.getColumnNr()), inFeatures ? index : 0, null);
        String detail = e instanceof StreamConstraintsException
                ? "nested more than " + GeoJson.MAX_NESTING_DEPTH + " levels deep (or past another read limit);"
                        + " a FeatureCollection of points is a few levels deep"
                : "not valid JSON: " + e.getOriginalMessage();
        return new DataException(where, detail, e);
    }

    private Location here() {
        TokenStreamLocation at = parser.currentTokenLocation();
        return new Location(source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), 0, null);
    }

    private static String describe(@CheckForNull JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    @Override
    public DatasetInfo info() {
        if (info != null) {
            return info;
        }
        return copyright == null && timestamp == null ? DatasetInfo.EMPTY
                : new DatasetInfo(null, null, null, copyright, null, timestamp, List.of());
    }

    /**
     * True once {@code civicwatch:info} is read: it is the whole info, and a repeated key is refused. The
     * exporter writes it before the features, so a conversion from this format streams.
     */
    @Override
    public boolean infoComplete() {
        return info != null;
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public List<Problem> problems() {
        return problems.list();
    }

    @Override
    public void close() {
        finished = true;
        parser.close();
    }
}
