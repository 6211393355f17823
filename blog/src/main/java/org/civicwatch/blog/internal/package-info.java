/**
 * Not API: the post text and the extractors run over it, for this module alone (not exported).
 *
 * <p>Extractors: each reads one kind of statement from a post's Japanese prose and makes records that
 * carry their provenance (the post's permalink, the quoted text, the extractor's id, a confidence).
 *
 * <p>They run in a fixed order over one {@link org.civicwatch.blog.internal.Extraction} per
 * post, so later ones can refer to what earlier ones found: news blocks, request forms, link lists,
 * sightings, then incidents (which link to the news they quote). Date, number and floor parsing is
 * {@code org.civicwatch.text}'s.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.blog.internal;

import javax.annotation.ParametersAreNonnullByDefault;
