package org.civicwatch.exporters.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Filing;
import org.civicwatch.model.Incident;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.RecordType;
import org.civicwatch.model.Sighting;
import org.jsoup.nodes.Element;

/** Where each record stands on the page (its element id), and links to it from other records. */
final class Anchors {
    /** Record ids usable as they are in an element id and a {@code #fragment}. */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    private final Words w;
    /** The element id of each record, and of each record id (its first record). */
    private final Map<CivicRecord, String> anchors = new IdentityHashMap<>();
    private final Map<String, String> anchorsById = new HashMap<>();
    private final Map<String, String> namesById = new HashMap<>();

    Anchors(Dataset dataset, Words words) {
        this.w = words;
        Set<String> used = new HashSet<>();
        for (RecordType type : RecordType.values()) {
            List<? extends CivicRecord> records = dataset.records(type);
            for (int i = 0; i < records.size(); i++) {
                CivicRecord r = records.get(i);
                String anchor = "r-" + r.id();
                if (!PLAIN_ID.matcher(r.id()).matches() || !used.add(anchor)) {
                    anchor = "r_" + type.singular() + (i + 1);
                    used.add(anchor);
                }
                anchors.put(r, anchor);
                anchorsById.putIfAbsent(r.id(), anchor);
                namesById.putIfAbsent(r.id(), name(r));
            }
        }
    }

    /** {@return the element id of a record of the page} */
    String of(CivicRecord record) {
        return anchors.get(record);
    }

    /** Links to records on this page, one after another. */
    void links(Element parent, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                parent.appendText(w.label(Words.Label.LIST_SEPARATOR));
            }
            link(parent, ids.get(i));
        }
    }

    /** A link to a record on this page, or its id as text when the page does not hold it. */
    void link(Element parent, String id) {
        String anchor = anchorsById.get(id);
        if (anchor == null) {
            parent.appendElement("span").text(id);
        } else {
            parent.appendElement("a").attr("href", "#" + anchor).text(namesById.get(id));
        }
    }

    /** What a link to the record reads. */
    private String name(CivicRecord r) {
        if (r instanceof Incident i) {
            return i.title();
        }
        if (r instanceof Filing f) {
            return w.filingTitle(f);
        }
        if (r instanceof NewsReference n) {
            return n.headline();
        }
        Sighting s = (Sighting) r;
        return (s.place() == null ? "" : w.place(s.place()) + " ") + w.device(s.device());
    }
}
