package org.civicwatch.spi;

/**
 * No installed plugin reads or writes a format. The message lists the formats present and names the
 * module that would add the missing one.
 */
public class FormatNotFoundException extends CivicWatchException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the missing format, the formats present and the module to add
     */
    public FormatNotFoundException(String message) {
        super(message);
    }
}
