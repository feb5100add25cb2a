package org.opencrm.application.port.in.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Driving port: the lifecycle report (docs/domain.md §6) as of a date, over a period ending on it. */
public interface LifecycleReportUseCase {

    LifecycleReport report(Query query);

    /** As-of date (default today) and period start (default twelve months earlier), exclusive. */
    record Query(Optional<LocalDate> asOf, Optional<LocalDate> periodStart, Optional<String> inSegment) {
        public Query {
            Objects.requireNonNull(asOf, "'asOf' must not be null");
            Objects.requireNonNull(periodStart, "'periodStart' must not be null");
            if (asOf.isPresent() && periodStart.isPresent() && !periodStart.get().isBefore(asOf.get())) {
                throw new IllegalArgumentException("'from' " + periodStart.get() + " must be before 'asOf' " + asOf.get());
            }
            Objects.requireNonNull(inSegment, "'inSegment' must not be null");
        }

        /** Over the whole base (no {@code inSegment}: a saved segment whose members alone are counted). */
        public Query(Optional<LocalDate> asOf, Optional<LocalDate> periodStart) {
            this(asOf, periodStart, Optional.empty());
        }

        public static Query asOf(LocalDate asOf) {
            return new Query(Optional.of(asOf), Optional.empty());
        }
    }
}
