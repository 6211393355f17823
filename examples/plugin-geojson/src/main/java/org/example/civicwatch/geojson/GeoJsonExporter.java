package org.example.civicwatch.geojson;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Sighting;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.spi.RejectedSink;

/**
 * Writes sightings with coordinates as a GeoJSON FeatureCollection (RFC 7946) for map tools: one Point
 * feature per sighting ({@code [longitude, latitude]}), with OpenStreetMap's surveillance tags as its
 * properties ({@code man_made=surveillance}, {@code surveillance}, {@code surveillance:type},
 * {@code camera:type}, {@code camera:mount}, {@code level}, {@code level:ref}, {@code operator}) and every
 * other field as a {@code civicwatch:} property, so {@link GeoJsonImporter} reads the same sighting back.
 *
 * <p>An absence (a count of exactly 0) is written as a feature tagged {@code not:man_made=surveillance}:
 * OSM maps devices that exist, so a map of devices leaves it out, and the finding is not lost.
 *
 * <p>A map cannot hold a record that is not a sighting, nor a sighting without coordinates. By default
 * ({@code unmappable=skip}) such records are left out, listed with why in the collection's
 * {@code civicwatch:skipped} member and handed to the {@link #SKIPPED} sink; {@code unmappable=fail}
 * stops at the first with an error naming it.
 *
 * <pre>{@code
 * List<Problem> left = new ArrayList<>();
 * new GeoJsonExporter().write(dataset, out, Options.EMPTY.with(GeoJsonExporter.SKIPPED, left::add));
 * }</pre>
 */
public final class GeoJsonExporter implements Exporter {

    /** What to do with a record a map cannot hold. */
    public enum Unmappable {
        /** Leave it out and list it in {@code civicwatch:skipped} (and the {@link #SKIPPED} sink). */
        SKIP,
        /** Stop with a {@link DataException} naming it. */
        FAIL
    }

    /** What to do with records that are not sightings with coordinates. */
    public static final Option<Unmappable> UNMAPPABLE = Option.choice("unmappable", Unmappable.class, Unmappable.SKIP,
            "Records a map cannot hold (not a sighting, or a sighting without coordinates): skip leaves them out"
                    + " and lists them in the output's civicwatch:skipped member; fail stops at the first.");

    /** Receives each record left out, with its position and why. */
    public static final Option<RejectedSink> SKIPPED = Option.object("skipped", RejectedSink.class, null,
            "Receives each record left out (unmappable=skip) with its position in the dataset and why.");

    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder(GeoJson.ID).name(GeoJson.NAME)
            .mediaType(GeoJson.MEDIA_TYPE).extensions(GeoJson.EXTENSION).options(UNMAPPABLE, SKIPPED)
            .description("Sightings with coordinates as map points with OpenStreetMap surveillance tags (RFC 7946).")
            .build();

    /** Where the records being written are, in locations of records left out. */
    static final String DATASET = "dataset";

    /** The exporter, as {@link java.util.ServiceLoader} makes it. */
    public GeoJsonExporter() {
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public RecordWriter open(OutputStream out, DatasetInfo info, Options options) throws IOException {
        return new FeatureWriter(out, info, options.require(UNMAPPABLE), options.get(SKIPPED));
    }

    /**
     * Writes the collection one feature per line, so it streams, diffs well and each line is a feature.
     * The envelope is fixed text; every value in it is written by Jackson.
     */
    private static final class FeatureWriter implements RecordWriter {
        private final OutputStream out;
        private final Unmappable unmappable;
        private final @CheckForNull RejectedSink sink;
        private final List<Map<String, Object>> skipped = new ArrayList<>();
        private long index;
        private boolean first = true;
        private boolean closed;

        FeatureWriter(OutputStream target, DatasetInfo info, Unmappable unmappable, @CheckForNull RejectedSink sink)
                throws IOException {
            this.out = new BufferedOutputStream(target);
            this.unmappable = unmappable;
            this.sink = sink;
            raw("{\"type\":\"FeatureCollection\",\"" + GeoJson.INFO + "\":");
            out.write(GeoJson.MAPPER.writeValueAsBytes(FieldCatalog.DATASET_INFO.toTree(info)));
            raw(",\"features\":[");
        }

        @Override
        public void write(CivicRecord record) throws IOException {
            if (closed) {
                throw new IllegalStateException("the writer is closed");
            }
            index++;
            if (!(record instanceof Sighting s)) {
                leaveOut(record, null, "a map holds sightings only, not " + record.recordType().plural());
                return;
            }
            if (s.place() == null || s.place().latitude() == null) {
                leaveOut(record, "place.latitude", "a sighting without coordinates has no point on a map");
                return;
            }
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", s.id());
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("type", "Point");
            point.put("coordinates", List.of(s.place().longitude(), s.place().latitude())); // RFC 7946: longitude first
            feature.put("geometry", point);
            feature.put("properties", SightingProperties.properties(s));
            raw(first ? "\n" : ",\n");
            first = false;
            out.write(GeoJson.MAPPER.writeValueAsBytes(feature));
        }

        private void leaveOut(CivicRecord record, @CheckForNull String field, String why) {
            Location where = Location.of(DATASET).inRecord(index).atField(field);
            String message = record.recordType().singular() + " '" + record.id() + "': " + why;
            if (unmappable == Unmappable.FAIL) {
                throw new DataException(where, message + "; leave such records out with the option unmappable=skip");
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", record.recordType().singular());
            entry.put("id", record.id());
            entry.put("reason", why);
            skipped.add(entry);
            if (sink != null) {
                sink.accept(new Problem(where, message, record.id()));
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            raw("\n]");
            if (!skipped.isEmpty()) {
                raw(",\"" + GeoJson.SKIPPED + "\":");
                out.write(GeoJson.MAPPER.writeValueAsBytes(skipped));
            }
            raw("}\n");
            out.flush();
        }

        private void raw(String json) throws IOException {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
    }
}
