package org.civicwatch.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicwatch.catalog.DatasetTree;
import org.civicwatch.model.Dataset;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class JsonTreesTest {

    @Test
    void parsesIntoTheTreeFormsJavaTypes() {
        Object tree = JsonTrees.parse("{\"b\": 1, \"a\": [2.5, true, null, \"x\"], \"big\": 1" + "0".repeat(30) + "}");
        assertThat(tree).isInstanceOf(LinkedHashMap.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) tree;
        assertThat(map.keySet()).containsExactly("b", "a", "big");
        assertThat(map.get("b")).isEqualTo(1L);
        assertThat(map.get("a")).isEqualTo(java.util.Arrays.asList(2.5, true, null, "x"));
        assertThat(map.get("big")).isEqualTo(new BigInteger("1" + "0".repeat(30)));
    }

    @Test
    void writesATreeCompactWithSlashesUnescapedAndReadsItBack() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("url", "https://example.jp/a");
        tree.put("n", 3L);
        tree.put("list", List.of(1.5, false));
        tree.put("none", null);
        String json = JsonTrees.toJson(tree);
        assertThat(json).isEqualTo("{\"url\":\"https://example.jp/a\",\"n\":3,\"list\":[1.5,false],\"none\":null}");
        assertThat(JsonTrees.parse(json)).isEqualTo(tree);
        assertThatThrownBy(() -> JsonTrees.toJson(Map.of("n", 3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Integer");
    }

    @Test
    void aWholeDatasetIsItsTreeAsJson() {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        String json = JsonTrees.toJson(DatasetTree.toTree(sample));
        assertThat(json).startsWith("{\"civicwatch\":\"1\",\"info\":{");
        assertThat(DatasetTree.fromTree(JsonTrees.parse(json))).isEqualTo(sample);
    }

    @Test
    void readLimitsAndMistakesAreExplainedInWords() {
        assertThat(explain("[".repeat(JsonMapping.MAX_NESTING_DEPTH + 1))).isEqualTo("the input passes a read limit:"
                + " Document nesting depth (33) exceeds the maximum allowed (32); civicwatch JSON sets this limit so"
                + " that a hostile file cannot exhaust memory (see 'Read limits' in the JSON importer's README)");
        assertThat(explain("{\"s\": \"" + "x".repeat(JsonMapping.MAX_STRING_LENGTH + 1) + "\"}"))
                .startsWith("the input passes a read limit: String value length");
        assertThat(explain("{\"" + "n".repeat(JsonMapping.MAX_NAME_LENGTH + 1) + "\": 1}"))
                .startsWith("the input passes a read limit: Name length");
        assertThat(explain("[1" + "0".repeat(JsonMapping.MAX_NUMBER_LENGTH) + "]"))
                .startsWith("the input passes a read limit: Number value length (65)");
        assertThat(explain("{\"a\": 1, \"a\": 2}")).isEqualTo("malformed JSON: member \"a\" appears twice in one"
                + " object; keep one");
        assertThat(explain("[NaN]")).endsWith("NaN and Infinity are not JSON numbers; leave the value out instead");
        assertThat(explain("[1] /* c */")).isEqualTo("malformed JSON: a comment; JSON has none, remove it");
        assertThat(explain("{\"a\" 1}")).startsWith("malformed JSON: Unexpected character").doesNotContain("enable");
    }

    @Test
    void aDocumentNestedPastTheLimitIsExplainedAsAReadLimit() {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThat(explain(deep)).contains("read limit");
    }

    private static String explain(String json) {
        JacksonException e = catchThrowableOfType(JacksonException.class, () -> JsonTrees.parse(json));
        assertThat(e).as("parsing %s", json.length() > 40 ? json.substring(0, 40) + "..." : json).isNotNull();
        return JsonMapping.explain(e);
    }
}
