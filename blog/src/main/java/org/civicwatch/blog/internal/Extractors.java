package org.civicwatch.blog.internal;

import java.util.List;

/** The built-in extractors, in the order they run. */
public final class Extractors {
    private Extractors() {
    }

    /** Every built-in extractor, in running order: news, request forms, link lists, filings in prose, sightings, incidents. */
    public static List<Extractor> all() {
        return List.of(new NewsBlockExtractor(), new RequestFormExtractor(), new LinkListExtractor(), new ProseFilingExtractor(),
                new SightingExtractor(), new IncidentExtractor());
    }
}
