/**
 * Programs that use civicwatch as an embedder would, the sample conversion, the benchmark, and an example
 * third-party plugin (a Markdown exporter) written against the SPI and the catalog only.
 */
module org.civicwatch.examples {
    requires static jsr305;
    requires java.management;
    requires jdk.management;
    requires org.civicwatch.core;
    requires org.civicwatch.testkit;
    // the scoring tool counts the posts the blog library finds on the pages it times
    requires org.civicwatch.blog;
    requires org.jsoup;
    // The benchmark's floor: CSV and JSON Lines converted by hand, with the libraries the plugins use.
    requires org.apache.commons.csv;
    requires tools.jackson.databind;
    // The scoring tool's experiment: areas found by a morphological analyser (Kuromoji), to compare with the rules.
    requires org.apache.lucene.analysis.kuromoji;
    requires org.apache.lucene.core;

    exports org.civicwatch.examples;
    exports org.civicwatch.examples.bench;
    exports org.civicwatch.examples.plugin;

    provides org.civicwatch.spi.Exporter with org.civicwatch.examples.plugin.MarkdownExporter;
}
