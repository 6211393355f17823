package org.civicwatch.model;

/** The legal outcome of a filing; what really happened is a {@link Remedy}, kept apart. */
public enum FilingOutcome {
    /** Not decided yet. */
    PENDING,
    /** Full disclosure (全部開示). */
    DISCLOSED,
    /** Partial disclosure (部分開示): some of the record withheld. */
    PARTIALLY_DISCLOSED,
    /** Non-disclosure (不開示): the record exists and is withheld. */
    NOT_DISCLOSED,
    /** Record does not exist (不存在): nothing to disclose. */
    NOT_HELD,
    /** Dismissed as inadmissible (却下), without a look at the merits. */
    DISMISSED,
    /** Rejected on the merits (棄却). */
    REJECTED,
    /** Recommendation (勧告): the audit found the request had merit and recommends measures. */
    RECOMMENDATION,
    /** Withdrawn by the filer (取下げ). */
    WITHDRAWN,
    /**
     * The decision appealed against was revoked (取消, 原処分を取り消す): the appeal or the lawsuit against
     * a decision succeeded. What the body then did (disclosed the record) is an event or a remedy.
     */
    REVOKED
}
