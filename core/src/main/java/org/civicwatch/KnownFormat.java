package org.civicwatch;

import java.util.List;
import javax.annotation.CheckForNull;

/**
 * A format civicwatch knows of, whether installed or not, and the modules that add it: a row of
 * {@link KnownFormats}.
 *
 * @param id the format id, as in the plugins' {@link org.civicwatch.spi.FormatDescriptor}
 * @param extensions the file extensions its plugins claim, without the dot, the format's own first
 * @param folders whether it is a folder (read from or written to a directory)
 * @param importerArtifact the Maven artifact ({@code groupId:artifactId}) whose importer reads it, or null
 * @param exporterArtifact the Maven artifact whose exporter writes it, or null
 * @param description what it is, in a few words
 */
public record KnownFormat(String id, List<String> extensions, boolean folders, @CheckForNull String importerArtifact,
                          @CheckForNull String exporterArtifact, String description) {

    /**
     * Checks the row.
     *
     * @param id the format id
     * @param extensions the file extensions, the format's own first
     * @param folders whether it is a folder
     * @param importerArtifact the artifact adding its importer, or null
     * @param exporterArtifact the artifact adding its exporter, or null
     * @param description what it is
     * @throws IllegalArgumentException if neither artifact is given
     */
    public KnownFormat {
        extensions = List.copyOf(extensions);
        if (importerArtifact == null && exporterArtifact == null) {
            throw new IllegalArgumentException("format '" + id + "': name the artifact of its importer, its exporter,"
                    + " or both");
        }
    }

    /**
     * {@return the artifact adding the importer or the exporter, or null if there is none}
     *
     * @param importer true for the importer's artifact, false for the exporter's
     */
    @CheckForNull
    public String artifact(boolean importer) {
        return importer ? importerArtifact : exporterArtifact;
    }
}
