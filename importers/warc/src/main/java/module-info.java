/** Reads web archives (WARC) with jwarc, the blog pages they captured through the blog library. */
module org.civicwatch.importers.warc {
    requires static jsr305;
    requires org.civicwatch.core;
    requires org.civicwatch.blog;
    requires jwarc;

    exports org.civicwatch.importers.warc;

    provides org.civicwatch.spi.Importer with org.civicwatch.importers.warc.WarcImporter;
}
