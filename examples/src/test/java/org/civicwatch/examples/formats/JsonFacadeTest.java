package org.civicwatch.examples.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.civicwatch.CivicWatch;
import org.civicwatch.exporters.json.JsonLinesExporter;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both JSON forms as a user meets them, with every plugin installed: files read, written and converted
 * through {@link CivicWatch}.
 */
class JsonFacadeTest {
    @TempDir
    Path dir;

    private static final String DOC = "{\"civicwatch\": \"1\", \"sightings\": [{\"id\": \"s1\", \"device\": \"camera\"%s}]}";
    private static final String LINE = "{\"type\":\"sighting\",\"record\":{\"id\":\"s1\",\"device\":\"camera\"%s}}\n";

    /** Stands for 100 MB of "x" in a file written by {@link #write}, so that no test holds them in memory. */
    private static final String HUGE = "<100 MB>";

    private static void write(Path file, byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(HUGE);
        if (at < 0) {
            Files.write(file, bytes);
            return;
        }
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(bytes, 0, at);
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write(bytes, at + HUGE.length(), bytes.length - at - HUGE.length());
        }
    }

    /** The records of a dataset with the types in reverse order (news first), each type's in their order. */
    private static List<CivicRecord> typesBackwards(Dataset dataset) {
        List<CivicRecord> out = new ArrayList<>();
        org.civicwatch.model.RecordType[] types = org.civicwatch.model.RecordType.values();
        for (int i = types.length - 1; i >= 0; i--) {
            out.addAll(dataset.records(types[i]));
        }
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A document and a JSON Lines file with the same text inside their one sighting. */
    private static Stream<Arguments> both(String name, String inside, String expected) {
        return Stream.of(Arguments.of(name, "json", utf8(String.format(DOC, inside)), expected),
                Arguments.of(name, "jsonl", utf8(String.format(LINE, inside)), expected));
    }

    static Stream<Arguments> hostileInputs() {
        byte[] utf16 = "\uFEFF{\"civicwatch\": \"1\"}".getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16WithoutBom = "{\"civicwatch\": \"1\"}".getBytes(StandardCharsets.UTF_16BE);
        return Stream.of(
                both("nested arrays", ", \"notes\": " + "[".repeat(10_000), "Document nesting depth (33) exceeds the"
                        + " maximum allowed (32); civicwatch JSON sets this limit"),
                both("huge number", ", \"count\": {\"value\": 1" + "0".repeat(100) + "}", "Number value length (101)"
                        + " exceeds the maximum allowed (64)"),
                both("long number", ", \"count\": {\"value\": 1" + "0".repeat(30) + "}", "is too large for a whole"
                        + " number"),
                both("NaN", ", \"place\": {\"latitude\": NaN, \"longitude\": 1}", "NaN and Infinity are not JSON"
                        + " numbers; leave the value out instead"),
                both("duplicate key", ", \"device\": \"other\"", "member \"device\" appears twice in one object"),
                both("comment", " /* cam */", "a comment; JSON has none, remove it"),
                both("wrong type", ", \"notes\": 3", "expected a string, got the number 3"),
                both("unknown field", ", \"colour\": \"red\"", "unknown field 'colour' of Sighting"),
                both("bad date", ", \"observed\": \"2017-02-30\"", "2017-02 has 28 days"),
                both("lone surrogate in id", ", \"related\": [\"\\ud800\"]", "holds a lone surrogate (U+D800)"),
                both("lone surrogate in text", ", \"notes\": \"lone\\ud800surrogate\"",
                        "notes': holds a lone surrogate (U+D800) at character 5"),
                both("noncharacter in text", ", \"notes\": \"\\uffff\"", "holds U+FFFF at character 1, a noncharacter"),
                Stream.of(
                        Arguments.of("string of 100 MB", "json", utf8("{\"civicwatch\": \"1\", \"info\": {\"title\": \""
                                + HUGE + "\"}}"), "String value length"),
                        Arguments.of("line of 100 MB", "jsonl", utf8(String.format(LINE, ", \"notes\": \"" + HUGE
                                + "\"")), "the line is longer than 4194304 chars; raise the option max-record-length"),
                        Arguments.of("UTF-16 with BOM", "json", utf16, "the input is UTF-16 (it starts with a UTF-16"
                                + " byte order mark); JSON must be UTF-8 (RFC 8259): save the file as UTF-8"),
                        Arguments.of("UTF-16 with BOM", "jsonl", utf16, "the input is UTF-16"),
                        Arguments.of("UTF-16 without BOM", "json", utf16WithoutBom, "the input holds zero bytes, as"
                                + " UTF-16 and UTF-32 text does; JSON must be UTF-8"),
                        Arguments.of("UTF-16 without BOM", "jsonl", utf16WithoutBom, "the input holds zero bytes"),
                        Arguments.of("Latin-1", "json", new byte[] {'{', '"', (byte) 0xe9, '"', ':', '1', '}'},
                                "the input is not UTF-8 text (it holds bytes that are not UTF-8)"),
                        Arguments.of("only white space", "json", utf8(" \n"), "the input is empty; a civicwatch JSON"
                                + " document is an object"),
                        Arguments.of("array", "json", utf8("[]"), "the input starts with an array"),
                        Arguments.of("array", "jsonl", utf8("[]\n"), "a line must hold one JSON object"),
                        Arguments.of("trailing garbage", "json", utf8(String.format(DOC, "") + " garbage"),
                                "malformed JSON: Unrecognized token 'garbage'"),
                        Arguments.of("second document", "json", utf8(String.format(DOC, "") + " {}"),
                                "there is more after the end of the document: an object"),
                        Arguments.of("trailing garbage", "jsonl", utf8(String.format(LINE, "").trim() + " x\n"),
                                "malformed JSON: Unrecognized token 'x'"),
                        Arguments.of("truncated", "json", utf8("{\"civicwatch\": \"1\", \"sightings\": [{\"id\": \"s"),
                                "malformed JSON: Unexpected end-of-input"),
                        Arguments.of("truncated", "jsonl", utf8("{\"type\":\"sighting\",\"record\":{\"id\":\"s1\"\n"),
                                "malformed JSON: Unexpected end-of-input: expected close marker for Object"),
                        Arguments.of("version 2", "json", utf8("{\"civicwatch\": \"2\", \"sightings\": []}"),
                                "unsupported version \"2\": this reader reads civicwatch JSON version \"1\""),
                        Arguments.of("version 2", "jsonl", utf8("{\"type\":\"info\",\"civicwatch\":\"2\"}\n"),
                                "unsupported version the string \"2\": this reader reads civicwatch JSON version \"1\""),
                        Arguments.of("no version", "json", utf8("{\"sightings\": []}"), "the member \"civicwatch\":"
                                + " \"1\" is missing"),
                        Arguments.of("duplicate id", "json", utf8(String.format(DOC, "}, {\"id\": \"s1\", \"device\":"
                                + " \"other\"")), "duplicate id 's1': record 1 (line 1, /sightings/0) has it too"),
                        Arguments.of("missing device", "jsonl", utf8("{\"type\":\"sighting\",\"record\":{\"id\":\"s1\"}}"),
                                "field '/record/device': is required"))
        ).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("hostileInputs")
    void hostileInputEndsInALocatedDataExceptionAndNoOutput(String name, String ext, byte[] bytes, String expected)
            throws IOException {
        Path in = dir.resolve("input." + ext);
        write(in, bytes);
        DataException read = catchThrowableOfType(DataException.class, () -> CivicWatch.read(in));
        assertThat(read).as("reading %s", name).isNotNull();
        assertThat(read.getMessage()).startsWith("input." + ext + ":").contains(expected)
                .doesNotContain("Jackson", "Feature", "StreamReadConstraints", "`");
        assertThat(read.location().line()).isPositive();

        Path out = dir.resolve("output." + (ext.equals("json") ? "jsonl" : "json"));
        DataException converting = catchThrowableOfType(DataException.class, () -> CivicWatch.convert(in, out));
        assertThat(converting).as("converting %s", name).isNotNull();
        assertThat(converting.getMessage()).startsWith("input." + ext + ":").contains(expected);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no output, partial or temporary").containsExactly(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "jsonl"})
    void sampleWrittenByExtensionReadsBackEqualWithEdtfDatesAndLowerCaseEnums(String ext) throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        Path file = dir.resolve("gunma." + ext);
        CivicWatch.write(sample, file);
        String text = Files.readString(file);
        String colon = ext.equals("json") ? ": " : ":";
        assertThat(text).contains("\"device\"" + colon + "\"motion_sensor\"", "\"status\"" + colon + "\"alleged\"",
                "\"outcome\"" + colon + "\"partially_disclosed\"", "\"when\"" + colon + "\"2017-05-29T15:00+09:00\"",
                "\"filed\"" + colon + "\"2015-03-20\"", "\"floor\"" + colon + "\"3..30\"");
        assertThat(CivicWatch.read(file)).isEqualTo(sample);
    }

    @Test
    void prettyOptionInItsStringFormChoosesOneLine() throws IOException {
        Exporter json = CivicWatch.formats().exporter("json");
        assertThat(json.descriptor().options()).extracting(o -> o.name()).containsExactly("pretty", "grouped");
        assertThat(json.descriptor().options()).first().satisfies(o -> {
            assertThat(o.name()).isEqualTo("pretty");
            assertThat(o.defaultValue()).isEqualTo(true);
            assertThat(o.description()).contains("false writes the document on one line");
        });
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        Path compact = dir.resolve("compact.json");
        CivicWatch.write(sample, compact, "json", Options.parse(Map.of("pretty", "false"), json.descriptor().options()));
        Path pretty = dir.resolve("pretty.json");
        CivicWatch.write(sample, pretty);
        assertThat(Files.readAllLines(compact)).singleElement().asString().startsWith("{\"civicwatch\":\"1\",\"info\":{");
        assertThat(Files.readAllLines(pretty)).hasSizeGreaterThan(500).startsWith("{", "  \"civicwatch\": \"1\",",
                "  \"info\": {");
        assertThat(CivicWatch.read(compact)).isEqualTo(sample).isEqualTo(CivicWatch.read(pretty));
    }

    @Test
    void jsonLinesInAnyOrderConvertToAGroupedDocument() throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        List<CivicRecord> shuffled = typesBackwards(sample);
        Path lines = dir.resolve("reversed.jsonl");
        try (RecordWriter w = new JsonLinesExporter().open(lines, sample.info(), Options.EMPTY)) {
            for (CivicRecord r : shuffled) {
                w.write(r);
            }
        }
        assertThat(Files.readAllLines(lines)).as("not grouped by type").extracting(l -> l.substring(0, 15))
                .containsSubsequence("{\"type\":\"sighti", "{\"type\":\"incide");
        Path document = dir.resolve("grouped.json");
        CivicWatch.convert(lines, document);
        Path direct = dir.resolve("direct.json");
        CivicWatch.write(sample, direct);
        assertThat(Files.readString(document)).isEqualTo(Files.readString(direct));
    }
}
