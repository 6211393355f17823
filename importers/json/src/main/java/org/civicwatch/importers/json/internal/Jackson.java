package org.civicwatch.importers.json.internal;

import org.civicwatch.importers.json.JsonFormat;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson set-up of the JSON plugins: read limits from {@link JsonFormat}, duplicate property
 * detection, and never closing a stream the caller passed in.
 */
public final class Jackson {
    private Jackson() {
    }

    private static final JsonMapper DEFAULT = mapper(JsonFormat.DEFAULT_MAX_DOCUMENT_LENGTH);

    /** The mapper for inputs of at most this many chars. */
    public static JsonMapper mapper(long maxDocumentLength) {
        if (DEFAULT != null && maxDocumentLength == JsonFormat.DEFAULT_MAX_DOCUMENT_LENGTH) {
            return DEFAULT;
        }
        return build(StreamReadConstraints.builder()
                .maxNestingDepth(JsonFormat.MAX_NESTING_DEPTH)
                .maxStringLength(JsonFormat.MAX_STRING_LENGTH)
                .maxNameLength(JsonFormat.MAX_NAME_LENGTH)
                .maxNumberLength(JsonFormat.MAX_NUMBER_LENGTH)
                .maxDocumentLength(maxDocumentLength)
                .build());
    }

    /**
     * A mapper without the read limits, for text this library wrote itself and reads back (the document
     * exporter's temporary files): what the exporter may write, it must be able to read again.
     */
    public static JsonMapper trusted() {
        return Trusted.MAPPER;
    }

    private static final class Trusted {
        static final JsonMapper MAPPER = build(StreamReadConstraints.builder()
                .maxNestingDepth(Integer.MAX_VALUE)
                .maxStringLength(Integer.MAX_VALUE)
                .maxNameLength(Integer.MAX_VALUE)
                .maxNumberLength(Integer.MAX_VALUE)
                .build());
    }

    private static JsonMapper build(StreamReadConstraints limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                // URLs read better as "https://..." than "https:\/\/...".
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                // JSON Lines writes its own LF after each value; no space before the next.
                .rootValueSeparator("")
                .build();
        return JsonMapper.builder(factory).build();
    }

    /** The mapper with the default limits. */
    public static JsonMapper mapper() {
        return DEFAULT;
    }

    /** A writer of compact JSON, or of JSON indented by two spaces with {@code "name": value} and LF line ends. */
    public static ObjectWriter writer(boolean pretty) {
        if (!pretty) {
            return DEFAULT.writer();
        }
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return DEFAULT.writer().with(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
    }
}
