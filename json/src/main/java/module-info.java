/**
 * What every JSON reader and writer of civicwatch shares: the format's names, the one Jackson set-up with
 * its read limits, tree reading and writing, the JSON-LD dataset of blog pages, the JSON Schema. No plugin.
 */
module org.civicwatch.json {
    requires static jsr305;
    requires transitive org.civicwatch.core;
    requires transitive tools.jackson.databind;

    exports org.civicwatch.json;
}
