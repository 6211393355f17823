package org.civicwatch.exporters.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicwatch.catalog.JsonText;

/**
 * The rules of the Frictionless specifications (Data Package, Tabular Data Package, Data Resource, Table
 * Schema, CSV Dialect; version 1, which version 2 readers accept) that a package written here must
 * follow, checked the way a validator does: the descriptor's structure first, then every table's header
 * and cells against its schema, primary keys unique, foreign keys resolving. Each broken rule is one
 * sentence in the result.
 */
final class FrictionlessRules {
    private static final Pattern NAME = Pattern.compile("^[-a-z0-9._/]+$");
    private static final Pattern MEDIA_TYPE = Pattern.compile("^[a-z]+/[-+.a-z0-9]+$");
    private static final Pattern RFC3339 = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$");
    private static final Pattern INTEGER = Pattern.compile("^[+-]?\\d+$");
    private static final Pattern NUMBER = Pattern.compile("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$|^(NaN|INF|-INF)$");
    private static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "object", "array",
            "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any");
    private static final Map<String, Set<String>> FORMATS = Map.of(
            "string", Set.of("default", "email", "uri", "binary", "uuid"),
            "number", Set.of("default"), "integer", Set.of("default"), "boolean", Set.of("default"));
    private static final Set<String> CONSTRAINTS = Set.of("required", "unique", "minLength", "maxLength", "minimum",
            "maximum", "pattern", "enum");
    private static final Set<String> ROLES = Set.of("publisher", "author", "maintainer", "wrangler", "contributor");

    private final Path root;
    private final List<String> broken = new ArrayList<>();
    private final Map<String, Map<?, ?>> schemas = new HashMap<>();
    private final Map<String, List<Map<String, String>>> rows = new HashMap<>();

    private FrictionlessRules(Path root) {
        this.root = root;
    }

    /** {@return every rule the package folder breaks; empty when it follows them all} */
    static List<String> check(Path packageFolder) throws IOException {
        FrictionlessRules rules = new FrictionlessRules(packageFolder);
        rules.run();
        return rules.broken;
    }

    private void fail(String rule) {
        broken.add(rule);
    }

    private void run() throws IOException {
        Path descriptor = root.resolve("datapackage.json");
        if (!Files.isRegularFile(descriptor)) {
            fail("datapackage.json must be at the top of the package");
            return;
        }
        Object tree = JsonText.parse(Files.readString(descriptor, StandardCharsets.UTF_8));
        if (!(tree instanceof Map<?, ?> d)) {
            fail("the descriptor must be a JSON object");
            return;
        }
        if (!"tabular-data-package".equals(d.get("profile"))) {
            fail("a tabular data package declares the profile tabular-data-package");
        }
        if (d.get("name") != null && !(d.get("name") instanceof String n && NAME.matcher(n).matches())) {
            fail("the package name must be lower-case letters, digits, '.', '_', '-' or '/'");
        }
        checkLicenses(d.get("licenses"));
        checkContributors(d.get("contributors"));
        checkSources(d.get("sources"));
        if (d.get("created") != null && !(d.get("created") instanceof String c && RFC3339.matcher(c).matches())) {
            fail("created must be an RFC 3339 date-time, not " + d.get("created"));
        }
        if (!(d.get("resources") instanceof List<?> resources) || resources.isEmpty()) {
            fail("resources must be an array of at least one resource");
            return;
        }
        Set<String> names = new HashSet<>();
        for (Object r : resources) {
            if (!(r instanceof Map<?, ?> resource)) {
                fail("each resource must be an object");
                continue;
            }
            checkResource(resource, names);
        }
        for (Object r : resources) {
            if (r instanceof Map<?, ?> resource && resource.get("name") instanceof String name
                    && resource.get("schema") instanceof Map<?, ?> schema) {
                checkForeignKeys(name, schema);
            }
        }
    }

    private void checkLicenses(Object licenses) {
        if (licenses == null) {
            return;
        }
        if (!(licenses instanceof List<?> list)) {
            fail("licenses must be an array");
            return;
        }
        for (Object l : list) {
            if (!(l instanceof Map<?, ?> m) || m.get("name") == null && m.get("path") == null) {
                fail("a license must be an object with a name or a path: " + l);
            }
        }
    }

    private void checkContributors(Object contributors) {
        if (contributors == null) {
            return;
        }
        if (!(contributors instanceof List<?> list)) {
            fail("contributors must be an array");
            return;
        }
        for (Object c : list) {
            if (!(c instanceof Map<?, ?> m) || !(m.get("title") instanceof String)) {
                fail("a contributor must be an object with a title: " + c);
            } else if (m.get("role") != null && !ROLES.contains(m.get("role"))) {
                fail("a contributor's role must be one of " + ROLES + ": " + m.get("role"));
            }
        }
    }

    private void checkSources(Object sources) {
        if (sources == null) {
            return;
        }
        if (!(sources instanceof List<?> list)) {
            fail("sources must be an array");
            return;
        }
        for (Object s : list) {
            if (!(s instanceof Map<?, ?> m) || !(m.get("title") instanceof String)) {
                fail("a source must be an object with a title: " + s);
            }
        }
    }

    private void checkResource(Map<?, ?> r, Set<String> names) throws IOException {
        if (!(r.get("name") instanceof String name) || !NAME.matcher(name).matches()) {
            fail("a resource needs a name of lower-case letters, digits, '.', '_', '-' or '/': " + r.get("name"));
            return;
        }
        if (!names.add(name)) {
            fail("resource names must be unique: " + name);
        }
        if (!"tabular-data-resource".equals(r.get("profile"))) {
            fail(name + ": a resource of a tabular data package has the profile tabular-data-resource");
        }
        if (!(r.get("path") instanceof String path) || path.startsWith("/") || path.contains("\\")
                || List.of(path.split("/")).contains("..")) {
            fail(name + ": path must be a relative POSIX path inside the package: " + r.get("path"));
            return;
        }
        if (r.get("mediatype") != null && !(r.get("mediatype") instanceof String m && MEDIA_TYPE.matcher(m).matches())) {
            fail(name + ": mediatype must be a media type");
        }
        if (r.get("encoding") != null && !(r.get("encoding") instanceof String)) {
            fail(name + ": encoding must be a string");
        }
        char delimiter = ',';
        if (r.get("dialect") instanceof Map<?, ?> dialect) {
            for (String one : List.of("delimiter", "quoteChar")) {
                if (dialect.get(one) != null && !(dialect.get(one) instanceof String s && s.length() == 1)) {
                    fail(name + ": dialect " + one + " must be one character");
                }
            }
            if (dialect.get("lineTerminator") != null && !(dialect.get("lineTerminator") instanceof String)) {
                fail(name + ": dialect lineTerminator must be a string");
            }
            for (String flag : List.of("doubleQuote", "header")) {
                if (dialect.get(flag) != null && !(dialect.get(flag) instanceof Boolean)) {
                    fail(name + ": dialect " + flag + " must be true or false");
                }
            }
            if (dialect.get("delimiter") instanceof String s && s.length() == 1) {
                delimiter = s.charAt(0);
            }
        }
        if (!(r.get("schema") instanceof Map<?, ?> schema)) {
            fail(name + ": a tabular data resource must have a schema");
            return;
        }
        schemas.put(name, schema);
        List<String> fields = checkSchema(name, schema);
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            fail(name + ": the file " + path + " is not in the package");
            return;
        }
        checkData(name, schema, fields, file, delimiter);
    }

    private List<String> checkSchema(String resource, Map<?, ?> schema) {
        List<String> names = new ArrayList<>();
        if (!(schema.get("fields") instanceof List<?> fields)) {
            fail(resource + ": a table schema must have fields");
            return names;
        }
        for (Object f : fields) {
            if (!(f instanceof Map<?, ?> field) || !(field.get("name") instanceof String name)) {
                fail(resource + ": each field must be an object with a name");
                continue;
            }
            if (names.contains(name)) {
                fail(resource + ": field names must be unique: " + name);
            }
            names.add(name);
            String type = field.get("type") == null ? "any" : String.valueOf(field.get("type"));
            if (!TYPES.contains(type)) {
                fail(resource + "." + name + ": unknown type " + type);
            }
            Object format = field.get("format");
            if (format != null && FORMATS.containsKey(type) && !FORMATS.get(type).contains(format)) {
                fail(resource + "." + name + ": format " + format + " is not a format of " + type);
            }
            if (field.get("constraints") instanceof Map<?, ?> c) {
                for (Object key : c.keySet()) {
                    if (!CONSTRAINTS.contains(key)) {
                        fail(resource + "." + name + ": unknown constraint " + key);
                    }
                }
                if (c.get("pattern") != null && !type.equals("string")) {
                    fail(resource + "." + name + ": pattern applies to strings only");
                }
                if ((c.get("minimum") != null || c.get("maximum") != null) && type.equals("string")) {
                    fail(resource + "." + name + ": minimum and maximum do not apply to strings");
                }
                if (c.get("enum") != null && !(c.get("enum") instanceof List<?> e && !e.isEmpty()
                        && new HashSet<>(e).size() == e.size())) {
                    fail(resource + "." + name + ": enum must be a non-empty array of unique values");
                }
                for (String flag : List.of("required", "unique")) {
                    if (c.get(flag) != null && !(c.get(flag) instanceof Boolean)) {
                        fail(resource + "." + name + ": constraint " + flag + " must be true or false");
                    }
                }
            } else if (field.get("constraints") != null) {
                fail(resource + "." + name + ": constraints must be an object");
            }
            if (type.equals("boolean")) {
                for (String values : List.of("trueValues", "falseValues")) {
                    if (field.get(values) != null && !(field.get(values) instanceof List<?> l
                            && l.stream().allMatch(String.class::isInstance))) {
                        fail(resource + "." + name + ": " + values + " must be an array of strings");
                    }
                }
            }
        }
        if (schema.get("missingValues") != null && !(schema.get("missingValues") instanceof List<?> m
                && m.stream().allMatch(String.class::isInstance))) {
            fail(resource + ": missingValues must be an array of strings");
        }
        for (String key : keyFields(schema.get("primaryKey"))) {
            if (!names.contains(key)) {
                fail(resource + ": primary key field " + key + " is not a field");
            }
        }
        return names;
    }

    private static List<String> keyFields(Object key) {
        if (key instanceof String s) {
            return List.of(s);
        }
        List<String> out = new ArrayList<>();
        if (key instanceof List<?> l) {
            l.forEach(k -> out.add(String.valueOf(k)));
        }
        return out;
    }

    private void checkData(String resource, Map<?, ?> schema, List<String> fields, Path file, char delimiter)
            throws IOException {
        List<Map<String, String>> table = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(in)) {
            List<String> header = null;
            for (CSVRecord r : parser) {
                List<String> cells = new ArrayList<>(r.toList());
                if (header == null) {
                    if (!cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
                        cells.set(0, cells.get(0).substring(1));
                    }
                    header = cells;
                    if (!header.equals(fields)) {
                        fail(resource + ": the header " + header + " must match the schema's fields " + fields);
                        return;
                    }
                    continue;
                }
                if (cells.size() != header.size()) {
                    fail(resource + " row " + r.getRecordNumber() + ": " + cells.size() + " cells for " + header.size()
                            + " fields");
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                table.add(row);
            }
        }
        List<String> missing = schema.get("missingValues") instanceof List<?> m ? m.stream().map(String::valueOf).toList()
                : List.of("");
        for (Object f : (List<?>) schema.get("fields")) {
            Map<?, ?> field = (Map<?, ?>) f;
            String name = (String) field.get("name");
            String type = field.get("type") == null ? "any" : (String) field.get("type");
            Map<?, ?> c = field.get("constraints") instanceof Map<?, ?> cm ? cm : Map.of();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < table.size(); i++) {
                String cell = table.get(i).get(name);
                String where = resource + " row " + (i + 1) + " field " + name;
                if (missing.contains(cell)) {
                    if (Boolean.TRUE.equals(c.get("required"))) {
                        fail(where + ": required, but missing");
                    }
                    continue;
                }
                switch (type) {
                    case "integer" -> {
                        if (!INTEGER.matcher(cell).matches()) {
                            fail(where + ": \"" + cell + "\" is not an integer");
                        } else if (c.get("minimum") instanceof Long min && Long.parseLong(cell) < min) {
                            fail(where + ": " + cell + " is below the minimum " + min);
                        }
                    }
                    case "number" -> {
                        if (!NUMBER.matcher(cell).matches()) {
                            fail(where + ": \"" + cell + "\" is not a number");
                        }
                    }
                    case "boolean" -> {
                        List<?> yes = field.get("trueValues") instanceof List<?> t ? t : List.of("true", "True", "TRUE", "1");
                        List<?> no = field.get("falseValues") instanceof List<?> n ? n : List.of("false", "False", "FALSE", "0");
                        if (!yes.contains(cell) && !no.contains(cell)) {
                            fail(where + ": \"" + cell + "\" is not one of the true and false values");
                        }
                    }
                    case "string" -> {
                        if ("uri".equals(field.get("format")) && !cell.matches("^[A-Za-z][A-Za-z0-9+.-]*:.+")) {
                            fail(where + ": \"" + cell + "\" is not a URI");
                        }
                    }
                    default -> {
                    }
                }
                if (c.get("enum") instanceof List<?> e && !e.contains(cell)) {
                    fail(where + ": \"" + cell + "\" is not one of " + e);
                }
                if (c.get("pattern") instanceof String p && !cell.matches(p)) {
                    fail(where + ": \"" + cell + "\" does not match " + p);
                }
                if (Boolean.TRUE.equals(c.get("unique")) && !seen.add(cell)) {
                    fail(where + ": \"" + cell + "\" is not unique");
                }
            }
        }
        List<String> key = keyFields(schema.get("primaryKey"));
        if (!key.isEmpty()) {
            Set<List<String>> keys = new HashSet<>();
            for (Map<String, String> row : table) {
                List<String> k = key.stream().map(row::get).toList();
                if (!keys.add(k)) {
                    fail(resource + ": the primary key " + k + " is not unique");
                }
            }
        }
        rows.put(resource, table);
    }

    private void checkForeignKeys(String resource, Map<?, ?> schema) {
        if (schema.get("foreignKeys") == null) {
            return;
        }
        if (!(schema.get("foreignKeys") instanceof List<?> keys)) {
            fail(resource + ": foreignKeys must be an array");
            return;
        }
        for (Object k : keys) {
            if (!(k instanceof Map<?, ?> key) || !(key.get("reference") instanceof Map<?, ?> ref)) {
                fail(resource + ": a foreign key is an object with fields and a reference object");
                continue;
            }
            List<String> from = keyFields(key.get("fields"));
            List<String> to = keyFields(ref.get("fields"));
            String target = ref.get("resource") == null || "".equals(ref.get("resource")) ? resource
                    : String.valueOf(ref.get("resource"));
            if (from.isEmpty() || from.size() != to.size()) {
                fail(resource + ": a foreign key's fields and its reference's fields must have the same length");
                continue;
            }
            if (!schemas.containsKey(target)) {
                fail(resource + ": a foreign key refers to the resource " + target + ", which the package lacks");
                continue;
            }
            Set<List<String>> targets = new HashSet<>();
            for (Map<String, String> row : rows.getOrDefault(target, List.of())) {
                targets.add(to.stream().map(row::get).toList());
            }
            for (Map<String, String> row : rows.getOrDefault(resource, List.of())) {
                List<String> value = from.stream().map(row::get).toList();
                if (value.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (!targets.contains(value)) {
                    fail(resource + ": the foreign key " + from + " = " + value + " is not in " + target + " " + to);
                }
            }
        }
    }
}
