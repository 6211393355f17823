/** Writes the civicwatch JSON document ({@code .json}) and JSON Lines ({@code .jsonl}). */
module org.civicwatch.exporters.json {
    requires static jsr305;
    requires org.civicwatch.core;
    requires org.civicwatch.json;

    exports org.civicwatch.exporters.json;

    provides org.civicwatch.spi.Exporter with
            org.civicwatch.exporters.json.JsonExporter,
            org.civicwatch.exporters.json.JsonLinesExporter;
}
