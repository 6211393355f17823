/**
 * GeoJSON (RFC 7946) for civicwatch sightings, with OpenStreetMap's surveillance tags: a format plugin
 * written as a third party writes one, against civicwatch's public SPI ({@code org.civicwatch.spi}), its
 * model and its field catalog only.
 *
 * <p>{@link org.example.civicwatch.geojson.GeoJsonExporter} writes one Point feature per sighting with
 * coordinates; {@link org.example.civicwatch.geojson.GeoJsonImporter} reads those files back, and reads
 * OpenStreetMap surveillance nodes as overpass turbo exports them. The module's README lists every
 * property and what each direction does with what it cannot map.
 */
@ParametersAreNonnullByDefault
package org.example.civicwatch.geojson;

import javax.annotation.ParametersAreNonnullByDefault;
