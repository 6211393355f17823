package org.civicwatch.model;

import javax.annotation.CheckForNull;

/**
 * A value does not satisfy the model's rules. The message says which field and why, in words a person
 * can act on: {@code field 'place.jurisdictionCode': check digit of "100001" should be 5}.
 */
public class ModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The field at fault, or null. */
    private final @CheckForNull String field;
    /** The reason without the field prefix. */
    private final String reason;

    /**
     * Creates the exception; the message is {@code field 'name': reason}, or the reason alone, with the characters
     * {@link MessageText#inMessage} escapes written as escapes.
     *
     * @param field the field's name in the field catalog (dotted for nested values), or null
     * @param reason what is wrong and, where it helps, what a valid value looks like
     */
    public ModelException(@CheckForNull String field, String reason) {
        super(MessageText.inMessage(field == null ? reason : "field '" + field + "': " + reason));
        this.field = field;
        this.reason = MessageText.inMessage(reason);
    }

    /** {@return the field at fault, dotted for nested values ({@code place.floor}), or null if not one field} */
    @CheckForNull
    public String field() {
        return field;
    }

    /** {@return the reason without the field prefix} */
    public String reason() {
        return reason;
    }

    /**
     * {@return the same problem, seen from an enclosing value}: {@code floor} inside {@code place} becomes
     * {@code place.floor}; this exception is its cause.
     *
     * @param outerField the enclosing field's name
     */
    public ModelException within(String outerField) {
        String path = field == null ? outerField : field.startsWith("[") ? outerField + field : outerField + "." + field;
        ModelException nested = new ModelException(path, reason);
        nested.initCause(this);
        return nested;
    }
}
