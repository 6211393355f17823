/**
 * civicwatch core: the domain model, the field catalog, redaction, the plugin SPI, the format registry and
 * facade, Japanese text parsing and the sample dataset. Formats come from plugin modules that provide
 * {@link org.civicwatch.spi.Importer} and {@link org.civicwatch.spi.Exporter}.
 */
module org.civicwatch.core {
    requires static jsr305;

    exports org.civicwatch;
    exports org.civicwatch.catalog;
    exports org.civicwatch.model;
    exports org.civicwatch.redaction;
    exports org.civicwatch.samples;
    exports org.civicwatch.spi;
    exports org.civicwatch.text;

    uses org.civicwatch.spi.Importer;
    uses org.civicwatch.spi.Exporter;
}
