package org.civicwatch.spi;

/**
 * The root of civicwatch's exceptions: bad data ({@link DataException}), a format that is not
 * installed ({@link FormatNotFoundException}), options a format does not accept
 * ({@link OptionException}). Messages say what is wrong and what to do.
 */
public class CivicWatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CivicWatchException(String message) {
        super(message);
    }

    public CivicWatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
