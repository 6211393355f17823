package org.civicwatch.importers.html;

import java.util.Map;
import java.util.Optional;
import org.civicwatch.catalog.DatasetTree;
import org.civicwatch.catalog.DatasetTreeException;
import org.civicwatch.json.JsonLdDataset;
import org.civicwatch.model.Dataset;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.jsoup.nodes.Document;

/**
 * Finds the dataset a page embeds (what the blog HTML exporter writes): a
 * {@code <script type="application/ld+json">} block holding the JSON-LD object of
 * {@link JsonLdDataset}, a schema.org {@code Dataset} carrying core's {@link DatasetTree}. Such a page
 * reads back as exactly that dataset; its prose is not extracted.
 */
final class EmbeddedDataset {
    /** The member that marks a civicwatch dataset, for detection without parsing. */
    static final String MARKER = DatasetTree.VERSION_MEMBER;

    private EmbeddedDataset() {
    }

    /**
     * The dataset a page carries, if it carries one.
     *
     * @throws DataException if the block is not valid JSON or does not hold a valid dataset, located at its
     *     line, with the record and the member at fault ({@code record 2, field 'sightings[1].device'})
     */
    static Optional<Dataset> find(Document page, String source) {
        for (JsonLd.Script script : JsonLd.scripts(page)) {
            if (!script.json().contains("\"" + MARKER + "\"")) {
                continue;
            }
            for (Map<?, ?> o : JsonLd.objects(JsonLd.parse(script, source))) {
                if (o.containsKey(MARKER) && JsonLd.hasType(o, JsonLdDataset.TYPE)) {
                    try {
                        return Optional.of(DatasetTree.fromTree(o));
                    } catch (DatasetTreeException e) {
                        throw DataException.of(Location.at(source, script.sourceLine(), 0).inRecord(e.record()), e);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
