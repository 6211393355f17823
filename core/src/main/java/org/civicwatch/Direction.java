package org.civicwatch;

/** Reading or writing: which kind of plugin a message or a look-up is about. */
enum Direction {
    READ("importer", "read"),
    WRITE("exporter", "write");

    private final String service;
    private final String verb;

    Direction(String service, String verb) {
        this.service = service;
        this.verb = verb;
    }

    /** {@return "importer" or "exporter"} */
    String service() {
        return service;
    }

    /** {@return "read" or "write"} */
    String verb() {
        return verb;
    }

    /** {@return the artifact adding a known format's plugin of this direction, or null} */
    String artifactOf(KnownFormat format) {
        return format.artifact(this == READ);
    }
}
