package org.opencrm.application.port.in.relationship;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;

/** Driving port: the relationship quality report, for the base and optionally one customer. */
public interface QualityReportUseCase {

    /** @throws org.opencrm.application.error.CustomerNotFoundException for an unknown customer */
    QualityReport report(Query query);

    /**
     * As of a date (default today), for the base (or a saved segment's members, {@code inSegment}) and, when given,
     * one customer.
     */
    record Query(Optional<LocalDate> asOf, Optional<CustomerId> customer, Optional<String> inSegment) {
        public Query {
            Objects.requireNonNull(asOf, "'asOf' must not be null");
            Objects.requireNonNull(customer, "'customer' must not be null");
            Objects.requireNonNull(inSegment, "'inSegment' must not be null");
        }

        /** Over the whole base. */
        public Query(Optional<LocalDate> asOf, Optional<CustomerId> customer) {
            this(asOf, customer, Optional.empty());
        }
    }
}
