package org.opencrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.ComplaintStatus;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.domain.complaint.Severity;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.fixtures.TestCustomers;

/**
 * Contract of {@link org.opencrm.application.port.out.ComplaintRepository} and
 * {@link org.opencrm.application.port.out.FollowUpRepository}: every backend passes it.
 */
public abstract class ComplaintRepositoryContract extends StorageContract {

    private static final CustomerId ANN = CustomerId.of("c-ann");
    private static final CustomerId BOB = CustomerId.of("c-bob");
    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123Z");

    @BeforeEach
    void twoCustomers() {
        customers().save(TestCustomers.aCustomer("c-ann", "Ann", "ann"));
        customers().save(TestCustomers.aCustomer("c-bob", "Bob", "bob"));
    }

    private static Complaint complaint(String id, CustomerId customer, Instant at) {
        return Complaint.open(ComplaintId.of(id), customer, at, "delivery", Severity.CRITICAL, "包裹丢了 🐉");
    }

    @Test
    void aCaseIsKeptExactlyThroughEveryChangeOfItsStatus() {
        Complaint opened = complaint("k-1", ANN, T0);
        assertThat(storage().complaints().add(opened)).isTrue();
        assertThat(storage().complaints().add(complaint("k-1", BOB, T0))).isFalse();
        assertThat(storage().complaints().findById(ComplaintId.of("k-1"))).contains(opened);
        Complaint resolved = opened.moveTo(ComplaintStatus.IN_PROGRESS, T0.plusSeconds(60), Optional.empty())
                .moveTo(ComplaintStatus.RESOLVED, T0.plusSeconds(7200), Optional.of("resent, with an apology"));
        storage().complaints().update(resolved);
        assertThat(storage().complaints().findById(ComplaintId.of("k-1"))).contains(resolved);
        Complaint reopened = resolved.moveTo(ComplaintStatus.OPEN, T0.plusSeconds(9000), Optional.empty());
        storage().complaints().update(reopened);
        assertThat(storage().complaints().findById(ComplaintId.of("k-1"))).contains(reopened);
        assertThatThrownBy(() -> storage().complaints().update(complaint("k-404", ANN, T0)))
                .hasMessageContaining("k-404");
    }

    @Test
    void casesAreReadPerCustomerInTimeAndWholeInIdOrder() {
        storage().complaints().add(complaint("k-3", ANN, T0.plusSeconds(10)));
        storage().complaints().add(complaint("k-1", ANN, T0.plusSeconds(20)));
        storage().complaints().add(complaint("k-2", BOB, T0));
        assertThat(storage().complaints().findByCustomer(ANN)).extracting(c -> c.id().value()).containsExactly("k-3", "k-1");
        List<String> all = new ArrayList<>();
        storage().complaints().forEachComplaint(c -> all.add(c.id().value()));
        assertThat(all).containsExactly("k-1", "k-2", "k-3");
        assertThat(storage().complaints().findAfter(Optional.of(ComplaintId.of("k-1")), 1))
                .extracting(c -> c.id().value()).containsExactly("k-2");
        assertThat(storage().complaints().count()).isEqualTo(3);
    }

    @Test
    void followUpsAreIdempotentByIdAndMarkedDone() {
        FollowUp f = new FollowUp(FollowUpId.of("complaint:k-1:resolved"), ANN, LocalDate.of(2024, 3, 8),
                Optional.of("desk-7"), FollowUp.AFTER_COMPLAINT, T0, Optional.empty());
        FollowUp g = new FollowUp(FollowUpId.of("f-2"), ANN, LocalDate.of(2024, 3, 2), Optional.empty(), "birthday call",
                T0, Optional.empty());
        assertThat(storage().followUps().add(f)).isTrue();
        assertThat(storage().followUps().add(f)).isFalse();
        storage().followUps().add(g);
        FollowUp done = f.done(T0.plusSeconds(86_400));
        storage().followUps().update(done);
        assertThat(storage().followUps().findById(f.id())).contains(done);
        assertThat(storage().followUps().findByCustomer(ANN)).containsExactly(g, done);
        List<FollowUp> all = new ArrayList<>();
        storage().followUps().forEachFollowUp(all::add);
        assertThat(all).containsExactly(done, g);
        assertThat(storage().followUps().count()).isEqualTo(2);
    }

    @Test
    void anUnknownCustomerOrAFailedTransactionLeavesNothing() {
        assertThatThrownBy(() -> storage().complaints().add(complaint("k-1", CustomerId.of("c-nobody"), T0)))
                .isInstanceOf(CustomerNotFoundException.class);
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            storage().complaints().add(complaint("k-2", ANN, T0));
            storage().followUps().add(new FollowUp(FollowUpId.of("f-1"), ANN, LocalDate.of(2024, 3, 8),
                    Optional.empty(), "call", T0, Optional.empty()));
            throw new IllegalStateException("the request failed after all");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(storage().complaints().count()).isZero();
        assertThat(storage().followUps().count()).isZero();
    }
}
