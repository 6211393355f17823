package org.civicwatch.exporters.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicwatch.exporters.html.Words.Label;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.RecordType;
import org.jsoup.nodes.Element;

/**
 * The incidents as a timeline, oldest first: date, title, status and type, summary, place, parties by role,
 * outcome, and what the incident is connected to.
 */
final class Timeline extends Section<Incident> {
    Timeline(SectionParts parts) {
        super(parts, RecordType.INCIDENT, Label.INCIDENTS);
    }

    @Override
    void fill(Element section, List<Incident> incidents) {
        Element timeline = section.appendElement("ol").addClass("cw-timeline");
        for (Incident i : SectionParts.byDate(incidents, Incident::when)) {
            incident(timeline.appendElement("li").addClass("cw-incident").attr("id", parts.anchors().of(i)), i);
        }
    }

    private void incident(Element item, Incident i) {
        Element when = item.appendElement("p").addClass("cw-when");
        if (i.when() != null) {
            parts.time(when, i.when());
        } else {
            when.text(w.label(Label.DATE_UNKNOWN));
        }
        item.appendElement("h3").text(i.title());
        badges(item, i);
        if (i.summary() != null) {
            Html.lines(item.appendElement("p").addClass("cw-summary"), i.summary());
        }
        Element facts = item.appendElement("dl").addClass("cw-facts");
        if (i.place() != null) {
            Html.fact(facts, w.label(Label.PLACE), w.place(i.place()));
        }
        parties(facts, i.parties());
        if (i.outcome() != null) {
            Html.fact(facts, w.label(Label.OUTCOME)).appendElement("strong").text(i.outcome());
        }
        parts.connections(facts, i);
    }

    /** The status and the type, in words; the type's code stays in {@code data-type}. */
    private void badges(Element item, Incident i) {
        Element badges = item.appendElement("p").addClass("cw-badges");
        if (i.status() != null) {
            badges.appendElement("span").addClass("cw-badge")
                    .addClass("cw-status-" + i.status().name().toLowerCase(Locale.ROOT)).text(w.status(i.status()));
        }
        if (i.type() != null) {
            badges.appendText(" ").appendElement("span").addClass("cw-badge").addClass("cw-type")
                    .attr("data-type", i.type()).text(w.incidentType(i.type()));
        }
        if (badges.childrenSize() == 0) {
            badges.remove();
        }
    }

    /** The parties by role, in the order of {@link PartyRole}, those without a role last. */
    private void parties(Element facts, List<Party> parties) {
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (PartyRole role : PartyRole.values()) {
            byRole.put(w.role(role), new ArrayList<>());
        }
        byRole.put(w.role(null), new ArrayList<>());
        for (Party p : parties) {
            byRole.get(w.role(p.role())).add(w.party(p));
        }
        byRole.forEach((role, who) -> {
            if (!who.isEmpty()) {
                Html.fact(facts, role, w.list(who));
            }
        });
    }
}
