package org.civicwatch.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civicwatch.catalog.DatasetTree;
import org.civicwatch.model.Dataset;

/**
 * A whole dataset as a schema.org {@code Dataset} in JSON-LD: what the blog HTML exporter embeds in a
 * page's {@code <script type="application/ld+json">} and the blog HTML importer reads back. The object is
 * core's {@link DatasetTree} (the marker {@code "civicwatch": "1"}, {@code info} and the four record lists,
 * exactly as in the JSON document format) with the schema.org members before it, which a reader passes
 * over:
 *
 * <pre>{@code
 * {"@context": "https://schema.org", "@type": "Dataset", "name": "群馬県庁の監視カメラ",
 *  "civicwatch": "1", "info": {...}, "incidents": [...], "sightings": [...], "filings": [...], "news": [...]}
 * }</pre>
 *
 * A reader finds it as the object whose {@code @type} is {@value #TYPE} and that holds
 * {@value DatasetTree#VERSION_MEMBER}, and reads it with {@link DatasetTree#fromTree}.
 */
public final class JsonLdDataset {
    /** The JSON-LD context of the object. */
    public static final String CONTEXT = "https://schema.org";
    /** The schema.org type of the object. */
    public static final String TYPE = "Dataset";

    private JsonLdDataset() {
    }

    /**
     * {@return the JSON-LD object of a dataset, as a tree}: {@code @context}, {@code @type}, {@code name}
     * (the title, if any), then the {@link DatasetTree}
     *
     * @param dataset the dataset
     */
    public static Map<String, Object> toTree(Dataset dataset) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("@context", CONTEXT);
        tree.put("@type", TYPE);
        if (dataset.info().title() != null) {
            tree.put("name", dataset.info().title());
        }
        tree.putAll(DatasetTree.toTree(dataset));
        return tree;
    }

    /**
     * {@return the JSON-LD text of a dataset, safe to stand inside a {@code <script>} element}: every
     * {@code <} is written as its JSON escape (U+003C), which JSON reads back as the same character, so
     * neither {@code </script>} nor {@code <!--} can occur in it
     *
     * @param dataset the dataset
     */
    public static String scriptText(Dataset dataset) {
        return scriptText(JsonTrees.toJson(toTree(dataset)));
    }

    /**
     * {@return JSON text made safe to stand inside a {@code <script>} element}, as {@link #scriptText(Dataset)}
     * makes it
     *
     * @param json JSON text
     */
    public static String scriptText(String json) {
        // '<' stands only inside strings in JSON text, where the escape means the same character.
        return json.replace("<", "\\u003c");
    }
}
