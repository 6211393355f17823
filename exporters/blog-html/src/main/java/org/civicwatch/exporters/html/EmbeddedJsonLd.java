package org.civicwatch.exporters.html;

import org.civicwatch.json.JsonLdDataset;
import org.civicwatch.model.Dataset;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * The whole dataset as the page's {@code <script type="application/ld+json">}, per {@link JsonLdDataset}
 * (written with civicwatch-json's one Jackson set-up), so the blog HTML importer reads the page back as
 * the dataset it was written from.
 */
final class EmbeddedJsonLd {
    private EmbeddedJsonLd() {
    }

    /** {@return a new script element carrying the dataset} */
    static Element script(Dataset dataset) {
        return new Element("script").attr("type", "application/ld+json")
                .appendChild(new DataNode(JsonLdDataset.scriptText(dataset)));
    }
}
