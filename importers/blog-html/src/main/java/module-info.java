/** Reads blog posts and archive pages, and extracts records from their Japanese prose. */
module org.civicwatch.importers.html {
    requires static jsr305;
    requires org.civicwatch.core;
    requires org.civicwatch.json;
    requires org.jsoup;

    exports org.civicwatch.importers.html;

    provides org.civicwatch.spi.Importer with org.civicwatch.importers.html.BlogHtmlImporter;
}
