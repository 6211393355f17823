package org.civicwatch.exporters.html;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Filing;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.Sighting;

/**
 * Leaves out the names of parties who are not public figures. A party known only by such a name is left
 * out whole: nothing about it would remain that the model accepts.
 */
final class PrivateNames {
    private int removed;

    /** {@return how many names were left out so far} */
    int removed() {
        return removed;
    }

    /** {@return the record without private names; the same record when it has none} */
    CivicRecord redact(CivicRecord record) {
        if (record instanceof Incident i) {
            List<Party> kept = new ArrayList<>();
            boolean changed = false;
            for (Party p : i.parties()) {
                Party r = redact(p);
                changed |= r != p;
                if (r != null) {
                    kept.add(r);
                }
            }
            if (!changed) {
                return i;
            }
            return new Incident(i.id(), i.title(), i.summary(), i.when(), i.place(), i.type(), i.status(), kept,
                    i.outcome(), i.related(), i.links(), i.tags(), i.provenance());
        }
        if (record instanceof Sighting s && s.observer() != null) {
            Party r = redact(s.observer());
            return r == s.observer() ? s : s.toBuilder().observer(r).build();
        }
        if (record instanceof Filing f && (f.filedBy() != null || f.filedWith() != null)) {
            Party by = f.filedBy() == null ? null : redact(f.filedBy());
            Party with = f.filedWith() == null ? null : redact(f.filedWith());
            return by == f.filedBy() && with == f.filedWith() ? f : f.toBuilder().filedBy(by).filedWith(with).build();
        }
        return record;
    }

    /** The party without a private name: the same party, a copy without the name, or null if nothing is left. */
    @CheckForNull
    private Party redact(Party p) {
        // Only people have private names: an organisation's or a group's name is public whatever the flag says.
        if (p.kind() != PartyKind.PERSON || p.publicFigure() || p.name() == null) {
            return p;
        }
        removed++;
        if (p.title() == null && p.organisation() == null) {
            return null;
        }
        return new Party(p.kind(), null, p.title(), p.organisation(), p.size(), p.role(), false);
    }
}
