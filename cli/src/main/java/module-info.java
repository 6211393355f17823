/**
 * The {@code civicwatch} command. Its formats are the plugin modules that provide
 * {@link org.civicwatch.spi.Importer} and {@link org.civicwatch.spi.Exporter} where it runs, found by
 * core; {@code plugins check} runs the conformance check of the testkit on them.
 */
module org.civicwatch.cli {
    requires static jsr305;
    requires org.civicwatch.core;
    requires org.civicwatch.testkit;
    // several blog inputs: one matter told in posts of different inputs is merged by the blog library's rule
    requires org.civicwatch.blog;
    requires info.picocli;

    exports org.civicwatch.cli;

    // picocli reads the commands' annotations and sets their options by reflection.
    opens org.civicwatch.cli to info.picocli;
}
