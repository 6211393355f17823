package org.civicwatch.exporters.html;

import java.time.LocalDate;
import java.util.Optional;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.When;

/**
 * The legal deadlines this exporter can compute, and only those: the audit committee must decide a
 * resident audit request (住民監査請求, Local Autonomy Act Art. 242) within 60 days of the request, the
 * first day not counted (Civil Code Art. 140). Disclosure requests are left out on purpose: their period
 * depends on the ordinance (national law 30 days, many prefectures 15) and excludes the days corrections
 * took, which the model does not record precisely enough to count.
 */
final class Deadlines {
    /** Days the audit committee has to decide a resident audit request. */
    static final int AUDIT_DAYS = 60;

    private Deadlines() {
    }

    /**
     * {@return the last day for the audit committee's decision, if the filing is a resident audit request
     * filed on a known day}
     */
    static Optional<LocalDate> auditDecisionDue(Filing filing) {
        if (filing.kind() != FilingKind.RESIDENT_AUDIT_REQUEST || filing.filed() == null
                || filing.filed().isInterval() || filing.filed().precision().compareTo(When.Precision.DAY) < 0
                || filing.filed().isApproximate() || filing.filed().isUncertain()) {
            return Optional.empty();
        }
        // The day of filing is not counted, so the 60th day is 60 days after it.
        return filing.filed().firstDay().map(d -> d.plusDays(AUDIT_DAYS));
    }

    /** {@return the first day the filing was decided on, from its events; empty while undecided or undated} */
    static Optional<LocalDate> decided(Filing filing) {
        for (FilingEvent e : filing.events()) {
            if (e.kind() == FilingEventKind.DECIDED && e.when() != null && !e.when().isInterval()) {
                return e.when().firstDay();
            }
        }
        return Optional.empty();
    }

    /** {@return whether the filing is still open: no outcome but pending, no decision, not withdrawn} */
    static boolean isOpen(Filing filing) {
        return (filing.outcome() == null || filing.outcome() == FilingOutcome.PENDING)
                && filing.events().stream().noneMatch(e -> e.kind() == FilingEventKind.DECIDED
                        || e.kind() == FilingEventKind.WITHDRAWN);
    }
}
