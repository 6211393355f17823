package org.civicwatch.model;

/** The legal outcome of a filing; what really happened is a {@link Remedy}, kept apart. */
public enum FilingOutcome {
    PENDING,
    DISCLOSED,
    /** 部分開示. */
    PARTIALLY_DISCLOSED,
    /** 不開示. */
    NOT_DISCLOSED,
    /** 不存在: the record does not exist. */
    NOT_HELD,
    /** 却下: dismissed as inadmissible. */
    DISMISSED,
    /** 棄却: rejected on the merits. */
    REJECTED,
    /** 勧告: the request had merit. */
    RECOMMENDATION,
    WITHDRAWN
}
