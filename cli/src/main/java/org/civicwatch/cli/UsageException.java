package org.civicwatch.cli;

/** The command was given arguments that cannot work together; the message says what to give instead. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
