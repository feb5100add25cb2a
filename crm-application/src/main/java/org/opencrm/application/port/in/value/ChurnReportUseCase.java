package org.opencrm.application.port.in.value;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.lifecycle.ChurnThresholds;

/** Driving port: the churn report: customers whose P(alive) fell below a threshold, most valuable first. */
public interface ChurnReportUseCase {

    ChurnReport report(Query query);

    /**
     * As-of date (default today), value assumptions, the P(alive) below which a customer is at risk and below
     * which lapsed (default: the churn policy's, the lifecycle's own), and how many customers to list.
     */
    record Query(Optional<LocalDate> asOf, ValueAssumptions assumptions, Optional<ChurnThresholds> thresholds,
                 int limit, Optional<String> inSegment) {
        public Query {
            Objects.requireNonNull(asOf, "'asOf' must not be null");
            Objects.requireNonNull(assumptions, "'assumptions' must not be null");
            Objects.requireNonNull(thresholds, "'thresholds' must not be null");
            if (limit < 1 || limit > 100_000) {
                throw new IllegalArgumentException("'limit' must be 1..100000, got " + limit);
            }
            Objects.requireNonNull(inSegment, "'inSegment' must not be null");
        }

        /** Over the whole base (no {@code inSegment}: a saved segment whose members alone are counted). */
        public Query(Optional<LocalDate> asOf, ValueAssumptions assumptions, Optional<ChurnThresholds> thresholds,
                     int limit) {
            this(asOf, assumptions, thresholds, limit, Optional.empty());
        }
    }
}
