/**
 * Reads CSV: Frictionless data packages (a folder or a zip) and single CSV files of one record type, and
 * other publishers' lists through column-mapping files.
 */
module org.civicwatch.importers.csv {
    requires static jsr305;
    requires org.civicwatch.core;
    requires org.apache.commons.csv;

    exports org.civicwatch.importers.csv;

    provides org.civicwatch.spi.Importer with
            org.civicwatch.importers.csv.DataPackageImporter,
            org.civicwatch.importers.csv.CsvImporter;
}
