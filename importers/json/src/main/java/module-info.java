/** Reads the civicwatch JSON document ({@code .json}) and JSON Lines ({@code .jsonl}). */
module org.civicwatch.importers.json {
    requires static jsr305;
    requires org.civicwatch.core;
    requires org.civicwatch.json;

    exports org.civicwatch.importers.json;

    provides org.civicwatch.spi.Importer with
            org.civicwatch.importers.json.JsonImporter,
            org.civicwatch.importers.json.JsonLinesImporter;
}
