/**
 * An example third-party civicwatch plugin: GeoJSON with OpenStreetMap's surveillance tags. It needs
 * civicwatch core (its SPI, model and field catalog) and Jackson, and provides one exporter and one
 * importer; the same classes are registered in {@code META-INF/services} for the class path.
 */
module org.example.civicwatch.geojson {
    requires transitive org.civicwatch.core; // its SPI types are in this module's API
    requires tools.jackson.databind;
    requires static jsr305;

    exports org.example.civicwatch.geojson;

    provides org.civicwatch.spi.Exporter with org.example.civicwatch.geojson.GeoJsonExporter;
    provides org.civicwatch.spi.Importer with org.example.civicwatch.geojson.GeoJsonImporter;
}
