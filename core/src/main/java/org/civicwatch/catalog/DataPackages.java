package org.civicwatch.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Link;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.RecordType;
import org.civicwatch.model.When;

/**
 * Frictionless Data Package descriptors generated from the field catalog: the {@code datapackage.json}
 * of a dataset flattened into {@link Table}s, with a Table Schema per table (types, formats, required
 * columns, enumerations, primary keys, foreign keys from each child table to its records) and the dataset
 * info as package metadata. Format-neutral: the plugin that writes the tables adds how they are stored
 * (path, media type, encoding, dialect).
 *
 * <p>The descriptor follows the Tabular Data Package profile of the Data Package specification (version 1,
 * which version 2 readers also accept). Standard properties carry what other tools understand (title,
 * description, licenses, the publisher as a contributor, created, sources); the member {@value #MEMBER}
 * carries the exact {@link DatasetInfo} and the layout version, which {@link #info} prefers.
 *
 * <pre>{@code
 * List<Map<String, Object>> resources = new ArrayList<>();
 * for (Table t : DataPackages.tables()) {
 *     resources.add(DataPackages.resource(t, t.name() + ".csv", Map.of("format", "csv")));
 * }
 * Map<String, Object> descriptor = DataPackages.descriptor(info, resources, Map.of());
 * String json = JsonText.write(descriptor, true);
 * }</pre>
 */
public final class DataPackages {
    /** The descriptor's file name, at the top of the package. */
    public static final String DESCRIPTOR = "datapackage.json";
    /** The package profile. */
    public static final String PACKAGE_PROFILE = "tabular-data-package";
    /** Each resource's profile. */
    public static final String RESOURCE_PROFILE = "tabular-data-resource";
    /** The descriptor member holding civicwatch's own properties. */
    public static final String MEMBER = "civicwatch";
    /** The version of the layout (table and column names) this library writes and reads. */
    public static final String VERSION = "1";

    private static final List<Table> TABLES;

    static {
        List<Table> all = new ArrayList<>();
        for (RecordType t : RecordType.values()) {
            all.addAll(Table.of(t));
        }
        TABLES = List.copyOf(all);
    }

    private DataPackages() {
    }

    /** {@return every table of a package: record type by record type, each main table before its child tables} */
    public static List<Table> tables() {
        return TABLES;
    }

