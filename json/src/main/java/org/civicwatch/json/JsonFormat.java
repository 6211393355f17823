package org.civicwatch.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civicwatch.catalog.DatasetTree;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Option;

/**
 * The civicwatch JSON format, in its two forms: its names, its version and its schema, for the importers and
 * the exporters of both forms.
 *
 * <h2>Document ({@code json}, {@code .json}, {@code application/json})</h2>
 * <pre>{@code
 * {
 *   "civicwatch": "1",
 *   "info": { "title": "...", "created": "2017-06-13T23:48+09:00" },
 *   "incidents": [ { "id": "...", ... } ],
 *   "sightings": [ ... ],
 *   "filings": [ ... ],
 *   "news": [ ... ]
 * }
 * }</pre>
 * This is core's {@link DatasetTree} written as JSON. The exporter writes {@code info} first and all four
 * arrays, in that order; the importer takes the members in any order, any of them absent, except
 * {@code civicwatch}, the format version.
 *
 * <h2>JSON Lines ({@code jsonl}, {@code .jsonl}, {@code application/x-ndjson})</h2>
 * <pre>{@code
 * {"type":"info","civicwatch":"1","info":{"title":"..."}}
 * {"type":"sighting","record":{"id":"s-32f","device":"camera",...}}
 * }</pre>
 * One JSON object a line: an optional info line first, then one line per record, its {@code type} the
 * singular name of its record type ({@code incident}, {@code sighting}, {@code filing}, {@code news}).
 * The record sits under {@code record} rather than beside {@code type} because incidents have a field
 * named {@code type} of their own. Blank lines are skipped.
 *
 * <h2>Values</h2>
 * Records and values have the fields of the {@linkplain org.civicwatch.catalog.FieldCatalog field
 * catalog}, in its order; absent values and empty lists are left out. Dates are EDTF strings
 * ({@code "2017-05-29/2017-06-13"}) with the text they were read from, if any, beside them
 * ({@code "filedOriginal": "平成27年4月1日"}); enumerations are lower-case words ({@code "motion_sensor"});
 * floors are strings ({@code "1"}, {@code "3..30"}). Reading also takes {@code null} for an absent
 * value and enumeration words in upper case or with hyphens; anything else must match the
 * {@linkplain #SCHEMA_RESOURCE JSON Schema}.
 *
 * <h2>Read limits</h2>
 * Every reader parses with {@link JsonMapping}, which limits nesting, strings, names and numbers; the
 * importers add limits on a record and on the whole input (their options {@code max-record-length} and
 * {@code max-document-length}).
 *
 * <h2>Schema</h2>
 * {@link #schema()} is a JSON Schema (2020-12) for both forms, generated from the field catalog: its
 * root accepts a document or one JSON Lines line ({@code $defs/document}, {@code $defs/line}).
 */
public final class JsonFormat {
    private JsonFormat() {
    }

    /** The format version, the value of {@code "civicwatch"}: the version of core's {@link DatasetTree}. */
    public static final String VERSION = DatasetTree.VERSION;
    /** The document form's id. */
    public static final String DOCUMENT_ID = "json";
    /** The JSON Lines form's id. */
    public static final String LINES_ID = "jsonl";
    /** The document form's media type. */
    public static final String DOCUMENT_MEDIA_TYPE = "application/json";
    /** The JSON Lines form's media type. */
    public static final String LINES_MEDIA_TYPE = "application/x-ndjson";
    /** The member holding the version, in a document and an info line. */
    public static final String VERSION_MEMBER = DatasetTree.VERSION_MEMBER;
    /** The member holding the dataset info, in a document and an info line. */
    public static final String INFO_MEMBER = DatasetTree.INFO_MEMBER;
    /** The member of a JSON Lines line naming what it holds. */
    public static final String TYPE_MEMBER = "type";
    /** The {@code type} of the JSON Lines info line. */
    public static final String INFO_TYPE = "info";
    /**
     * The member of the JSON Lines info line saying that the file ends with an end line
     * ({@code "trailer": true}), so that a file cut short is told from a whole one.
     */
    public static final String TRAILER_MEMBER = "trailer";
    /** The {@code type} of the JSON Lines end line, {@code {"type": "end", "records": 1000}}, last in a file. */
    public static final String END_TYPE = "end";
    /** The member of the JSON Lines end line counting the record lines before it. */
    public static final String RECORDS_MEMBER = "records";
    /** The member of a JSON Lines line holding the record. */
    public static final String RECORD_MEMBER = "record";
    /** The class path resource of the JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/org/civicwatch/json/civicwatch.schema.json";

    /**
     * The document form as the importer and the exporter describe it, with the options of the one asking.
     *
     * @param options the options the importer or exporter accepts
     */
    public static FormatDescriptor documentDescriptor(List<Option<?>> options) {
        return FormatDescriptor.builder(DOCUMENT_ID).name("civicwatch JSON").mediaType(DOCUMENT_MEDIA_TYPE)
                .extensions("json").options(options)
                .description("One JSON document: {\"civicwatch\": \"1\", \"info\": ..., \"incidents\": [...], ...}")
                .build();
    }

    /**
     * The JSON Lines form as the importer and the exporter describe it, with the options of the one asking.
     *
     * @param options the options the importer or exporter accepts
     */
    public static FormatDescriptor linesDescriptor(List<Option<?>> options) {
        return FormatDescriptor.builder(LINES_ID).name("civicwatch JSON Lines").mediaType(LINES_MEDIA_TYPE)
                .extensions("jsonl", "ndjson").options(options)
                .description("One JSON object a line: {\"type\": \"sighting\", \"record\": {...}}").build();
    }

    /** The JSON Schema (2020-12) of both forms, as shipped in this jar ({@value #SCHEMA_RESOURCE}). */
    public static String schema() {
        try (InputStream in = JsonFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
