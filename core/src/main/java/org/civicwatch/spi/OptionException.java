package org.civicwatch.spi;

/** An option a format does not accept, or a value it cannot take; the message lists the valid ones. */
public class OptionException extends CivicWatchException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the option or value at fault and the valid ones
     */
    public OptionException(String message) {
        super(message);
    }
}
