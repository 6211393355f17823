package org.civicwatch.json;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicwatch.catalog.DatasetTree;
import org.civicwatch.catalog.Field;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.ListType;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.catalog.ScalarType;
import org.civicwatch.catalog.ValueType;
import org.civicwatch.model.RecordType;
import tools.jackson.core.JsonGenerator;

/**
 * Generates the JSON Schema (2020-12) of both JSON forms from the field catalog. The shipped file,
 * {@value JsonFormat#SCHEMA_RESOURCE}, is its output; a test fails when the two differ, and
 * {@code main} rewrites the file (as does {@code SchemaFileTest} with {@code -Dcivicwatch.regenerate=true}):
 * {@code java ... org.civicwatch.json.SchemaGenerator json/src/main/resources/org/civicwatch/json/civicwatch.schema.json}.
 */
final class SchemaGenerator {
    /** The schema's {@code $id}. */
    static final String ID = "urn:civicwatch:json:" + JsonFormat.VERSION;

    private SchemaGenerator() {
    }

    /** Writes the schema to the file named by the first argument. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), generate(), StandardCharsets.UTF_8);
    }

    /** The schema, as the text of the shipped file (two-space indent, LF line ends, a final LF). */
    static String generate() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonMapping.writer(true).createGenerator(out)) {
            JsonTrees.write(g, tree());
        }
        return out + "\n";
    }

    private static Map<String, Object> tree() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "civicwatch JSON, version " + JsonFormat.VERSION);
        root.put("description", "A civicwatch dataset as one JSON document ($defs/document), or one line of"
                + " civicwatch JSON Lines ($defs/line). Generated from the field catalog; do not edit.");
        root.put("oneOf", List.of(ref("document"), ref("line")));
        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put("document", document());
        defs.put("line", line());
        for (ObjectSchema<?> schema : FieldCatalog.all()) {
            defs.put(schema.name(), object(schema));
        }
        root.put("$defs", defs);
        return root;
    }

    private static Map<String, Object> document() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(JsonFormat.VERSION_MEMBER, Map.of("const", JsonFormat.VERSION));
        properties.put(JsonFormat.INFO_MEMBER, ref(FieldCatalog.DATASET_INFO.name()));
        for (RecordType type : RecordType.values()) {
            properties.put(DatasetTree.member(type), described(array(ref(FieldCatalog.schema(type).name())),
                    "The " + type.plural() + ", in order."));
        }
        return closedObject("One whole dataset.", properties, List.of(JsonFormat.VERSION_MEMBER));
    }

    private static Map<String, Object> line() {
        List<Object> kinds = new ArrayList<>();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put(JsonFormat.TYPE_MEMBER, Map.of("const", JsonFormat.INFO_TYPE));
        info.put(JsonFormat.VERSION_MEMBER, Map.of("const", JsonFormat.VERSION));
        Map<String, Object> trailer = new LinkedHashMap<>();
        trailer.put("type", "boolean");
        trailer.put("description", "True when the file ends with an end line; a reader then refuses a file without"
                + " one as cut short.");
        info.put(JsonFormat.TRAILER_MEMBER, trailer);
        info.put(JsonFormat.INFO_MEMBER, ref(FieldCatalog.DATASET_INFO.name()));
        kinds.add(closedObject("The info line, first if present.", info,
                List.of(JsonFormat.TYPE_MEMBER, JsonFormat.VERSION_MEMBER)));
        Map<String, Object> end = new LinkedHashMap<>();
        end.put(JsonFormat.TYPE_MEMBER, Map.of("const", JsonFormat.END_TYPE));
        Map<String, Object> count = new LinkedHashMap<>();
        count.put("type", "integer");
        count.put("minimum", 0L);
        count.put("description", "How many record lines come before it.");
        end.put(JsonFormat.RECORDS_MEMBER, count);
        kinds.add(closedObject("The end line, last, when the info line announces it.", end,
                List.of(JsonFormat.TYPE_MEMBER, JsonFormat.RECORDS_MEMBER)));
        for (RecordType type : RecordType.values()) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put(JsonFormat.TYPE_MEMBER, Map.of("const", type.singular()));
            record.put(JsonFormat.RECORD_MEMBER, ref(FieldCatalog.schema(type).name()));
            kinds.add(closedObject("A line holding one " + type.singular() + ".", record,
                    List.of(JsonFormat.TYPE_MEMBER, JsonFormat.RECORD_MEMBER)));
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("description", "One line of civicwatch JSON Lines.");
        line.put("oneOf", kinds);
        return line;
    }

    private static Map<String, Object> object(ObjectSchema<?> schema) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<Object> required = new ArrayList<>();
        for (Field f : schema.fields()) {
            properties.put(f.name(), described(value(f.type()), f.description()));
            if (f.originalName() != null) {
                properties.put(f.originalName(), described(Map.of("type", "string"),
                        "The text '" + f.name() + "' was read from (\"平成27年4月1日\")."));
            }
            if (f.isRequired()) {
                required.add(f.name());
            }
        }
        return closedObject(schema.description(), properties, required);
    }

    private static Map<String, Object> value(ValueType type) {
        if (type instanceof ObjectSchema<?> schema) {
            return ref(schema.name());
        }
        if (type instanceof ListType list) {
            return array(value(list.element()));
        }
        ScalarType<?> scalar = (ScalarType<?>) type;
        Map<String, Object> s = new LinkedHashMap<>();
        Class<?> java = scalar.javaType();
        s.put("type", java == Long.class ? "integer" : java == Double.class ? "number"
                : java == Boolean.class ? "boolean" : "string");
        if (scalar.isEnum()) {
            s.put("enum", List.copyOf(scalar.allowed()));
        }
        if (scalar == ScalarType.URL) {
            s.put("format", "uri");
        }
        if (scalar == ScalarType.WHEN) {
            s.put("$comment", "EDTF (Library of Congress Extended Date/Time Format), levels 0 and 1");
        }
        if (scalar == ScalarType.FLOOR) {
            s.put("$comment", "a floor (1, -1) or a range of floors (3..30)");
        }
        return s;
    }

    private static Map<String, Object> closedObject(String description, Map<String, Object> properties,
                                                    List<?> required) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("description", description);
        s.put("type", "object");
        s.put("properties", properties);
        if (!required.isEmpty()) {
            s.put("required", required);
        }
        s.put("additionalProperties", false);
        return s;
    }

    private static Map<String, Object> array(Map<String, Object> items) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "array");
        s.put("items", items);
        return s;
    }

    private static Map<String, Object> described(Map<String, Object> schema, String description) {
        Map<String, Object> s = new LinkedHashMap<>(schema);
        s.put("description", description);
        return s;
    }

    private static Map<String, Object> ref(String name) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("$ref", "#/$defs/" + name);
        return s;
    }
}
