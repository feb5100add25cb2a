package org.opencrm.application.service.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrm.domain.fixtures.TestPurchases.aPurchase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.FactNotFoundException;
import org.opencrm.application.error.IdConflictException;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.complaint.ComplaintReport;
import org.opencrm.application.port.in.complaint.ComplaintReportUseCase;
import org.opencrm.application.port.in.complaint.ComplaintStanding;
import org.opencrm.application.port.in.complaint.CompleteFollowUpUseCase;
import org.opencrm.application.port.in.complaint.FindComplaintsUseCase;
import org.opencrm.application.port.in.complaint.FindFollowUpsUseCase;
import org.opencrm.application.port.in.complaint.OpenComplaintUseCase;
import org.opencrm.application.port.in.complaint.ScheduleFirstPurchaseFollowUpsUseCase;
import org.opencrm.application.port.in.complaint.UpdateComplaintUseCase;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.ComplaintStatus;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.Severity;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;

class ComplaintServiceTest {

    private static final CustomerId ANN = CustomerId.of("ann");
    private final FakeApplication app = new FakeApplication();
    private final OpenComplaintUseCase open = app.useCase(OpenComplaintUseCase.class);
    private final UpdateComplaintUseCase update = app.useCase(UpdateComplaintUseCase.class);

    @BeforeEach
    void aCustomer() {
        app.storage().customers().save(Customer.named(ANN, "Ann", Instant.parse("2024-01-01T00:00:00Z")));
    }

    private void opened(String id, String at, String category) {
        open.open(new OpenComplaintUseCase.Command(Optional.of(ComplaintId.of(id)), ANN, Optional.of(Instant.parse(at)),
                category, Severity.MEDIUM, "late"));
    }

    private UpdateComplaintUseCase.Result move(String id, ComplaintStatus status, String at, String resolution) {
        return update.update(new UpdateComplaintUseCase.Command(ComplaintId.of(id), status,
                Optional.of(Instant.parse(at)), Optional.ofNullable(resolution)));
    }

    @Test
    void resolvingSchedulesTheRevisitOfTheUntieredCadenceAndAnIllegalMoveWritesNothing() {
        opened("k-1", "2024-05-01T08:00:00Z", "delivery");
        move("k-1", ComplaintStatus.IN_PROGRESS, "2024-05-01T09:00:00Z", null);
        assertThatThrownBy(() -> move("k-1", ComplaintStatus.CLOSED, "2024-05-01T10:00:00Z", null))
                .hasMessageContaining("cannot go from in-progress to closed");
        UpdateComplaintUseCase.Result resolved = move("k-1", ComplaintStatus.RESOLVED, "2024-05-02T08:00:00Z", "resent");
        // No value fits: untiered, revisited 14 days after the resolution.
        assertThat(resolved.followUp()).map(FollowUp::dueOn).contains(LocalDate.of(2024, 5, 16));
        assertThat(resolved.followUp()).map(f -> f.id().value()).contains("complaint:k-1:0");
        assertThat(app.storage().followUps().count()).isOne();
        assertThatThrownBy(() -> move("k-9", ComplaintStatus.IN_PROGRESS, "2024-05-02T08:00:00Z", null))
                .isInstanceOf(FactNotFoundException.class).hasMessage("no complaint k-9");
        // Replaying the opening answers with the case as it now stands; other content under its id is refused.
        assertThat(open.open(new OpenComplaintUseCase.Command(Optional.of(ComplaintId.of("k-1")), ANN,
                Optional.of(Instant.parse("2024-05-01T08:00:00Z")), "delivery", Severity.MEDIUM, "late")).created())
                .isFalse();
        assertThatThrownBy(() -> opened("k-1", "2024-05-01T08:00:00Z", "billing")).isInstanceOf(IdConflictException.class);
    }

