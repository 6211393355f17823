package org.civicwatch.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a format is: its id, name, media type, file extensions, the options a plugin accepts, and the
 * priority that decides between two plugins claiming the same id.
 *
 * @param id lower-case id, unique per direction ({@code json}, {@code jsonl}, {@code csv}, {@code html})
 * @param name a human name ("JSON Lines")
 * @param mediaType the IANA media type ({@code application/x-ndjson})
 * @param extensions file extensions without the dot, lower case; may be empty
 * @param options every option the plugin accepts
 * @param priority higher wins when two plugins claim one id; built-in plugins use 0
 * @param description a line about the format, for listings
 */
public record FormatDescriptor(String id, String name, String mediaType, List<String> extensions,
                               List<Option<?>> options, int priority, String description) {

    /**
     * Checks the descriptor; a null description becomes empty.
     *
     * @param id lower-case id, unique per direction ({@code json}, {@code jsonl}, {@code csv}, {@code html})
     * @param name a human name ("JSON Lines")
     * @param mediaType the IANA media type ({@code application/x-ndjson})
     * @param extensions file extensions without the dot, lower case; may be empty
     * @param options every option the plugin accepts
     * @param priority higher wins when two plugins claim one id; built-in plugins use 0
     * @param description a line about the format, for listings
     * @throws IllegalArgumentException if the id, name, media type or an extension is malformed, or an
     *     option is listed twice
     */
    public FormatDescriptor {
        if (id == null || !id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("format id \"" + id + "\" must be lower-case letters, digits, '.' or '-'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("format '" + id + "' needs a name");
        }
        if (mediaType == null || !mediaType.matches("[a-z]+/[A-Za-z0-9.+-]+")) {
            throw new IllegalArgumentException("format '" + id + "': \"" + mediaType + "\" is not a media type");
        }
        extensions = List.copyOf(extensions);
        for (String e : extensions) {
            if (e.startsWith(".") || !e.equals(e.toLowerCase(Locale.ROOT)) || e.isEmpty()) {
                throw new IllegalArgumentException("format '" + id + "': extension \"" + e
                        + "\" must be lower case, without the dot");
            }
        }
        options = List.copyOf(options);
        Set<String> names = new HashSet<>();
        for (Option<?> o : options) {
            if (!names.add(o.name())) {
                throw new IllegalArgumentException("format '" + id + "' lists option '" + o.name() + "' twice");
            }
        }
        description = description == null ? "" : description;
    }

    /**
     * {@return a descriptor with priority 0}
     *
     * @param id lower-case id, unique per direction ({@code json})
     * @param name a human name ("JSON Lines")
     * @param mediaType the IANA media type ({@code application/x-ndjson})
     * @param extensions file extensions without the dot, lower case; may be empty
     * @param options every option the plugin accepts
     * @param description a line about the format, for listings
     */
    public static FormatDescriptor of(String id, String name, String mediaType, List<String> extensions,
                                      List<Option<?>> options, String description) {
        return new FormatDescriptor(id, name, mediaType, extensions, options, 0, description);
    }

    /**
     * {@return whether a file name ends with one of the extensions (any case)}
     *
     * @param fileName a file name ("Sightings.JSONL")
     */
    public boolean matchesFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
    }
}
