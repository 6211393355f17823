package org.civicwatch.catalog;

/**
 * The kinds of personal data a field can hold ({@link Field#personalData()}), so that a redaction can
 * choose which to leave out.
 */
public enum PersonalData {
    /**
     * The name of a person. Private unless the object holding it makes it public: an organisation's or a
     * group's name always is, a person's when they are a public figure
     * ({@link org.civicwatch.model.Party#hasPublicName()}).
     */
    NAME,
    /**
     * Text quoted word for word from a source ({@code Provenance.quote}): it may name anyone, including a
     * person whose name was left out elsewhere in the record.
     */
    QUOTED_TEXT
}
