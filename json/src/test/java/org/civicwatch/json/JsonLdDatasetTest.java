package org.civicwatch.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.civicwatch.catalog.DatasetTree;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Incident;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;

class JsonLdDatasetTest {

    @Test
    void isASchemaOrgDatasetHoldingTheDatasetTree() {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        Map<String, Object> tree = JsonLdDataset.toTree(sample);
        assertThat(tree.keySet()).containsExactly("@context", "@type", "name", "civicwatch", "info", "incidents",
                "sightings", "filings", "news");
        assertThat(tree).containsEntry("@context", "https://schema.org").containsEntry("@type", "Dataset")
                .containsEntry("name", sample.info().title());
        assertThat(DatasetTree.fromTree(tree)).isEqualTo(sample);
        assertThat(JsonLdDataset.toTree(Dataset.empty(DatasetInfo.EMPTY))).doesNotContainKey("name");
    }

    @Test
    void scriptTextCannotEndTheScriptAndReadsBackAsTheSameDataset() {
        Dataset hostile = Dataset.builder(DatasetInfo.titled("</script><!-- <b>"))
                .add(Incident.builder("i1").title("</SCRIPT>").summary("a <!-- b").build()).build();
        String text = JsonLdDataset.scriptText(hostile);
        assertThat(text).doesNotContain("<").contains("\\u003c/script>", "\\u003c/SCRIPT>", "\\u003c!--");
        assertThat(DatasetTree.fromTree(JsonTrees.parse(text))).isEqualTo(hostile);
        assertThat(JsonLdDataset.scriptText("{\"a\": \"<\"}")).isEqualTo("{\"a\": \"\\u003c\"}");
        assertThat(JsonTrees.parse(JsonLdDataset.scriptText("[\"<\"]"))).isEqualTo(List.of("<"));
    }
}
