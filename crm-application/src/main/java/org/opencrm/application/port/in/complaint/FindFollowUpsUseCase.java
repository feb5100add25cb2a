package org.opencrm.application.port.in.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.customer.CustomerId;

/** Driving port: follow-ups by due day, of one customer or all, optionally only those still to do or overdue. */
public interface FindFollowUpsUseCase {

    List<FollowUp> find(Query query);

    /** Overdue (as of the date, default today) implies still to do. */
    record Query(Optional<CustomerId> customer, boolean openOnly, boolean overdueOnly, Optional<LocalDate> asOf) {
        public Query {
            Objects.requireNonNull(customer, "'customer' must not be null");
            Objects.requireNonNull(asOf, "'asOf' must not be null");
        }
    }
}
