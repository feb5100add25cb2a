package org.opencrm.application.port.in.value;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;

/**
 * Driving port: relationship tiers in time (docs/domain.md §4, "healthy development"): the moves between two
 * dates, and one customer's tier history.
 */
public interface TierReportUseCase {

    /** Tier sizes at both dates and the upgrades and downgrades between them. */
    TierReport movements(Query query);

    /** One customer's tier at {@code from}, then every {@code stepMonths} months, and at {@code to}. */
    TierHistory history(CustomerId customer, Query query, int stepMonths);

    /** The two dates (from before to) and the value assumptions. */
    record Query(LocalDate from, LocalDate to, ValueAssumptions assumptions, Optional<String> inSegment) {
        public Query {
            Objects.requireNonNull(from, "'from' must not be null");
            Objects.requireNonNull(to, "'to' must not be null");
            Objects.requireNonNull(assumptions, "'assumptions' must not be null");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("'from' " + from + " must be before 'to' " + to);
            }
            Objects.requireNonNull(inSegment, "'inSegment' must not be null");
        }

        /** Over the whole base (no {@code inSegment}: a saved segment whose members alone are counted). */
        public Query(LocalDate from, LocalDate to, ValueAssumptions assumptions) {
            this(from, to, assumptions, Optional.empty());
        }
    }
}
