package org.civicwatch.exporters.html;

import org.civicwatch.importers.html.EmbeddedDataset;
import org.civicwatch.model.Dataset;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole dataset as the page's {@code <script type="application/ld+json">}, per {@link EmbeddedDataset},
 * so the blog HTML importer reads the page back as the dataset it was written from.
 */
final class EmbeddedJsonLd {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EmbeddedJsonLd() {
    }

    /** {@return a new script element carrying the dataset} */
    static Element script(Dataset dataset) {
        return new Element("script").attr("type", "application/ld+json")
                .appendChild(new DataNode(EmbeddedDataset.scriptText(JSON.writeValueAsString(
                        EmbeddedDataset.toTree(dataset)))));
    }
}
