package org.civicwatch.exporters.html;

import org.civicwatch.exporters.html.Words.Label;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.RecordType;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The page of one dataset, put together as a jsoup DOM: the header, one section per record type (a
 * {@link Timeline}, {@link FloorTable}s, {@link FilingChains}, {@link Citations}), the footer, the style sheet
 * and the embedded data.
 */
final class Page {
    private final Dataset dataset;
    private final Words w;
    private final int namesLeftOut;
    private final SectionParts parts;

    private Page(Dataset dataset, Words words, int namesLeftOut) {
        this.dataset = dataset;
        this.w = words;
        this.namesLeftOut = namesLeftOut;
        this.parts = new SectionParts(words, new Anchors(dataset, words));
    }

    /**
     * The page (or fragment) of a dataset, as text.
     *
     * @param namesLeftOut how many private names were left out, said in the footer when not 0
     */
    static String render(Dataset dataset, PageSettings settings, int namesLeftOut) {
        return new Page(dataset, new Words(settings.labels()), namesLeftOut).render(settings.fragment());
    }

    private String render(boolean fragment) {
        Document doc = Html.shell();
        DatasetInfo info = dataset.info();
        String lang = info.language() != null ? info.language() : w.languageTag();
        Element root = doc.body().appendElement("div").addClass("civicwatch").attr("lang", lang);
        Element script = EmbeddedJsonLd.script(dataset);
        Element style = new Element("style").appendChild(new DataNode(Style.CSS));
        if (fragment) {
            root.appendChild(style);
        } else {
            doc.prependChild(new DocumentType("html", "", ""));
            doc.selectFirst("html").attr("lang", lang);
            Element head = doc.head();
            head.appendElement("meta").attr("charset", "utf-8");
            head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
            head.appendElement("title").text(title(info));
            head.appendChild(style);
            head.appendChild(script);
            root.removeAttr("lang");
        }
        header(root);
        new Timeline(parts).append(root, dataset.incidents());
        new FloorTable(parts).append(root, dataset.sightings());
        new FilingChains(parts).append(root, dataset.filings());
        new Citations(parts).append(root, dataset.news());
        footer(root);
        if (fragment) {
            root.appendChild(script);
            return root.outerHtml() + "\n";
        }
        return doc.outerHtml() + "\n";
    }

    private String title(DatasetInfo info) {
        return info.title() != null ? info.title() : w.label(Label.DATASET);
    }

    /** The title, description and facts of the dataset, and the contents: how many records of each type. */
    private void header(Element root) {
        DatasetInfo info = dataset.info();
        Element header = root.appendElement("header").addClass("cw-header");
        header.appendElement("h1").text(title(info));
        if (info.description() != null) {
            Html.lines(header.appendElement("p").addClass("cw-description"), info.description());
        }
        Element facts = new Element("dl").addClass("cw-facts");
        Html.fact(facts, w.label(Label.PUBLISHER), info.publisher());
        if (info.license() != null) {
            Html.link(Html.fact(facts, w.label(Label.LICENCE)), info.license(), info.license());
        }
        if (info.created() != null) {
            parts.time(Html.fact(facts, w.label(Label.CREATED)), info.created());
        }
        if (!info.sources().isEmpty()) {
            parts.links(Html.fact(facts, w.label(Label.SOURCES)), info.sources());
        }
        Html.appendIfFilled(header, facts);
        Element contents = new Element("ul");
        for (RecordType type : RecordType.values()) {
            int n = dataset.records(type).size();
            if (n > 0) {
                contents.appendElement("li").appendElement("a").attr("href", "#s-" + type.plural())
                        .text(w.tally(type, n));
            }
        }
        if (contents.childrenSize() > 0) {
            header.appendElement("nav").addClass("cw-contents").appendChild(contents);
        }
    }

    private void footer(Element root) {
        Element footer = root.appendElement("footer").addClass("cw-footer");
        if (namesLeftOut > 0) {
            footer.appendElement("p").text(w.privateNamesLeftOut(namesLeftOut));
        }
        footer.appendElement("p").text(w.label(Label.EMBEDDED_DATA));
    }
}
