/** Writes a page or blog fragment for people to read, with the dataset embedded as JSON-LD. */
module org.civicwatch.exporters.html {
    requires static jsr305;
    requires org.civicwatch.core;
    requires org.civicwatch.json;
    requires org.jsoup;

    exports org.civicwatch.exporters.html;

    provides org.civicwatch.spi.Exporter with org.civicwatch.exporters.html.BlogHtmlExporter;
}
