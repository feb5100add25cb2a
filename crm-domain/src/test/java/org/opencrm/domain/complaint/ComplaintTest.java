package org.opencrm.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.value.grid.RelationshipTier;

class ComplaintTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private final Complaint opened = Complaint.open(ComplaintId.of("c-1"), CustomerId.of("ann"), T0, "Delivery",
            Severity.HIGH, "parcel lost");

    @Test
    void aCaseGoesOpenInProgressResolvedClosedAndMayBeReopened() {
        Complaint working = opened.moveTo(ComplaintStatus.IN_PROGRESS, T0.plusSeconds(3600), Optional.empty());
        Complaint resolved = working.moveTo(ComplaintStatus.RESOLVED, T0.plus(Duration.ofHours(30)),
                Optional.of("resent"));
        assertThat(resolved.resolutionTime()).contains(Duration.ofHours(30));
        Complaint reopened = resolved.moveTo(ComplaintStatus.OPEN, T0.plus(Duration.ofDays(3)), Optional.empty());
        assertThat(reopened.resolvedAt()).isEmpty();
        assertThat(reopened.reopened()).isOne();
        Complaint again = reopened.moveTo(ComplaintStatus.IN_PROGRESS, T0.plus(Duration.ofDays(3)), Optional.empty())
                .moveTo(ComplaintStatus.RESOLVED, T0.plus(Duration.ofDays(4)), Optional.of("refunded"))
                .moveTo(ComplaintStatus.CLOSED, T0.plus(Duration.ofDays(5)), Optional.empty());
        // From the first opening to the last resolution: 4 days; closing keeps the resolution.
        assertThat(again.resolutionTime()).contains(Duration.ofDays(4));
        assertThat(again.resolution()).contains("refunded");
        assertThat(again.category()).isEqualTo("delivery");
    }

    @Test
    void anIllegalMoveOrATimeBeforeTheLastChangeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> opened.moveTo(ComplaintStatus.CLOSED, T0, Optional.empty()))
                .hasMessage("'status' cannot go from open to closed (allowed: [in-progress])");
        Complaint working = opened.moveTo(ComplaintStatus.IN_PROGRESS, T0, Optional.empty());
        assertThatThrownBy(() -> working.moveTo(ComplaintStatus.RESOLVED, T0, Optional.empty()))
                .hasMessageContaining("'resolution' is required");
        assertThatThrownBy(() -> working.moveTo(ComplaintStatus.RESOLVED, T0.minusSeconds(1), Optional.of("x")))
                .hasMessageContaining("'at'");
        assertThatThrownBy(() -> ComplaintStatus.ofCode("done")).hasMessageContaining("open, in-progress, resolved, closed");
    }

    @Test
    void overdueIsUnresolvedPastTheTiersDeadline() {
        Duration strategic = ComplaintSla.DEFAULT.of(Optional.of(RelationshipTier.STRATEGIC));
        assertThat(strategic).isEqualTo(Duration.ofHours(24));
        assertThat(ComplaintSla.DEFAULT.of(Optional.empty())).isEqualTo(Duration.ofHours(72));
        assertThat(opened.isOverdue(strategic, T0.plus(Duration.ofHours(25)))).isTrue();
        assertThat(opened.isOverdue(strategic, T0.plus(Duration.ofHours(23)))).isFalse();
        Complaint resolved = opened.moveTo(ComplaintStatus.IN_PROGRESS, T0, Optional.empty())
                .moveTo(ComplaintStatus.RESOLVED, T0.plus(Duration.ofHours(2)), Optional.of("ok"));
        assertThat(resolved.isOverdue(strategic, T0.plus(Duration.ofDays(9)))).isFalse();
    }

    @Test
    void aFollowUpIsOverdueAfterItsDueDayAndIsDoneOnce() {
        FollowUp f = new FollowUp(FollowUpId.of("f-1"), CustomerId.of("ann"), LocalDate.of(2024, 5, 10),
                Optional.of("desk-7"), FollowUp.AFTER_COMPLAINT, T0, Optional.empty());
        assertThat(f.isOverdue(LocalDate.of(2024, 5, 10))).isFalse();
        assertThat(f.isOverdue(LocalDate.of(2024, 5, 11))).isTrue();
        FollowUp done = f.done(T0.plus(Duration.ofDays(12)));
        assertThat(done.isOverdue(LocalDate.of(2024, 6, 1))).isFalse();
        assertThatThrownBy(() -> done.done(T0)).hasMessageContaining("done already");
        assertThat(FollowUpCadence.DEFAULT.daysFor(Optional.of(RelationshipTier.RISK))).isEmpty();
        assertThat(FollowUpCadence.DEFAULT.daysFor(Optional.of(RelationshipTier.STRATEGIC))).contains(7);
    }
}
