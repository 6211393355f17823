package org.example.civicwatch.geojson;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What both directions of the format share: its names, its members beyond RFC 7946, and one Jackson set-up. */
final class GeoJson {
    private GeoJson() {
    }

    static final String ID = "geojson";
    static final String NAME = "GeoJSON with OpenStreetMap tags";
    static final String MEDIA_TYPE = "application/geo+json";
    static final String EXTENSION = "geojson";

    /** The dataset's info, a foreign member of the FeatureCollection (RFC 7946, section 6.1). */
    static final String INFO = "civicwatch:info";
    /** The records the exporter left out, with why: the file says what it lacks. */
    static final String SKIPPED = "civicwatch:skipped";

    /** The deepest nesting read: a feature of this format is 5 levels deep, an OSM export's less. */
    static final int MAX_NESTING_DEPTH = 64;

    /**
     * Repeated keys are refused (which one would a map tool show?), streams the caller passed in are never
     * closed, and URLs are written without escaped slashes.
     */
    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                    .build())
            // Features are read one at a time from inside the collection: what follows one is the next.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
}
