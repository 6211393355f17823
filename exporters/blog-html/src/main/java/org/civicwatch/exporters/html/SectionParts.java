package org.civicwatch.exporters.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.civicwatch.exporters.html.Words.Label;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Link;
import org.civicwatch.model.When;
import org.jsoup.nodes.Element;

/** What every section of the page uses: dates, links, and the records a record is connected to. */
final class SectionParts {
    private final Words w;
    private final Anchors anchors;

    SectionParts(Words words, Anchors anchors) {
        this.w = words;
        this.anchors = anchors;
    }

    Words words() {
        return w;
    }

    Anchors anchors() {
        return anchors;
    }

    /** A {@code <time>}, machine-readable where HTML can say it (a single exact date or time). */
    void time(Element parent, When when) {
        boolean exact = !when.isInterval() && !when.isApproximate() && !when.isUncertain();
        Html.time(parent, w.date(when), exact ? when.edtf() : null);
    }

    /** A list of links, each with its date when known. */
    void links(Element parent, List<Link> links) {
        Element list = parent.appendElement("ul").addClass("cw-links");
        for (Link l : links) {
            Element li = list.appendElement("li");
            Html.link(li, l.url(), w.linkTitle(l));
            if (l.published() != null) {
                li.appendText(" ");
                time(li.appendElement("small"), l.published());
            }
        }
    }

    /** The record's related records (links within the page) and its links, as facts. */
    void connections(Element facts, CivicRecord r) {
        List<String> ids = r.related();
        if (!ids.isEmpty()) {
            anchors.links(Html.fact(facts, w.label(Label.RELATED)), ids);
        }
        if (!r.links().isEmpty()) {
            links(Html.fact(facts, w.label(Label.LINKS)), r.links());
        }
    }

    /** The record's connections in a {@code <dl>} of their own at the end of the parent, if it has any. */
    void connectionsBelow(Element parent, CivicRecord r) {
        Element more = new Element("dl").addClass("cw-facts");
        connections(more, r);
        Html.appendIfFilled(parent, more);
    }

    /** Records sorted by a date, undated ones last, ties in dataset order. */
    static <R> List<R> byDate(List<R> records, Function<R, When> date) {
        List<R> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(date, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }
}
