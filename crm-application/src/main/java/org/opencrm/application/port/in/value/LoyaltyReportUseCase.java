package org.opencrm.application.port.in.value;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Driving port: Reinartz &amp; Kumar's loyalty classes (docs/domain.md §4): lifetime duration until P(alive) falls
 * below a cut × CLV, each split at the base's median.
 */
public interface LoyaltyReportUseCase {

    LoyaltyReport report(Query query);

    /**
     * As-of date (default today), value assumptions, and the P(alive) that ends a lifetime (0.5 in the paper;
     * default: the churn policy's at-risk threshold).
     */
    record Query(Optional<LocalDate> asOf, ValueAssumptions assumptions, OptionalDouble aliveCut, Optional<String> inSegment) {
        public Query {
            Objects.requireNonNull(asOf, "'asOf' must not be null");
            Objects.requireNonNull(assumptions, "'assumptions' must not be null");
            Objects.requireNonNull(aliveCut, "'aliveCut' must not be null");
            if (aliveCut.isPresent() && !(aliveCut.getAsDouble() > 0 && aliveCut.getAsDouble() < 1)) {
                throw new IllegalArgumentException("'aliveCut' must be in (0, 1), got " + aliveCut.getAsDouble());
            }
            Objects.requireNonNull(inSegment, "'inSegment' must not be null");
        }

        /** Over the whole base (no {@code inSegment}: a saved segment whose members alone are counted). */
        public Query(Optional<LocalDate> asOf, ValueAssumptions assumptions, OptionalDouble aliveCut) {
            this(asOf, assumptions, aliveCut, Optional.empty());
        }
    }
}
