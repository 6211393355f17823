/**
 * The civicwatch domain model: immutable, validated records for what a watchdog group documents.
 *
 * <p>Four kinds of record share an id, related ids, links, tags and provenance:
 * {@link org.civicwatch.model.Incident}, {@link org.civicwatch.model.Sighting},
 * {@link org.civicwatch.model.Filing} and {@link org.civicwatch.model.NewsReference}. A
 * {@link org.civicwatch.model.Dataset} holds them with its {@link org.civicwatch.model.DatasetInfo}.
 * Value types ({@link org.civicwatch.model.When}, {@link org.civicwatch.model.Place},
 * {@link org.civicwatch.model.Floor}, {@link org.civicwatch.model.Count}, ...) validate themselves in
 * their constructors and throw {@link org.civicwatch.model.ModelException} naming the field at fault.
 *
 * <p>Conventions: lists are never null (absent means empty) and never hold null; an empty string is
 * the same as an absent value and is stored as {@code null}, so every format can round-trip it.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.model;

import javax.annotation.ParametersAreNonnullByDefault;
