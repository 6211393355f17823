package org.civicwatch.blog.internal;

/**
 * Reads one kind of statement from a post and adds the records it makes to the extraction.
 * Implementations are stateless and thread-safe.
 */
public interface Extractor {

    /** The id recorded in provenance ({@code blog-html/news}); its last part names it in the {@code extract} option. */
    String id();

    /** The name used in the {@code extract} option ({@code news}). */
    default String name() {
        return id().substring(id().lastIndexOf('/') + 1);
    }

    /** Reads the post, adding records (and links) to {@code out}; failures on one block go through {@link Extraction#guard}. */
    void extract(PostText post, Extraction out);
}
