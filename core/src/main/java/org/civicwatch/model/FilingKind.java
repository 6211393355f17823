package org.civicwatch.model;

/** What kind of filing. */
public enum FilingKind {
    /** 情報公開請求 / 公文書開示請求. */
    DISCLOSURE_REQUEST,
    /** 住民監査請求 (Local Autonomy Act Art. 242). */
    RESIDENT_AUDIT_REQUEST,
    /** 住民訴訟 (Art. 242-2). */
    RESIDENT_LAWSUIT,
    /** 審査請求 and other appeals. */
    APPEAL,
    COMPLAINT,
    OTHER
}
