/** Reads Movable Type export text entry by entry, extracting records through the blog library. */
module org.civicwatch.importers.mt {
    requires static jsr305;
    requires org.civicwatch.core;
    requires org.civicwatch.blog;

    exports org.civicwatch.importers.mt;

    provides org.civicwatch.spi.Importer with org.civicwatch.importers.mt.MovableTypeImporter;
}
