package org.civicwatch.importers.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.ModelException;
import org.civicwatch.spi.DataException;

/** Reads another publisher's CSV file through a {@link ColumnMapping}, one record a row. */
final class MappedReader extends CsvRecordReader {
    private final ColumnMapping mapping;
    private final CsvRows rows;
    private final Map<String, Integer> index = new HashMap<>();

    MappedReader(InputStream in, String source, CsvReadSettings settings, ColumnMapping mapping, Rejections rejections)
            throws IOException {
        super(source, rejections);
        this.mapping = mapping;
        this.rows = new CsvRows(in, new CsvRows.Spec(source, null,
                settings.charset() != null ? settings.charset() : mapping.charset(), ',', '"', mapping.headerRow() - 1,
                true), rejections);
        List<String> header = rows.header();
        for (int i = 0; i < header.size(); i++) {
            // A header cell may carry spaces around its name, as spreadsheets leave them.
            index.putIfAbsent(header.get(i).strip(), i);
        }
        List<String> missing = new ArrayList<>();
        for (String column : mapping.columns()) {
            if (!index.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!header.isEmpty() && !missing.isEmpty()) {
            throw rows.error(rows.headerLine(), 0, 0, missing.get(0), "the mapping " + mapping.file().getFileName()
                    + " reads the column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + ", which the header does not have; found " + String.join(", ", header)
                    + (mapping.headerRow() > 1 ? " (on row " + mapping.headerRow() + ", as \"headerRow\" says)"
                    : "; if the header is not the first row, set \"headerRow\" in the mapping"));
        }
    }

    @Override
    @CheckForNull
    public CivicRecord next() throws IOException {
        if (done || rows.header().isEmpty()) {
            return null;
        }
        for (CsvRows.Row r; (r = rows.next()) != null; ) {
            Map<String, Object> tree = new LinkedHashMap<>();
            Set<Object> filled = Collections.newSetFromMap(new IdentityHashMap<>());
            ColumnMapping.Rule failed = null;
            try {
                for (ColumnMapping.Rule rule : mapping.rules()) {
                    failed = rule;
                    Object value = ColumnMapping.value(rule, r.cells(), index, r.index());
                    if (value != null) {
                        Object element = put(tree, rule.path, value);
                        if (element != null && !rule.columns().isEmpty()) {
                            filled.add(element);
                        }
                    }
                }
                failed = null;
                compact(tree, filled);
                CivicRecord record = FieldCatalog.schema(mapping.type()).create(tree);
                DataException duplicate = duplicate(record, rows, r, idColumn(), 0);
                if (duplicate != null) {
                    rejections.reject(rows, duplicate, r.raw());
                    continue;
                }
                readFrom(r);
                return record;
            } catch (ModelException e) {
                ColumnMapping.Rule rule = failed != null ? failed : ruleFor(e.field());
                String column = rule == null || rule.columns().isEmpty() ? null : rule.columns().get(0);
                String target = failed != null ? rule.target : e.field();
                String detail = (target == null ? "" : "for " + target + ": ") + e.reason();
                rejections.reject(rows, rows.error(r.line(), column == null ? 0 : index.get(column) + 1, r.index(),
                        column, detail), r.raw());
            }
        }
        done = true;
        return null;
    }

    /** The position of the first column the id is read from, or -1 for an id made of constants. */
    private int idColumn() {
        ColumnMapping.Rule rule = ruleFor("id");
        return rule == null || rule.columns().isEmpty() ? -1 : index.get(rule.columns().get(0));
    }

    /** The rule whose field a broken rule names: the same path, else the longest that leads to it. */
    @CheckForNull
    private ColumnMapping.Rule ruleFor(@CheckForNull String field) {
        if (field == null) {
            return null;
        }
        ColumnMapping.Rule best = null;
        for (ColumnMapping.Rule rule : mapping.rules()) {
            String t = rule.target;
            if ((field.equals(t) || field.startsWith(t + ".") || field.startsWith(t + "["))
                    && (best == null || t.length() > best.target.length())) {
                best = rule;
            }
        }
        return best;
    }

    /**
     * Puts a value at a path of field names and list indexes, making the objects and lists on the way.
     *
     * @return the innermost list element (an object) the path goes through, or null
     */
    @CheckForNull
    @SuppressWarnings("unchecked")
    private static Object put(Map<String, Object> root, List<Object> path, Object value) {
        Object node = root;
        Object element = null;
        for (int i = 0; i < path.size(); i++) {
            Object key = path.get(i);
            boolean last = i == path.size() - 1;
            Object next = i + 1 < path.size() && path.get(i + 1) instanceof Integer ? new ArrayList<Object>()
                    : new LinkedHashMap<String, Object>();
            if (node instanceof Map<?, ?> m) {
                Map<String, Object> map = (Map<String, Object>) m;
                if (last) {
                    set(map, (String) key, value);
                    return element;
                }
                node = map.computeIfAbsent((String) key, k -> next);
            } else {
                List<Object> list = (List<Object>) node;
                int at = (Integer) key;
                while (list.size() <= at) {
                    list.add(null);
                }
                if (last) {
                    list.set(at, value);
                    return element;
                }
                if (list.get(at) == null) {
                    list.set(at, next);
                }
                node = list.get(at);
                element = node;
            }
        }
        return element;
    }

    /** A value made of several fields (a place's floor and area) joins the ones other rules set. */
    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> map, String key, Object value) {
        if (value instanceof Map<?, ?> fields && map.get(key) instanceof Map<?, ?> existing) {
            ((Map<String, Object>) existing).putAll((Map<String, Object>) fields);
        } else if (value instanceof Map<?, ?> fields) {
            map.put(key, new LinkedHashMap<>((Map<String, Object>) fields));
        } else {
            map.put(key, value);
        }
    }

    /**
     * An element whose columns were all empty is no element, whatever constants its rules add (a filing's
     * "decided" event without a decision date): a list keeps the others, in order.
     */
    @SuppressWarnings("unchecked")
    private static void compact(Object node, Set<Object> filled) {
        if (node instanceof Map<?, ?> map) {
            for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<?, ?> e = it.next();
                compact(e.getValue(), filled);
                if (e.getValue() instanceof List<?> l && l.isEmpty() || e.getValue() instanceof Map<?, ?> m && m.isEmpty()) {
                    it.remove();
                }
            }
        } else if (node instanceof List<?> list) {
            List<Object> l = (List<Object>) list;
            l.removeIf(e -> e == null || e instanceof Map<?, ?> && !filled.contains(e));
            l.forEach(e -> compact(e, filled));
        }
    }

    @Override
    public DatasetInfo info() {
        return mapping.info();
    }
}
