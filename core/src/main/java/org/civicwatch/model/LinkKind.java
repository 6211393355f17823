package org.civicwatch.model;

/** What a link points at. */
public enum LinkKind {
    /** A post on a group's or a person's blog. */
    BLOG_POST,
    /** A news article. */
    NEWS,
    /** A video. */
    VIDEO,
    /** A photograph. */
    PHOTO,
    /** A document, such as a disclosed record, a decision or a PDF. */
    DOCUMENT,
    /** Anything else. */
    OTHER
}
