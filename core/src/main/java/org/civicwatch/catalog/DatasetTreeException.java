package org.civicwatch.catalog;

import org.civicwatch.model.ModelException;

/**
 * A dataset tree holding a value that does not fit ({@link DatasetTree#fromTree}): the model's complaint,
 * its field a path from the root of the tree ({@code sightings[1].device}), and the number of the record
 * it is in, so that a reader can say {@code record 2}.
 */
public final class DatasetTreeException extends ModelException {
    private static final long serialVersionUID = 1L;

    /** The 1-based number of the record, in the tree's order; 0 outside the records. */
    private final long record;

    /**
     * Creates the exception.
     *
     * @param record the 1-based number of the record at fault, in the tree's order; 0 outside the records
     * @param cause the complaint, its field a path from the root of the tree
     */
    public DatasetTreeException(long record, ModelException cause) {
        super(cause.field(), cause.reason());
        initCause(cause);
        this.record = record;
    }

    /** {@return the 1-based number of the record at fault, in the tree's order; 0 for the info and the members around the records} */
    public long record() {
        return record;
    }
}
