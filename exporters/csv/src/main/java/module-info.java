/** Writes CSV: Frictionless data packages (a folder or a zip) and single CSV files of one record type. */
module org.civicwatch.exporters.csv {
    requires static jsr305;
    requires org.civicwatch.core;
    requires org.apache.commons.csv;

    exports org.civicwatch.exporters.csv;

    provides org.civicwatch.spi.Exporter with
            org.civicwatch.exporters.csv.DataPackageExporter,
            org.civicwatch.exporters.csv.CsvExporter;
}
