package org.civicwatch.exporters.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.When;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
    private static Filing audit(String filed) {
        return Filing.builder("a", FilingKind.RESIDENT_AUDIT_REQUEST).filed(When.parse(filed)).build();
    }

    @Test
    void anAuditRequestIsDueSixtyDaysAfterTheDayOfFilingWhichIsNotCounted() {
        assertThat(Deadlines.auditDecisionDue(SampleData.filings().get(1))).contains(LocalDate.of(2015, 5, 22));
        assertThat(Deadlines.auditDecisionDue(audit("2024-12-31"))).contains(LocalDate.of(2025, 3, 1));
        assertThat(Deadlines.auditDecisionDue(audit("2024-01-01"))).contains(LocalDate.of(2024, 3, 1));
        assertThat(Deadlines.auditDecisionDue(audit("2024-01-01T16:30+09:00"))).contains(LocalDate.of(2024, 3, 1));
    }

    @Test
    void hasNoDeadlineWithoutADayOfFilingOrForOtherKinds() {
        assertThat(Deadlines.auditDecisionDue(audit("2015-03"))).isEmpty();
        assertThat(Deadlines.auditDecisionDue(audit("2015-03-23~"))).isEmpty();
        assertThat(Deadlines.auditDecisionDue(audit("2015-03-20/2015-03-23"))).isEmpty();
        assertThat(Deadlines.auditDecisionDue(Filing.builder("a", FilingKind.RESIDENT_AUDIT_REQUEST).build())).isEmpty();
        assertThat(Deadlines.auditDecisionDue(SampleData.filings().get(0))).isEmpty();
    }

    @Test
    void aFilingIsOpenUntilDecidedOrWithdrawn() {
        assertThat(Deadlines.isOpen(audit("2015-03-23"))).isTrue();
        assertThat(Deadlines.isOpen(audit("2015-03-23").toBuilder().outcome(FilingOutcome.PENDING).build())).isTrue();
        assertThat(Deadlines.isOpen(audit("2015-03-23").toBuilder().event(new FilingEvent(FilingEventKind.WITHDRAWN,
                null, null, null)).build())).isFalse();
        assertThat(Deadlines.isOpen(SampleData.filings().get(1))).isFalse();
        assertThat(Deadlines.decided(SampleData.filings().get(1))).contains(LocalDate.of(2015, 5, 31));
    }
}
