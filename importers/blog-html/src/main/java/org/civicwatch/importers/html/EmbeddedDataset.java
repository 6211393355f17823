package org.civicwatch.importers.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.jsoup.nodes.Document;

/**
 * The contract between the blog HTML exporter and this importer: an exported page carries its whole
 * dataset in a {@code <script type="application/ld+json">} block holding one object with the schema.org
 * type {@code Dataset}, the marker {@code "civicwatch": "1"}, and the members {@code info},
 * {@code incidents}, {@code sightings}, {@code filings} and {@code news} in the field catalog's tree form
 * ({@link ObjectSchema#toTree}), exactly as in the JSON document format. Other schema.org members
 * ({@code @context}, {@code name}, {@code description}) may stand beside them and are ignored on reading.
 *
 * <pre>{@code
 * {"@context": "https://schema.org", "@type": "Dataset", "name": "群馬県庁の監視カメラ",
 *  "civicwatch": "1", "info": {...}, "incidents": [...], "sightings": [...], "filings": [...], "news": [...]}
 * }</pre>
 *
 * <p>A page carrying such a block reads back as exactly that dataset; its prose is not extracted. A
 * writer must keep the JSON from ending the script early: {@link #scriptText(String)} escapes every
 * {@code <} as its JSON escape (U+003C), which JSON reads back as the same character.
 */
public final class EmbeddedDataset {
    /** The member that marks a civicwatch payload. */
    public static final String MARKER = "civicwatch";
    /** The payload version this importer reads. */
    public static final String VERSION = "1";
    /** The schema.org type of the object. */
    public static final String TYPE = "Dataset";
    /** The member holding the dataset info. */
    public static final String INFO = "info";

    private EmbeddedDataset() {
    }

    /**
     * The JSON-LD object for a dataset, as a tree of maps, lists and scalars for a JSON writer: schema.org
     * {@code @context}, {@code @type} and {@code name}, then the marker, the info and the non-empty record lists.
     */
    public static Map<String, Object> toTree(Dataset dataset) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("@context", "https://schema.org");
        tree.put("@type", TYPE);
        if (dataset.info().title() != null) {
            tree.put("name", dataset.info().title());
        }
        tree.put(MARKER, VERSION);
        tree.put(INFO, FieldCatalog.DATASET_INFO.toTree(dataset.info()));
        for (RecordType type : RecordType.values()) {
            List<Object> records = new ArrayList<>();
            for (CivicRecord r : dataset.records(type)) {
                records.add(FieldCatalog.schemaOf(r).toTree(r));
            }
            if (!records.isEmpty()) {
                tree.put(type.plural(), records);
            }
        }
        return tree;
    }

    /** JSON text made safe to stand inside a {@code <script>} element ({@code </script>} cannot occur in it). */
    public static String scriptText(String json) {
        return json.replace("<", "\\u003c");
    }

    /**
     * The dataset a page carries, if it carries one.
     *
     * @throws DataException if the block is not valid JSON or does not hold a valid dataset, located at its line
     */
    public static Optional<Dataset> find(Document page, String source) {
        for (JsonLd.Script script : JsonLd.scripts(page)) {
            if (!script.json().contains("\"" + MARKER + "\"")) {
                continue;
            }
            for (Map<?, ?> o : JsonLd.objects(JsonLd.parse(script, source))) {
                if (o.containsKey(MARKER) && JsonLd.hasType(o, TYPE)) {
                    return Optional.of(fromTree(o, Location.at(source, script.sourceLine(), 0)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A dataset from its JSON-LD object.
     *
     * @throws DataException naming the record and field at fault
     */
    public static Dataset fromTree(Map<?, ?> tree, Location at) {
        Object version = tree.get(MARKER);
        if (!VERSION.equals(version)) {
            throw new DataException(at.atField(MARKER), "this importer reads civicwatch payload version " + VERSION
                    + ", the page has " + version);
        }
        DatasetInfo info = DatasetInfo.EMPTY;
        Object infoTree = tree.get(INFO);
        if (infoTree != null) {
            try {
                info = FieldCatalog.DATASET_INFO.create(map(infoTree, at.atField(INFO)));
            } catch (ModelException e) {
                throw DataException.of(at.atField(INFO), e);
            }
        }
        Dataset.Builder b = Dataset.builder(info);
        long index = 0;
        for (RecordType type : RecordType.values()) {
            Object list = tree.get(type.plural());
            if (list == null) {
                continue;
            }
            if (!(list instanceof List<?> items)) {
                throw new DataException(at.atField(type.plural()), "expected a list of " + type.plural());
            }
            for (int i = 0; i < items.size(); i++) {
                index++;
                Location here = at.inRecord(index).atField(type.plural() + "[" + i + "]");
                try {
                    b.add(FieldCatalog.schema(type).create(map(items.get(i), here)));
                } catch (ModelException e) {
                    throw DataException.of(here, e);
                }
            }
        }
        return b.build();
    }

    private static Map<String, Object> map(@CheckForNull Object value, Location at) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new DataException(at, "expected an object");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
