package org.civicwatch.exporters.html;

import java.util.List;
import org.civicwatch.exporters.html.Words.Label;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.RecordType;
import org.jsoup.nodes.Element;

/**
 * The news as citations, oldest first: the headline (linked), the outlet, the time, the agency it came
 * through, the authors, an archived copy, the excerpt, and what the article is connected to.
 */
final class Citations extends Section<NewsReference> {
    Citations(SectionParts parts) {
        super(parts, RecordType.NEWS, Label.NEWS);
    }

    @Override
    void fill(Element section, List<NewsReference> news) {
        Element list = section.appendElement("ol").addClass("cw-citations");
        for (NewsReference n : SectionParts.byDate(news, NewsReference::published)) {
            citation(list.appendElement("li").attr("id", parts.anchors().of(n)), n);
        }
    }

    private void citation(Element li, NewsReference n) {
        Element cite = li.appendElement("cite").addClass("cw-headline");
        if (n.url() != null) {
            Html.link(cite, n.url(), n.headline());
        } else {
            cite.text(n.headline());
        }
        Element source = li.appendElement("span").addClass("cw-source");
        source.appendElement("span").addClass("cw-outlet").text(n.outlet());
        if (n.published() != null) {
            source.appendText(w.label(Label.COMMA));
            parts.time(source, n.published());
        }
        if (n.via() != null) {
            source.appendText(w.via(n.via()));
        }
        if (!n.authors().isEmpty()) {
            source.appendText(w.byAuthors(n.authors()));
        }
        if (n.archivedUrl() != null) {
            source.appendText(" ");
            Html.link(source, n.archivedUrl(), w.label(Label.ARCHIVED_COPY));
        }
        if (n.excerpt() != null) {
            Html.lines(li.appendElement("blockquote"), n.excerpt());
        }
        parts.connectionsBelow(li, n);
    }
}
