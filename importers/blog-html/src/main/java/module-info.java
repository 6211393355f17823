/** Reads blog posts and archive pages through the blog library, which extracts records from their prose. */
module org.civicwatch.importers.html {
    requires static jsr305;
    requires org.civicwatch.core;
    requires org.civicwatch.blog;

    exports org.civicwatch.importers.html;

    provides org.civicwatch.spi.Importer with org.civicwatch.importers.html.BlogHtmlImporter;
}
