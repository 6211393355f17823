package org.civicwatch.model;

/** A step in a filing's life. */
public enum FilingEventKind {
    /** The filing was submitted. */
    FILED,
    /**
     * Corrections asked for (補正通知 / 補正命令); under the national disclosure law the days they take
     * do not count towards the deadline.
     */
    CORRECTION_REQUESTED,
    /** Corrections submitted (補正書). */
    CORRECTED,
    /** Accepted for examination (受理). */
    ACCEPTED,
    /** The filer stated their case (意見陳述), or another hearing took place. */
    HEARING,
    /** The deadline was extended, as by the written notice a disclosure extension needs. */
    EXTENDED,
    /** A decision or result was notified. */
    DECIDED,
    /** The filer withdrew it (取下げ). */
    WITHDRAWN,
    /** Any other step. */
    OTHER
}
