package org.civicwatch.text;

import org.civicwatch.model.MessageText;
import org.civicwatch.model.ModelException;

/**
 * Text could not be read as the value asked for. The message quotes the text, says what is wrong with
 * it and which forms are accepted:
 *
 * <pre>
 * cannot read "2017年2月30日" as a date: 2017-02-30 does not exist (2017-02 has 28 days);
 * accepted forms: 2017年6月13日, 2017年6月13日 18時55分, ...
 * </pre>
 *
 * <p>It is a {@link ModelException} so that one {@code catch} serves a value built from text and one
 * built by hand; {@link #field()} is null until an enclosing reader names the field with
 * {@link #within(String)}.
 */
public final class TextParseException extends ModelException {
    private static final long serialVersionUID = 1L;

    private final String text;

    /**
     * @param text the text that could not be read, as given
     * @param kind what it was read as ("a date", "a count", "a floor")
     * @param problem what is wrong with it
     * @param accepted the forms that are accepted, as examples
     */
    TextParseException(String text, String kind, String problem, String accepted) {
        super(null, "cannot read " + MessageText.quote(text) + " as " + kind + ": " + problem + "; accepted forms: " + accepted);
        this.text = text;
    }

    /** The text that could not be read, exactly as given. */
    public String text() {
        return text;
    }
}