    /**
     * {@return the table of that name, if it is one of a package's}
     *
     * @param name a table name ({@code filings_events})
     */
    public static java.util.Optional<Table> table(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * The Table Schema of a table: one field descriptor per column of {@link Table#header()}, the primary
     * key ({@code id}, or a child table's key and position) and the foreign keys.
     *
     * @param table the table
     * @return the schema, as a tree for {@link JsonText#write}
     */
    public static Map<String, Object> tableSchema(Table table) {
        List<Object> fields = new ArrayList<>();
        String main = table.type().plural();
        if (table.isChild()) {
            fields.add(field(table.keyColumn(), "string", null, "The id of the " + table.type().singular()
                    + " in " + main + " that this row belongs to.", constraints(true)));
            Map<String, Object> position = constraints(true);
            position.put("minimum", 1L);
            fields.add(field(Table.POSITION, "integer", null, "The element's place in the list '"
                    + table.list().name() + "', from 1.", position));
        }
        for (Column c : table.columns()) {
            fields.add(field(c, table));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("missingValues", List.of(""));
        schema.put("primaryKey", table.isChild() ? List.of(table.keyColumn(), Table.POSITION) : List.of("id"));
        List<Object> foreignKeys = new ArrayList<>();
        if (table.isChild()) {
            foreignKeys.add(foreignKey(table.keyColumn(), main));
        }
        for (Column c : table.columns()) {
            // A filing's precededBy names another filing: a key into the same table.
            if (!table.isChild() && c.path().size() == 1 && c.path().get(0).name().equals("precededBy")) {
                foreignKeys.add(foreignKey(c.name(), ""));
            }
        }
        if (!foreignKeys.isEmpty()) {
            schema.put("foreignKeys", foreignKeys);
        }
        return schema;
    }

    private static Map<String, Object> foreignKey(String column, String resource) {
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("resource", resource);
        reference.put("fields", List.of("id"));
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("fields", List.of(column));
        key.put("reference", reference);
        return key;
    }

    private static Map<String, Object> field(Column c, Table table) {
        ScalarType<?> type = c.type();
        String description;
        if (c.original()) {
            description = "The text the date in " + c.name().substring(0, c.name().length() - "_original".length())
                    + " was read from, as written.";
        } else if (c.path().isEmpty()) {
            description = "One element of the list '" + table.list().name() + "': " + table.list().description();
        } else {
            description = c.path().get(c.path().size() - 1).description();
        }
        String tableType;
        String format = null;
        Map<String, Object> constraints = constraints(c.isRequired());
        Map<String, Object> extra = new LinkedHashMap<>();
        switch (type.name()) {
            case "integer" -> tableType = "integer";
            case "number" -> tableType = "number";
            case "boolean" -> {
                tableType = "boolean";
                extra.put("trueValues", List.of("true"));
                extra.put("falseValues", List.of("false"));
            }
            case "url" -> {
                tableType = "string";
                format = "uri";
            }
            case "edtf" -> {
                tableType = "string";
                description += c.original() ? "" : " An EDTF date (Library of Congress Extended Date/Time Format),"
                        + " such as 2017-06-13, 2015-03, 2014-05/.. or 2017~.";
            }
            case "floor" -> {
                tableType = "string";
                description += " Written 1, -1 or 3..30.";
                constraints.put("pattern", "-?[0-9]{1,3}(\\.\\.-?[0-9]{1,3})?");
            }
            default -> tableType = "string";
        }
        if (type.isEnum()) {
            constraints.put("enum", type.allowed());
        }
        if (!c.path().isEmpty() && c.path().size() == 1 && c.name().equals("id") && !table.isChild()) {
            constraints.put("unique", true);
        }
        Map<String, Object> f = field(c.name(), tableType, format, description, constraints);
        f.putAll(extra);
        return f;
    }

    private static Map<String, Object> constraints(boolean required) {
        Map<String, Object> constraints = new LinkedHashMap<>();
        if (required) {
            constraints.put("required", true);
        }
        return constraints;
    }

    private static Map<String, Object> field(String name, String type, @CheckForNull String format,
                                             String description, Map<String, Object> constraints) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("type", type);
        if (format != null) {
            f.put("format", format);
        }
        f.put("description", description);
        if (!constraints.isEmpty()) {
            f.put("constraints", constraints);
        }
        return f;
    }

    /**
     * A resource descriptor for a table: its name (the table's), path, profile, the storage properties a
     * plugin gives, and its Table Schema last.
     *
     * @param table the table
     * @param path where its file lies, a relative POSIX path inside the package
     * @param storage properties of the file ({@code format}, {@code mediatype}, {@code encoding},
     *     {@code dialect}...), in the order to write them
     * @return the resource, as a tree
     */
    public static Map<String, Object> resource(Table table, String path, Map<String, ?> storage) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", table.name());
        r.put("path", path);
        r.put("profile", RESOURCE_PROFILE);
        r.putAll(storage);
        r.put("schema", tableSchema(table));
        return r;
    }

    /**
     * The package descriptor of a dataset.
     *
     * @param info the dataset info, as package metadata
     * @param resources the tables' resource descriptors ({@link #resource}), at least one
     * @param layout properties of how the plugin wrote the tables, kept in the {@value #MEMBER} member
     *     beside the version and the info
     * @return the descriptor, as a tree for {@link JsonText#write}
     */
    public static Map<String, Object> descriptor(DatasetInfo info, List<Map<String, Object>> resources,
                                                 Map<String, ?> layout) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("profile", PACKAGE_PROFILE);
        putIfPresent(d, "title", info.title());
        putIfPresent(d, "description", info.description());
        if (info.license() != null) {
            d.put("licenses", List.of(Map.of(isWebAddress(info.license()) ? "path" : "name", info.license())));
        }
        if (info.publisher() != null) {
            Map<String, Object> publisher = new LinkedHashMap<>();
            publisher.put("title", info.publisher());
            publisher.put("role", "publisher");
            d.put("contributors", List.of(publisher));
        }
        if (info.language() != null) {
            d.put("languages", List.of(info.language()));
        }
        if (info.created() != null && isTimestamp(info.created())) {
            d.put("created", info.created().edtf());
        }
        if (!info.sources().isEmpty()) {
            List<Object> sources = new ArrayList<>();
            for (Link l : info.sources()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("title", l.title() == null ? l.url() : l.title());
                s.put("path", l.url());
                sources.add(s);
            }
            d.put("sources", sources);
        }
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("version", VERSION);
        own.putAll(layout);
        own.put("info", FieldCatalog.DATASET_INFO.toTree(info));
        d.put(MEMBER, own);
        d.put("resources", List.copyOf(resources));
        return d;
    }

    private static void putIfPresent(Map<String, Object> d, String name, @CheckForNull String value) {
        if (value != null) {
            d.put(name, value);
        }
    }

    private static boolean isWebAddress(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** RFC 3339 wants a full date and time with seconds and an offset; other dates stay in the own member. */
    private static boolean isTimestamp(When w) {
        return !w.isInterval() && !w.isApproximate() && !w.isUncertain()
                && w.start().map(p -> p.second() != null && p.offset() != null).orElse(false);
    }

    /**
     * The dataset info of a package descriptor: the {@value #MEMBER} member's, when there is one; else
     * what the standard properties hold (title, description, the first license, the contributor whose role
     * is publisher, the first of {@code languages}, created, and the sources with a web address).
     *
     * @param descriptor the descriptor, as read
     * @return the info
     * @throws ModelException naming the member at fault
     */
    public static DatasetInfo info(Map<String, ?> descriptor) {
        Object own = descriptor.get(MEMBER);
        if (own instanceof Map<?, ?> member && member.get("info") != null) {
            Object tree = member.get("info");
            if (!(tree instanceof Map<?, ?> map)) {
                throw new ModelException(MEMBER + ".info", "must be an object");
            }
            try {
                return FieldCatalog.DATASET_INFO.create(stringKeys(map));
            } catch (ModelException e) {
                throw e.within("info").within(MEMBER);
            }
        }
        String license = null;
        if (descriptor.get("licenses") instanceof List<?> licenses && !licenses.isEmpty()
                && licenses.get(0) instanceof Map<?, ?> first) {
            license = text(first.get("name")) != null ? text(first.get("name")) : text(first.get("path"));
        }
        String publisher = null;
        if (descriptor.get("contributors") instanceof List<?> contributors) {
            for (Object c : contributors) {
                if (c instanceof Map<?, ?> m && ("publisher".equals(m.get("role"))
                        || m.get("roles") instanceof List<?> roles && roles.contains("publisher"))) {
                    publisher = text(m.get("title"));
                    break;
                }
            }
        }
        String language = descriptor.get("languages") instanceof List<?> l && !l.isEmpty() ? text(l.get(0)) : null;
        When created = null;
        String createdText = text(descriptor.get("created"));
        if (createdText != null) {
            // RFC 3339 allows fractions of a second, which EDTF does not: the time is kept to the second.
            String whole = createdText.replaceFirst("(T\\d{2}:\\d{2}:\\d{2})\\.\\d+", "$1");
            try {
                created = When.parse(whole);
            } catch (ModelException e) {
                throw new ModelException("created", e.reason());
            }
        }
        List<Link> sources = new ArrayList<>();
        if (descriptor.get("sources") instanceof List<?> list) {
            for (Object s : list) {
                if (s instanceof Map<?, ?> m && text(m.get("path")) != null && isWebAddress(text(m.get("path")))) {
                    sources.add(new Link(text(m.get("path")), text(m.get("title")), null, null));
                }
            }
        }
        return new DatasetInfo(text(descriptor.get("title")), text(descriptor.get("description")), publisher,
                license, language, created, sources);
    }

    @CheckForNull
    private static String text(@CheckForNull Object v) {
        return v instanceof String s ? s : null;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
