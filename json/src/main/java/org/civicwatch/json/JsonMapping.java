package org.civicwatch.json;

import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.Instantiatable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson set-up of civicwatch, for every module that reads or writes JSON: the JSON importers
 * and exporters and the blog HTML plugins' embedded JSON-LD. It applies the read limits below, refuses a
 * member given twice in one object, never closes a stream the caller passed in, writes URLs without
 * escaping their slashes, and reads whole numbers as {@code Long} (the field catalog's tree form).
 *
 * <h2>Read limits</h2>
 * A hostile input cannot make a reader hold more than it must: JSON nesting is limited to
 * {@value #MAX_NESTING_DEPTH} levels (a dataset needs 6, 8 inside a JSON-LD {@code @graph}), strings to
 * {@value #MAX_STRING_LENGTH} chars, property names to {@value #MAX_NAME_LENGTH} chars, numbers to
 * {@value #MAX_NUMBER_LENGTH} digits, and the whole input to {@link #DEFAULT_MAX_DOCUMENT_LENGTH} chars
 * unless a reader asks for another bound ({@link #mapper(long)}). Passing one is a
 * {@link StreamConstraintsException}, which {@link #explain} puts in words.
 *
 * <pre>{@code
 * try (JsonParser p = JsonMapping.mapper().createParser(reader)) { ... }
 * ObjectWriter pretty = JsonMapping.writer(true);
 * }</pre>
 */
public final class JsonMapping {
    /** JSON nesting depth, arrays and objects counted. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Chars in one string value. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Chars in one property name. */
    public static final int MAX_NAME_LENGTH = 256;
    /** Chars in one number. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Chars in a whole input, unless a reader asks for another bound: 16 Gi. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L << 30;

    private static final JsonMapper DEFAULT = build(limits(DEFAULT_MAX_DOCUMENT_LENGTH));
    private static final JsonFactory UNCHECKED_DUPLICATES = ((JsonFactory) DEFAULT.tokenStreamFactory()).rebuild()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonMapping() {
    }

    /** {@return the mapper with the read limits} */
    public static JsonMapper mapper() {
        return DEFAULT;
    }

    /**
     * {@return the mapper with the read limits, for inputs of at most this many chars}
     *
     * @param maxDocumentLength the most chars a whole input may have
     */
    public static JsonMapper mapper(long maxDocumentLength) {
        return maxDocumentLength == DEFAULT_MAX_DOCUMENT_LENGTH ? DEFAULT : build(limits(maxDocumentLength));
    }

    /**
     * {@return the mapper's parser factory, with the same limits, that does not look for a member given
     * twice} For a reader that finds those itself ({@link RecordCodec#read}) and reads anything irregular
     * again with {@link #mapper()}.
     */
    public static JsonFactory factoryFindingNoDuplicates() {
        return UNCHECKED_DUPLICATES;
    }

    /**
     * {@return the factory of {@link #factoryFindingNoDuplicates()}, for inputs of at most this many chars}
     *
     * @param maxDocumentLength the most chars a whole input may have
     */
    public static JsonFactory factoryFindingNoDuplicates(long maxDocumentLength) {
        return maxDocumentLength == DEFAULT_MAX_DOCUMENT_LENGTH ? UNCHECKED_DUPLICATES
                : ((JsonFactory) mapper(maxDocumentLength).tokenStreamFactory()).rebuild()
                        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    private static StreamReadConstraints limits(long maxDocumentLength) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(maxDocumentLength)
                .build();
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
        return JsonMapper.builder(factory).enable(DeserializationFeature.USE_LONG_FOR_INTS).build();
    }

    /**
     * {@return a writer of compact JSON, or of JSON indented by two spaces with {@code "name": value} and LF
     * line ends}
     *
     * @param pretty whether to indent
     */
    public static ObjectWriter writer(boolean pretty) {
        return pretty ? DEFAULT.writer().with(new Indented()) : DEFAULT.writer();
    }

    /**
     * Indents by two spaces with {@code "name": value}, LF line ends, {@code {}} and {@code []} when empty:
     * the layout of Jackson's default pretty printer so set up, each separator and indentation written as
     * prepared bytes.
     */
    private static final class Indented implements PrettyPrinter, Instantiatable<Indented> {
        private static final SerializableString NAME_VALUE = new SerializedString(": ");
        private static final SerializableString ROOT = new SerializedString(" ");
        private static final SerializableString[] INDENTS = new SerializableString[MAX_NESTING_DEPTH + 2];

        static {
            for (int i = 0; i < INDENTS.length; i++) {
                INDENTS[i] = new SerializedString("\n" + "  ".repeat(i));
            }
        }

        private int nesting;

        @Override
        public Indented createInstance() {
            return new Indented();
        }

        private void indent(JsonGenerator g) {
            g.writeRaw(nesting < INDENTS.length ? INDENTS[nesting] : new SerializedString("\n" + "  ".repeat(nesting)));
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
            g.writeRaw(ROOT);
        }

        @Override
        public void writeStartObject(JsonGenerator g) {
            g.writeRaw('{');
            nesting++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            indent(g);
        }

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(NAME_VALUE);
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            g.writeRaw(',');
            indent(g);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) {
            nesting--;
            if (entries > 0) {
                indent(g);
            }
            g.writeRaw('}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) {
            nesting++;
            g.writeRaw('[');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            indent(g);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(',');
            indent(g);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            nesting--;
            if (values > 0) {
                indent(g);
            }
            g.writeRaw(']');
        }
    }

    private static final Pattern LIMIT = Pattern.compile(" \\((\\d+), from `[^`]*`\\)");
    private static final Pattern JACKSON_HINT = Pattern.compile(
            "(: enable `[^`]*` to allow| \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)"
                    + "| \\(start marker at \\[[^\\]]*\\]\\))");

    /**
     * {@return Jackson's complaint about an input in words for the person holding the file}: a read limit
     * passed names the limit and why it is there; NaN, comments and a member given twice are named as such;
     * advice meant for programmers using Jackson (features to enable) is left out. Starts with
     * {@code malformed JSON: } or {@code the input passes a read limit: }.
     *
     * @param e what Jackson threw while reading
     */
    public static String explain(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            String limit = LIMIT.matcher(message).replaceAll(" ($1)");
            String why = "; civicwatch JSON sets this limit so that a hostile file cannot exhaust memory (see 'Read"
                    + " limits' in the JSON importer's README)";
            if (limit.startsWith("Document length")) {
                why = "; raise the option max-document-length if it is meant to be";
            } else if (limit.startsWith("String value length")) {
                // No option raises it: a text this long is a document of its own, which a record links to.
                why = "; no option raises this limit, so that a hostile file cannot exhaust memory: shorten the"
                        + " text, or keep it in a document of its own and link to it (a record's links)";
            }
            return "the input passes a read limit: " + limit + why;
        }
        if (message.startsWith("Non-standard token")) {
            return "malformed JSON: " + message.replaceAll(":.*", "") + ": NaN and Infinity are not JSON numbers;"
                    + " leave the value out instead";
        }
        if (message.contains("ALLOW_COMMENTS")) {
            return "malformed JSON: a comment; JSON has none, remove it";
        }
        if (message.startsWith("Duplicate Object property")) {
            return "malformed JSON: " + message.replace("Duplicate Object property", "member")
                    + " appears twice in one object; keep one";
        }
        return "malformed JSON: " + JACKSON_HINT.matcher(message).replaceAll("");
    }
}
