package org.opencrm.application.port.in.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;

/** Driving port: complaint cases as of a date, of one customer or all, optionally only the unresolved or overdue. */
public interface FindComplaintsUseCase {

    /** @throws org.opencrm.application.error.CustomerNotFoundException for an unknown customer */
    List<ComplaintStanding> find(Query query);

    /** Cases opened by the as-of date (default today), oldest first; overdue implies unresolved. */
    record Query(Optional<CustomerId> customer, boolean unresolvedOnly, boolean overdueOnly, Optional<LocalDate> asOf) {
        public Query {
            Objects.requireNonNull(customer, "'customer' must not be null");
            Objects.requireNonNull(asOf, "'asOf' must not be null");
        }
    }
}
