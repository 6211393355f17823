package org.civicwatch.model;

/** What kind of filing. */
public enum FilingKind {
    /**
     * Information disclosure request (情報公開請求 / 公文書開示請求): national law asks for a decision within
     * 30 days, extendable by 30; prefectural ordinances differ.
     */
    DISCLOSURE_REQUEST,
    /**
     * Resident audit request (住民監査請求, Local Autonomy Act Art. 242): filed within 1 year of the act,
     * decided by the audit committee within 60 days.
     */
    RESIDENT_AUDIT_REQUEST,
    /** Resident lawsuit (住民訴訟, Art. 242-2): filed within 30 days of the audit result or its lapse. */
    RESIDENT_LAWSUIT,
    /** Request for review (審査請求) and other appeals against a decision. */
    APPEAL,
    /** A complaint (苦情, 申入れ) to a public body, outside a statutory procedure. */
    COMPLAINT,
    /** Any other filing. */
    OTHER
}
