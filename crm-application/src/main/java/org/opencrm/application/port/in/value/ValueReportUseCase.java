package org.opencrm.application.port.in.value;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Driving port: the value report (docs/domain.md §4): CLV distribution, the 3×3 value grid and the relationship tiers. */
public interface ValueReportUseCase {

    ValueReport report(Query query);

    /** As-of date (default today) and the value assumptions. */
    record Query(Optional<LocalDate> asOf, ValueAssumptions assumptions, Optional<String> inSegment) {
        public Query {
            Objects.requireNonNull(asOf, "'asOf' must not be null");
            Objects.requireNonNull(assumptions, "'assumptions' must not be null");
            Objects.requireNonNull(inSegment, "'inSegment' must not be null");
        }

        /** Over the whole base (no {@code inSegment}: a saved segment whose members alone are counted). */
        public Query(Optional<LocalDate> asOf, ValueAssumptions assumptions) {
            this(asOf, assumptions, Optional.empty());
        }
    }
}
