package org.civicwatch.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.RecordType;

/**
 * A whole dataset as one tree of maps, lists and scalars: the shape of a civicwatch JSON document, and
 * of the dataset a blog page embeds as JSON-LD. Its members, in this order:
 *
 * <pre>{@code
 * {"civicwatch": "1", "info": {...}, "incidents": [...], "sightings": [...], "filings": [...], "news": [...]}
 * }</pre>
 *
 * {@value #VERSION_MEMBER} holds the version of this shape ({@value #VERSION}), {@value #INFO_MEMBER} the
 * {@link DatasetInfo} and each list the records of one type, named by {@link RecordType#plural()}, every
 * value in the tree form of {@link ObjectSchema#toTree}. A writer that streams record by record writes
 * {@link #head} and then the lists member by member ({@link #member}); a reader that streams tells the
 * members apart with {@link #recordsIn}.
 */
public final class DatasetTree {
    /** The member holding the version: it marks a tree as a civicwatch dataset. */
    public static final String VERSION_MEMBER = "civicwatch";
    /** The version of the shape, the value of {@value #VERSION_MEMBER}. */
    public static final String VERSION = "1";
    /** The member holding the dataset info. */
    public static final String INFO_MEMBER = "info";

    private static final List<String> MEMBERS = members(RecordType.values());

    private DatasetTree() {
    }

    private static List<String> members(RecordType... types) {
        List<String> names = new ArrayList<>(List.of(VERSION_MEMBER, INFO_MEMBER));
        Arrays.stream(types).map(DatasetTree::member).forEach(names::add);
        return List.copyOf(names);
    }

    /** {@return every member of the tree, in the order written: civicwatch, info, incidents, sightings, filings, news} */
    public static List<String> members() {
        return MEMBERS;
    }

    /**
     * {@return the member holding the records of a type}: its plural name, {@code sightings}
     *
     * @param type the record type
     */
    public static String member(RecordType type) {
        return type.plural();
    }

    /**
     * {@return the record type whose list a member holds; empty for any other member}
     *
     * @param member a member's name, exactly as in the tree ({@code sightings}, not {@code Sightings})
     */
    public static Optional<RecordType> recordsIn(String member) {
        return RecordType.named(member).filter(t -> member(t).equals(member));
    }

    /**
     * {@return the members before the records}: the version and the info, {@code {"civicwatch": "1",
     * "info": {...}}}
     *
     * @param info the dataset info
     */
    public static Map<String, Object> head(DatasetInfo info) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put(VERSION_MEMBER, VERSION);
        tree.put(INFO_MEMBER, FieldCatalog.DATASET_INFO.toTree(info));
        return tree;
    }

    /**
     * {@return a dataset as its tree}: the {@link #head} and then every list, empty ones included
     *
     * @param dataset the dataset
     */
    public static Map<String, Object> toTree(Dataset dataset) {
        Map<String, Object> tree = head(dataset.info());
        for (RecordType type : RecordType.values()) {
            List<Object> records = new ArrayList<>();
            for (CivicRecord r : dataset.records(type)) {
                records.add(FieldCatalog.schemaOf(r).toTree(r));
            }
            tree.put(member(type), records);
        }
        return tree;
    }

    /**
     * Reads a dataset from its tree. The version must be {@value #VERSION}; the info and each list may be
     * absent; members that are none of {@link #members()} are not read (a JSON-LD object carries
     * {@code @context} and {@code @type} beside them). Every record is read by {@link ObjectSchema#fromTree},
     * unknown fields refused. Cross-references are not checked ({@link Dataset#requireValid()} does that).
     *
     * @param tree the tree, or what was read in its place
     * @return the dataset
     * @throws DatasetTreeException naming the record, by its number, and the member at fault
     *     ({@code sightings[1].device})
     */
    public static Dataset fromTree(@CheckForNull Object tree) {
        if (!(tree instanceof Map<?, ?> map)) {
            throw new DatasetTreeException(0, new ModelException(null, "expected an object (a dataset), got "
                    + ScalarType.describeValue(tree)));
        }
        Object version = map.get(VERSION_MEMBER);
        if (!VERSION.equals(version)) {
            throw new DatasetTreeException(0, new ModelException(VERSION_MEMBER, version == null
                    ? "is missing; a civicwatch dataset has \"" + VERSION_MEMBER + "\": \"" + VERSION + "\""
                    : "unsupported version " + ScalarType.describeValue(version) + ": this reader reads version \""
                    + VERSION + "\""));
        }
        DatasetInfo info = DatasetInfo.EMPTY;
        Object infoTree = map.get(INFO_MEMBER);
        if (infoTree != null) {
            try {
                info = FieldCatalog.DATASET_INFO.fromTree(infoTree, ObjectSchema.UnknownFields.REFUSE);
            } catch (ModelException e) {
                throw new DatasetTreeException(0, e.within(INFO_MEMBER));
            }
        }
        Dataset.Builder b = Dataset.builder(info);
        long number = 0;
        for (RecordType type : RecordType.values()) {
            Object list = map.get(member(type));
            if (list == null) {
                continue;
            }
            if (!(list instanceof List<?> items)) {
                throw new DatasetTreeException(0, new ModelException(member(type), "expected a list of "
                        + member(type) + ", got " + ScalarType.describeValue(list)));
            }
            ObjectSchema<? extends CivicRecord> schema = FieldCatalog.schema(type);
            for (int i = 0; i < items.size(); i++) {
                number++;
                try {
                    b.add(schema.fromTree(items.get(i), ObjectSchema.UnknownFields.REFUSE));
                } catch (ModelException e) {
                    throw new DatasetTreeException(number, e.within("[" + i + "]").within(member(type)));
                }
            }
        }
        return b.build();
    }
}
