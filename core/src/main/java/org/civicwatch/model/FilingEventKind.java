package org.civicwatch.model;

/** A step in a filing's life. */
public enum FilingEventKind {
    FILED,
    /** 補正通知 / 補正命令. */
    CORRECTION_REQUESTED,
    /** 補正書 submitted. */
    CORRECTED,
    /** 受理. */
    ACCEPTED,
    /** 意見陳述 and other hearings. */
    HEARING,
    /** The deadline extended. */
    EXTENDED,
    /** A decision or result notified. */
    DECIDED,
    WITHDRAWN,
    OTHER
}
