package org.civicwatch.exporters.html;

import java.util.List;
import org.civicwatch.exporters.html.Words.Label;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.RecordType;
import org.jsoup.nodes.Element;

/**
 * One section of the page, holding the records of one type: a {@code <section>} with its heading, which the
 * contents line links to, and left out when there are no records.
 *
 * @param <R> the records it shows
 */
abstract sealed class Section<R extends CivicRecord> permits Timeline, FloorTable, FilingChains, Citations {
    protected final SectionParts parts;
    protected final Words w;
    private final RecordType type;
    private final Label heading;

    Section(SectionParts parts, RecordType type, Label heading) {
        this.parts = parts;
        this.w = parts.words();
        this.type = type;
        this.heading = heading;
    }

    /** Appends the section of the records, if there are any. */
    final void append(Element root, List<R> records) {
        if (records.isEmpty()) {
            return;
        }
        Element section = root.appendElement("section").addClass("cw-" + type.plural()).attr("id", "s-" + type.plural());
        section.appendElement("h2").text(w.label(heading));
        fill(section, records);
    }

    /** Fills the section, which holds its heading, with records (at least one). */
    abstract void fill(Element section, List<R> records);
}
