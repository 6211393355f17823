package org.civicwatch.spi;

/** An option a format does not accept, or a value it cannot take; the message lists the valid ones. */
public class OptionException extends CivicWatchException {
    private static final long serialVersionUID = 1L;

    public OptionException(String message) {
        super(message);
    }
}
