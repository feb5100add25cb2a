package org.opencrm.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.customer.CustomerId;

/** Driven port: complaint cases in their current state, one row a case. */
public interface ComplaintRepository {

    /** Stores a new case unless its id is stored already; returns whether it was new. Unknown customer: refused. */
    boolean add(Complaint complaint);

    /** Replaces a stored case by its new state; refused when the case is not stored. */
    void update(Complaint complaint);

    Optional<Complaint> findById(ComplaintId id);

    /** A customer's cases, oldest first (ties by id). */
    List<Complaint> findByCustomer(CustomerId customer);

    /** Every case, in id order, one at a time (reports read the whole book). */
    void forEachComplaint(Consumer<Complaint> sink);

    long count();

    /** Up to {@code limit} cases in id order after {@code after} (from the first when empty). */
    List<Complaint> findAfter(Optional<ComplaintId> after, int limit);
}
