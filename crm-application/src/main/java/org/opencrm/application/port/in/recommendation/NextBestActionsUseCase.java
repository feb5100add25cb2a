package org.opencrm.application.port.in.recommendation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;

/**
 * Driving port: one customer's next best actions as of a date, ranked by expected value and fitted into the
 * tier's budget; tiers, P(alive) and the win-back threshold are read from the whole base, as the reports read
 * them, so the plan agrees with every report for the same store and date.
 */
public interface NextBestActionsUseCase {

    Plan plan(Query query);

    /** A customer (an absorbed id resolves to its survivor) as of a date (default: today). */
    record Query(CustomerId customer, Optional<LocalDate> asOf) {
        public Query {
            Objects.requireNonNull(customer, "'customer' must not be null");
            Objects.requireNonNull(asOf, "'asOf' must not be null");
        }
    }
}
