package org.opencrm.domain.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.Text;
import org.opencrm.domain.time.TimeRange;

/**
 * A scheduled revisit of a customer (the seeds' regular return visits): due on a day, owned by someone, for a
 * reason, and done at some time or not yet. Overdue when not done by the end of its due day.
 */
public record FollowUp(FollowUpId id, CustomerId customerId, LocalDate dueOn, Optional<String> owner, String reason,
                       Instant createdAt, Optional<Instant> doneAt) {

    /** Why the system scheduled one: after a resolved complaint. */
    public static final String AFTER_COMPLAINT = "complaint-resolved";
    /** Why the system scheduled one: after a customer's first purchase. */
    public static final String AFTER_FIRST_PURCHASE = "first-purchase";

    public FollowUp {
        Objects.requireNonNull(id, "'followUpId' must not be null");
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        Objects.requireNonNull(dueOn, "'dueOn' must not be null");
        owner = Objects.requireNonNull(owner, "'owner' must not be null").map(o -> Text.required("owner", o, 128));
        reason = Text.required("reason", reason, 256);
        createdAt = TimeRange.requireKept("createdAt", Objects.requireNonNull(createdAt,
                "'createdAt' must not be null")).truncatedTo(ChronoUnit.MILLIS);
        doneAt = Objects.requireNonNull(doneAt, "'doneAt' must not be null")
                .map(d -> TimeRange.requireKept("doneAt", d).truncatedTo(ChronoUnit.MILLIS));
    }

    /** This follow-up, done at {@code at}; refused if it was done already. */
    public FollowUp done(Instant at) {
        if (doneAt.isPresent()) {
            throw new IllegalArgumentException("follow-up " + id.value() + " was done already at " + doneAt.get());
        }
        return new FollowUp(id, customerId, dueOn, owner, reason, createdAt, Optional.of(at));
    }

    /** Whether it is still to do after its due day, as of {@code asOf}. */
    public boolean isOverdue(LocalDate asOf) {
        return doneAt.isEmpty() && asOf.isAfter(dueOn);
    }

    /**
     * Whether it was overdue as of {@code asOf}, seen at {@code end} (the start of the next day): scheduled before
     * then, due before that day, and not done before then.
     */
    public boolean isOverdueAt(LocalDate asOf, Instant end) {
        return createdAt.isBefore(end) && asOf.isAfter(dueOn) && doneAt.map(d -> !d.isBefore(end)).orElse(true);
    }

    /** This follow-up as another customer's: how a merge moves it to the survivor. */
    public FollowUp withCustomer(CustomerId customer) {
        return new FollowUp(id, customer, dueOn, owner, reason, createdAt, doneAt);
    }
}
