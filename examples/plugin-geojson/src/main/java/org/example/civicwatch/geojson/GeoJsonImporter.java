package org.example.civicwatch.geojson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;

/**
 * Reads a GeoJSON FeatureCollection of points into sightings: the files {@link GeoJsonExporter} writes,
 * exactly, and OpenStreetMap surveillance nodes as overpass turbo exports them (tags and {@code @id} in
 * each feature's properties, the feature's {@code id} {@code node/123}).
 *
 * <p>An OSM node becomes one sighting: id {@code osm-node-123}, one device ({@code not:man_made=surveillance}:
 * none found), a link to the node on openstreetmap.org, provenance naming the input and the node. Its tags
 * map onto fields: {@code surveillance} (indoor, outdoor, public), {@code surveillance:type} (camera, ALPR;
 * any other type is a device of type other), {@code camera:type}, {@code camera:mount}, {@code level} (OSM
 * levels to Japanese floors: {@code 0} is the ground floor), {@code level:ref} (the floor's label),
 * {@code operator} and {@code survey:date}. A tag the model has no field for ({@code surveillance:zone},
 * {@code camera:direction}, {@code name}), or whose value it cannot hold ({@code level=0.5}), is kept as a
 * civicwatch tag {@code osm:KEY=VALUE}. OSM edit metadata ({@code @timestamp}, {@code @user}...) is not
 * kept: it describes the map edit, not the device.
 *
 * <p>A feature that is not a Point, or not a surveillance node (neither {@code man_made=surveillance} nor
 * {@code not:man_made=surveillance}), is an error located at the feature; in lenient mode it is a problem
 * and reading goes on.
 */
public final class GeoJsonImporter implements Importer {
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder(GeoJson.ID).name(GeoJson.NAME)
            .mediaType(GeoJson.MEDIA_TYPE).extensions(GeoJson.EXTENSION).options(StandardOptions.READING)
            .description("Map points as sightings: this plugin's GeoJSON, or OpenStreetMap surveillance nodes from"
                    + " overpass turbo.")
            .build();

    private static final Pattern COLLECTION = Pattern.compile("\"type\"\\s*:\\s*\"FeatureCollection\"");

    /** The importer, as {@link java.util.ServiceLoader} makes it. */
    public GeoJsonImporter() {
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** {@return {@link Detection#FULL} for a JSON object that says it is a FeatureCollection, else by extension} */
    @Override
    @SuppressWarnings("exports") // jsr305 is read at compile time only; the annotation documents nullness
    public Detection detect(byte[] head, @CheckForNull String fileName) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (text.startsWith("{") && COLLECTION.matcher(text).find()) {
            return Detection.FULL;
        }
        return Importer.super.detect(head, fileName);
    }

    @Override
    public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
        return new FeatureReader(in, sourceName, options);
    }
}
