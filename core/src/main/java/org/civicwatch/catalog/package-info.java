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
 * }</pre>
 */
@ParametersAreNonnullByDefault
package org.civicwatch.catalog;

import javax.annotation.ParametersAreNonnullByDefault;
