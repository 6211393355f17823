package org.civicwatch.spi;

import org.civicwatch.model.MessageText;
import org.civicwatch.model.ModelException;

/**
 * Input that cannot be read as civicwatch data, with where it is and what is wrong:
 * {@code sightings.csv:14:7: record 12, field 'observed': cannot read "2017-02-30" as a date}.
 */
public class DataException extends CivicWatchException {
    private static final long serialVersionUID = 1L;

    /** Where the problem is. */
    private final Location location;
    /** The message without the location. */
    private final String detail;

    /**
     * Creates the exception; the message is the location, a colon and the detail.
     *
     * @param location where the problem is
     * @param detail what is wrong and, where it helps, what to do
     */
    public DataException(Location location, String detail) {
        super(location + ": " + detail);
        this.location = location;
        this.detail = MessageText.inMessage(detail);
    }

    /**
     * Creates the exception, keeping the underlying cause (never shown to users as a stack trace).
     *
     * @param location where the problem is
     * @param detail what is wrong and, where it helps, what to do
     * @param cause the underlying cause
     */
    public DataException(Location location, String detail, Throwable cause) {
        super(location + ": " + detail, cause);
        this.location = location;
        this.detail = MessageText.inMessage(detail);
    }

    /**
     * A model rule broken at a location: the field of the {@link ModelException} is appended to the
     * location's field ({@code place} + {@code floor} → {@code place.floor}).
     *
     * @param location where the record is
     * @param e the broken rule
     * @return the exception, with {@code e} as its cause
     */
    public static DataException of(Location location, ModelException e) {
        String field = e.field();
        String where = location.field() == null ? field
                : field == null ? location.field()
                : field.startsWith("[") ? location.field() + field : location.field() + "." + field;
        return new DataException(location.atField(where), e.reason(), e);
    }

    /** {@return where the problem is} */
    public Location location() {
        return location;
    }

    /** {@return the message without the location} */
    public String detail() {
        return detail;
    }
}
