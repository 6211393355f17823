package org.civicwatch.pipeline;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.spi.Problem;

/**
 * Merges the records that describe one matter. Records are grouped by {@link #key}, so that each group
 * goes to one worker and the merge shards across the cluster; {@link #merge} then makes one record of
 * each group.
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
