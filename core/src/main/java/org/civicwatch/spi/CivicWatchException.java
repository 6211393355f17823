package org.civicwatch.spi;

import org.civicwatch.model.MessageText;

/**
 * The root of civicwatch's exceptions: bad data ({@link DataException}), a format that is not
 * installed ({@link FormatNotFoundException}), options a format does not accept
 * ({@link OptionException}). Messages say what is wrong and what to do, on one line: the characters
 * {@link MessageText#inMessage} escapes (TAB, NUL, U+2028...) are written as escapes, wherever in the message
 * they come from.
 */
public class CivicWatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and what to do
     */
    public CivicWatchException(String message) {
        super(MessageText.inMessage(message));
    }

    /**
     * Creates the exception, keeping the underlying cause.
     *
     * @param message what is wrong and what to do
     * @param cause the underlying cause
     */
    public CivicWatchException(String message, Throwable cause) {
        super(MessageText.inMessage(message), cause);
    }
}
