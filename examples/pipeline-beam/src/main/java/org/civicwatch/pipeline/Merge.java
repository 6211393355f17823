package org.civicwatch.pipeline;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.spi.Problem;

/**
 * Merges the records that describe one matter. Records are shuffled by {@link #key} into groups (a
 * bounded number of them, {@link ConvertOptions#getGroups()}, each holding the keys of one hash), so that
 * all records with one key go to one worker and the merge shards across the cluster; {@link #merge} then
 * makes one record of the records with each key.
 */
public interface Merge extends Serializable {

    /**
     * {@return the key of the matter a record describes: records with equal keys are merged}
     *
     * @param record a record as read
     */
    String key(CivicRecord record);

    /**
     * Makes one record of the records of one matter.
     *
     * @param copies the records with one key, in input order ({@link ReadRecord#INPUT_ORDER}), at least one
     * @param problems told of each record that cannot be merged, with the record as its rejected text
     * @return the record written
     */
    CivicRecord merge(List<ReadRecord> copies, Consumer<Problem> problems);
}
