package org.civicwatch.blog;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.civicwatch.catalog.DatasetTree;
import org.civicwatch.catalog.DatasetTreeException;
import org.civicwatch.json.JsonLdDataset;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;
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
     * The dataset a page carries, if it carries one. A schema.org {@code Dataset} with the members of one
     * ({@code info} and record lists) but without the marker is reported to {@code problems}: it is most likely
     * this project's page with its marker lost, and reading the page's prose instead would quietly give fewer
     * records.
     *
     * @throws DataException if the block is not valid JSON or does not hold a valid dataset, located at its
     *     line, with the record and the member at fault ({@code record 2, field 'sightings[1].device'})
     */
    static Optional<Dataset> find(Document page, String source, Consumer<DataException> problems) {
        for (JsonLd.Script script : JsonLd.scripts(page)) {
            if (!script.json().contains("\"" + MARKER + "\"")) {
                if (withoutMarker(script, source)) {
                    problems.accept(new DataException(Location.at(source, script.sourceLine(), 0), "the page embeds"
                            + " a dataset as JSON-LD without its \"" + MARKER + "\" member, so it is not read: the page"
                            + " is read as prose, which gives fewer records than the dataset holds. Restore \"" + MARKER
                            + "\": \"" + DatasetTree.VERSION + "\" in the JSON-LD, or export the page again"));
                }
                continue;
            }
            for (Map<?, ?> o : JsonLd.objects(JsonLd.parse(script, source))) {
                if (o.containsKey(MARKER) && JsonLd.hasType(o, JsonLdDataset.TYPE)) {
                    Location at = Location.at(source, script.sourceLine(), 0);
                    Dataset d;
                    try {
                        d = DatasetTree.fromTree(o);
                    } catch (DatasetTreeException e) {
                        throw DataException.of(at.inRecord(e.record()), e);
                    }
                    requireUniqueIds(d, at);
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a block without the marker holds an object shaped as a civicwatch dataset: info and record lists. */
    private static boolean withoutMarker(JsonLd.Script script, String source) {
        if (!script.json().contains("\"" + DatasetTree.INFO_MEMBER + "\"")) {
            return false;
        }
        Object tree;
        try {
            tree = JsonLd.parse(script, source);
        } catch (DataException e) {
            return false; // not JSON: another site's broken block, not a dataset of ours
        }
        for (Map<?, ?> o : JsonLd.objects(tree)) {
            if (JsonLd.hasType(o, JsonLdDataset.TYPE) && o.containsKey(DatasetTree.INFO_MEMBER)
                    && Arrays.stream(RecordType.values()).anyMatch(t -> o.get(DatasetTree.member(t)) instanceof List)) {
                return true;
            }
        }
        return false;
    }

    /** Ids are unique in a dataset, as every importer requires: a page cannot carry what a JSON file may not. */
    private static void requireUniqueIds(Dataset d, Location at) {
        Map<String, Long> seen = new HashMap<>();
        long index = 0;
        for (CivicRecord r : (Iterable<CivicRecord>) d.records()::iterator) {
            index++;
            Long first = seen.putIfAbsent(r.id(), index);
            if (first != null) {
                throw new DataException(at.inRecord(index), "duplicate id '" + r.id() + "': record " + first
                        + " of the embedded dataset has it too; ids must be unique in a dataset");
            }
        }
    }
}
