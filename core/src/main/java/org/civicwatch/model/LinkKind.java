package org.civicwatch.model;

/** What a link points at. */
public enum LinkKind { BLOG_POST, NEWS, VIDEO, PHOTO, DOCUMENT, OTHER }