    @Test
    void asOfADateCasesResolvedLaterStillCountAsOpenAndOverduePastTheDeadline() {
        opened("k-1", "2024-05-01T00:00:00Z", "delivery"); // resolved after 10 h
        move("k-1", ComplaintStatus.IN_PROGRESS, "2024-05-01T01:00:00Z", null);
        move("k-1", ComplaintStatus.RESOLVED, "2024-05-01T10:00:00Z", "ok");
        opened("k-2", "2024-05-01T00:00:00Z", "delivery"); // resolved after 100 h: past the 72 h deadline
        move("k-2", ComplaintStatus.IN_PROGRESS, "2024-05-01T01:00:00Z", null);
        move("k-2", ComplaintStatus.RESOLVED, "2024-05-05T04:00:00Z", "ok");
        opened("k-3", "2024-05-01T12:00:00Z", "billing"); // never resolved
        opened("k-4", "2024-06-01T00:00:00Z", "billing"); // after the as-of date

        List<ComplaintStanding> onThe4th = app.useCase(FindComplaintsUseCase.class).find(
                new FindComplaintsUseCase.Query(Optional.empty(), false, true, Optional.of(LocalDate.of(2024, 5, 4))));
        // By the end of 4 May (96 h after k-2 opened, 84 h after k-3): both unresolved and past 72 h.
        assertThat(onThe4th).extracting(s -> s.complaint().id().value()).containsExactly("k-2", "k-3");

        ComplaintReport r = app.useCase(ComplaintReportUseCase.class).report(Optional.of(LocalDate.of(2024, 5, 31)));
        assertThat(r.tiered()).isFalse();
        // Resolution times 10 h and 100 h: median 55 h; one of two within the SLA.
        assertThat(r.total()).isEqualTo(new ComplaintReport.ComplaintTotals(3, 1, 1, 2, 55.0, new java.math.BigDecimal("0.5000")));
        assertThat(r.rows()).extracting(ComplaintReport.ComplaintRow::category).containsExactly("billing", "delivery");
        assertThat(r.rows().get(0).slaHours()).isEqualTo(72);
    }

    @Test
    void followUpsAfterFirstPurchasesAreScheduledOnceAndFoundWhenOverdue() {
        app.storage().purchases().add(aPurchase("p-1", ANN, LocalDate.of(2024, 12, 20), "10.00"));
        ScheduleFirstPurchaseFollowUpsUseCase schedule = app.useCase(ScheduleFirstPurchaseFollowUpsUseCase.class);
        assertThat(schedule.schedule(Optional.of(LocalDate.of(2024, 12, 31)), 30))
                .isEqualTo(new ScheduleFirstPurchaseFollowUpsUseCase.Result(1, 0, 0));
        assertThat(schedule.schedule(Optional.of(LocalDate.of(2024, 12, 31)), 30))
                .isEqualTo(new ScheduleFirstPurchaseFollowUpsUseCase.Result(0, 1, 0));
        FindFollowUpsUseCase find = app.useCase(FindFollowUpsUseCase.class);
        // Due 14 days after 20 December: 3 January; overdue from the 4th.
        assertThat(find.find(new FindFollowUpsUseCase.Query(Optional.empty(), true, true,
                Optional.of(LocalDate.of(2025, 1, 3))))).isEmpty();
        List<FollowUp> overdue = find.find(new FindFollowUpsUseCase.Query(Optional.empty(), true, true,
                Optional.of(LocalDate.of(2025, 1, 4))));
        assertThat(overdue).extracting(f -> f.id().value()).containsExactly("first-purchase:ann");
        app.useCase(CompleteFollowUpUseCase.class).complete(overdue.get(0).id(), Optional.empty());
        assertThat(find.find(new FindFollowUpsUseCase.Query(Optional.of(ANN), true, false, Optional.empty()))).isEmpty();
        assertThatThrownBy(() -> app.useCase(CompleteFollowUpUseCase.class).complete(overdue.get(0).id(),
                Optional.empty())).hasMessageContaining("done already");
    }
}
