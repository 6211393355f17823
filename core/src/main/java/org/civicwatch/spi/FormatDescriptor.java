package org.civicwatch.spi;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.annotation.CheckForNull;

/**
 * What a format is: its id, name, media type, file extensions, the options a plugin accepts, and the
 * priority that decides between two plugins claiming the same id. Built with {@link #builder(String)},
 * so that a field added later does not break the plugins that build one today.
 *
 * <pre>{@code
 * static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("xlsx")
 *         .name("Excel workbook")
 *         .mediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
 *         .extensions("xlsx")
 *         .options(StandardOptions.READING)
 *         .description("One sheet per record type, columns from the field catalog.")
 *         .build();
 * }</pre>
 *
 * <p>The first extension is the format's own. When several installed exporters claim the extension of
 * an output file, those whose first extension it is come before those listing it further down; then the
 * higher {@linkplain #priority() priority}, then the class name that sorts first. So a GeoJSON plugin
 * listing {@code geojson, json} does not take {@code .json} files from the civicwatch JSON document.
 */
public final class FormatDescriptor {
    private final String id;
    private final String name;
    private final String mediaType;
    private final List<String> extensions;
    private final List<Option<?>> options;
    private final int priority;
    private final String description;

    private FormatDescriptor(Builder b) {
        String id = b.id;
        if (id == null || !id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("format id \"" + id + "\" must be lower-case letters, digits, '.' or '-'");
        }
        if (b.name == null || b.name.isBlank()) {
            throw new IllegalArgumentException("format '" + id + "' needs a name");
        }
        if (b.mediaType == null || !b.mediaType.matches("[a-z]+/[A-Za-z0-9.+-]+")) {
            throw new IllegalArgumentException("format '" + id + "': \"" + b.mediaType + "\" is not a media type");
        }
        for (String e : b.extensions) {
            if (e.startsWith(".") || !e.equals(e.toLowerCase(Locale.ROOT)) || e.isEmpty()) {
                throw new IllegalArgumentException("format '" + id + "': extension \"" + e
                        + "\" must be lower case, without the dot");
            }
        }
        Set<String> names = new HashSet<>();
        for (Option<?> o : b.options) {
            if (!names.add(o.name())) {
                throw new IllegalArgumentException("format '" + id + "' lists option '" + o.name() + "' twice");
            }
        }
        this.id = id;
        this.name = b.name;
        this.mediaType = b.mediaType;
        this.extensions = b.extensions;
        this.options = b.options;
        this.priority = b.priority;
        this.description = b.description;
    }

    /**
     * {@return a builder of a descriptor for a format id; name and media type are required}
     *
     * @param id lower-case id, unique per direction ({@code json}, {@code jsonl}, {@code html}): letters,
     *     digits, '.' and '-'
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** {@return a builder holding this descriptor's values, to derive another from it} */
    public Builder toBuilder() {
        return builder(id).name(name).mediaType(mediaType).extensions(extensions).options(options).priority(priority)
                .description(description);
    }

    /** {@return the lower-case id, unique per direction ({@code json}, {@code jsonl}, {@code html})} */
    public String id() {
        return id;
    }

    /** {@return a human name ("civicwatch JSON Lines")} */
    public String name() {
        return name;
    }

    /** {@return the IANA media type ({@code application/x-ndjson})} */
    public String mediaType() {
        return mediaType;
    }

    /** {@return the file extensions without the dot, lower case, the format's own first; may be empty} */
    public List<String> extensions() {
        return extensions;
    }

    /** {@return every option the plugin accepts; the registry refuses any other} */
    public List<Option<?>> options() {
        return options;
    }

    /** {@return the priority: higher wins when two plugins claim one id; built-in plugins use 0} */
    public int priority() {
        return priority;
    }

    /** {@return a line about the format, for listings; empty when not given} */
    public String description() {
        return description;
    }

    /**
     * {@return whether a file name ends with one of the extensions (any case)}
     *
     * @param fileName a file name ("Sightings.JSONL")
     */
    public boolean matchesFileName(String fileName) {
        return extensionOf(fileName) >= 0;
    }

    /**
     * {@return the position in {@link #extensions()} of the first extension a file name ends with (any
     * case), or -1: 0 means the name has the format's own extension}
     *
     * @param fileName a file name ("Sightings.JSONL")
     */
    public int extensionOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (int i = 0; i < extensions.size(); i++) {
            if (lower.endsWith("." + extensions.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormatDescriptor d && id.equals(d.id) && name.equals(d.name) && mediaType.equals(d.mediaType)
                && extensions.equals(d.extensions) && options.equals(d.options) && priority == d.priority
                && description.equals(d.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, mediaType, extensions, options, priority, description);
    }

    @Override
    public String toString() {
        return "FormatDescriptor[id=" + id + ", name=" + name + ", mediaType=" + mediaType + ", extensions="
                + extensions + ", options=" + options.stream().map(Option::name).toList() + ", priority=" + priority
                + "]";
    }

    /**
     * Collects a descriptor's values; {@link #build()} checks them. Extensions and options default to
     * none, the priority to 0, the description to empty.
     */
    public static final class Builder {
        private final String id;
        private @CheckForNull String name;
        private @CheckForNull String mediaType;
        private List<String> extensions = List.of();
        private List<Option<?>> options = List.of();
        private int priority;
        private String description = "";

        private Builder(String id) {
            this.id = id;
        }

        /**
         * {@return this builder, with the format's human name}
         *
         * @param name a human name ("civicwatch JSON Lines")
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * {@return this builder, with the format's media type}
         *
         * @param mediaType the IANA media type ({@code application/x-ndjson})
         */
        public Builder mediaType(String mediaType) {
            this.mediaType = mediaType;
            return this;
        }

        /**
         * {@return this builder, with the file extensions (replacing any given before)}
         *
         * @param extensions without the dot, lower case, the format's own first ({@code "jsonl", "ndjson"})
         */
        public Builder extensions(String... extensions) {
            return extensions(Arrays.asList(extensions));
        }

        /**
         * {@return this builder, with the file extensions (replacing any given before)}
         *
         * @param extensions without the dot, lower case, the format's own first
         */
        public Builder extensions(List<String> extensions) {
            this.extensions = List.copyOf(extensions);
            return this;
        }

        /**
         * {@return this builder, with every option the plugin accepts (replacing any given before)}
         *
         * @param options the options; an importer includes {@link StandardOptions#READING}
         */
        public Builder options(List<? extends Option<?>> options) {
            this.options = List.copyOf(options);
            return this;
        }

        /**
         * {@return this builder, with every option the plugin accepts (replacing any given before)}
         *
         * @param options the options
         */
        public Builder options(Option<?>... options) {
            return options(Arrays.asList(options));
        }

        /**
         * {@return this builder, with a priority}
         *
         * @param priority higher wins when two plugins claim one id; built-in plugins use 0, a plugin
         *     meant to replace one uses more
         */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /**
         * {@return this builder, with a line about the format}
         *
         * @param description a line for listings; null is empty
         */
        public Builder description(@CheckForNull String description) {
            this.description = description == null ? "" : description;
            return this;
        }

        /**
         * {@return the descriptor}
         *
         * @throws IllegalArgumentException if the id, name, media type or an extension is malformed, or an
         *     option is listed twice
         */
        public FormatDescriptor build() {
            return new FormatDescriptor(this);
        }
    }
}
