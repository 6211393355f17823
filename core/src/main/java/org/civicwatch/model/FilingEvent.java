package org.civicwatch.model;

import javax.annotation.CheckForNull;

/**
 * One dated step of a filing.
 *
 * @param kind what happened
 * @param when when it happened
 * @param note what the step was, in a line
 * @param link where it is documented
 */
public record FilingEvent(FilingEventKind kind, @CheckForNull When when, @CheckForNull String note,
                          @CheckForNull Link link) {
    /**
     * Checks the event; an empty note becomes null.
     *
     * @param kind what happened
     * @param when when it happened
     * @param note what the step was, in a line
     * @param link where it is documented
     * @throws ModelException if {@code kind} is missing
     */
    public FilingEvent {
        Checks.required(kind, "kind");
        note = Checks.text(note, "note");
    }
}
