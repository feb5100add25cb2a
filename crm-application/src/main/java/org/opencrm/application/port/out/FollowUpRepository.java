package org.opencrm.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.domain.customer.CustomerId;

/** Driven port: follow-ups, idempotent by id (scheduled ones have ids derived from their cause). */
public interface FollowUpRepository {

    /** Stores the follow-up unless its id is stored already; returns whether it was new. Unknown customer: refused. */
    boolean add(FollowUp followUp);

    /** Replaces a stored follow-up (marked done); refused when it is not stored. */
    void update(FollowUp followUp);

    Optional<FollowUp> findById(FollowUpId id);

    /** A customer's follow-ups, by due day (ties by id). */
    List<FollowUp> findByCustomer(CustomerId customer);

    /** Every follow-up, in id order, one at a time. */
    void forEachFollowUp(Consumer<FollowUp> sink);

    long count();

    /** Up to {@code limit} follow-ups in id order after {@code after} (from the first when empty). */
    List<FollowUp> findAfter(Optional<FollowUpId> after, int limit);
}
