/**
 * The field catalog: one description of every record type and value of the model, their fields in
 * order, their types, whether required, whether personal data, and how they flatten into columns and
 * tables. Every format maps through it, so a plugin gets every field without listing any by hand.
 *
 * <pre>{@code
 * ObjectSchema<Sighting> s = FieldCatalog.schema(Sighting.class);
 * for (Field f : s.fields()) System.out.println(f.name() + " " + f.type().name());
 * Object floor = s.get(sighting, "place.floor");            // generic read
 * Sighting copy = s.create(Map.of("id", "s1", "device", "camera"));   // generic build
 * Map<String, Object> tree = DatasetTree.toTree(dataset);    // a whole dataset, as JSON-like formats hold it
 * Dataset back = DatasetTree.fromTree(tree);
 * }</pre>
 *
 * <p>The tree form (maps, lists, strings, {@code Long}, {@code Double}, {@code Boolean}) is what every
 * JSON-like format writes and reads: {@link org.civicwatch.catalog.ObjectSchema#toTree} and
 * {@link org.civicwatch.catalog.ObjectSchema#fromTree} for one value, {@link org.civicwatch.catalog.DatasetTree}
 * for a whole dataset with its version marker. A format module adds only its syntax.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.catalog;

import javax.annotation.ParametersAreNonnullByDefault;
