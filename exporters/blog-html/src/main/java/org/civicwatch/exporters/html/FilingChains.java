package org.civicwatch.exporters.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicwatch.exporters.html.Words.Label;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.RecordType;
import org.civicwatch.model.When;
import org.jsoup.nodes.Element;

/**
 * The filings, oldest first, each with its chain of events, the legal outcome and, apart from it, what
 * really happened; the filing it follows from and those that follow it; and for a resident audit request the
 * day its result is due ({@link Deadlines}).
 */
final class FilingChains extends Section<Filing> {
    FilingChains(SectionParts parts) {
        super(parts, RecordType.FILING, Label.FILINGS);
    }

    @Override
    void fill(Element section, List<Filing> filings) {
        Map<String, List<String>> followers = new HashMap<>();
        for (Filing f : filings) {
            if (f.precededBy() != null) {
                followers.computeIfAbsent(f.precededBy(), k -> new ArrayList<>()).add(f.id());
            }
        }
        for (Filing f : SectionParts.byDate(filings, Filing::filed)) {
            filing(section.appendElement("article").addClass("cw-filing").attr("id", parts.anchors().of(f)), f,
                    followers.getOrDefault(f.id(), List.of()));
        }
    }

    private void filing(Element article, Filing f, List<String> followedBy) {
        article.appendElement("p").addClass("cw-badges").appendElement("span").addClass("cw-badge")
                .addClass("cw-kind").text(w.filingKind(f.kind()));
        article.appendElement("h3").text(w.filingTitle(f));
        Element facts = article.appendElement("dl").addClass("cw-facts");
        if (f.filed() != null) {
            parts.time(Html.fact(facts, w.label(Label.FILED)), f.filed());
        }
        if (f.filedBy() != null) {
            Html.fact(facts, w.label(Label.FILED_BY), w.party(f.filedBy()));
        }
        if (f.filedWith() != null) {
            Html.fact(facts, w.label(Label.FILED_WITH), w.party(f.filedWith()));
        }
        Html.fact(facts, w.label(Label.LEGAL_BASIS), f.legalBasis());
        Html.fact(facts, w.label(Label.SUBJECT), f.subject());
        Html.fact(facts, w.label(Label.REFERENCE), f.referenceNumber());
        if (f.precededBy() != null) {
            parts.anchors().link(Html.fact(facts, w.label(Label.FOLLOWS_FROM)), f.precededBy());
        }
        if (!followedBy.isEmpty()) {
            parts.anchors().links(Html.fact(facts, w.label(Label.FOLLOWED_BY)), followedBy);
        }
        events(article, f.events());
        if (f.outcome() != null) {
            labelled(article, "cw-outcome", Label.LEGAL_OUTCOME).appendElement("strong").text(w.outcome(f.outcome()));
        }
        if (f.remedy() != null) {
            labelled(article, "cw-remedy", Label.WHAT_HAPPENED).appendText(w.remedy(f.remedy()));
        }
        deadline(article, f);
        parts.connectionsBelow(article, f);
    }

    /** {@return a new paragraph of a class, opening with a label and a space} */
    private Element labelled(Element article, String className, Label label) {
        Element p = article.appendElement("p").addClass(className);
        p.appendElement("span").addClass("cw-label").text(w.label(label));
        return p.appendText(" ");
    }

    private void events(Element article, List<FilingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Element list = article.appendElement("ol").addClass("cw-events");
        for (FilingEvent e : events) {
            Element li = list.appendElement("li");
            if (e.when() != null) {
                parts.time(li, e.when());
                li.appendText(" ");
            }
            li.appendElement("strong").text(w.event(e.kind()));
            if (e.note() != null) {
                li.appendText(" " + e.note());
            }
            if (e.link() != null) {
                li.appendText(" ");
                Html.link(li, e.link().url(), w.linkTitle(e.link())).addClass("cw-source");
            }
        }
    }

    private void deadline(Element article, Filing f) {
        Optional<LocalDate> due = Deadlines.auditDecisionDue(f);
        if (due.isEmpty()) {
            return;
        }
        Element p = labelled(article, "cw-deadline", Label.AUDIT_RESULT_DUE);
        parts.time(p, When.of(due.get()));
        p.appendText(w.auditPeriod(Deadlines.AUDIT_DAYS));
        Optional<LocalDate> decided = Deadlines.decided(f);
        if (Deadlines.isOpen(f)) {
            p.appendText(w.label(Label.NOT_DECIDED_YET));
        } else if (decided.isPresent() && decided.get().isAfter(due.get())) {
            p.appendText(w.decidedAfterDeadline(When.of(decided.get())));
        }
    }
}
