package org.opencrm.application.port.in.value;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;

/**
 * Driving port: the nine value-orientation types of seed 002 (docs/domain.md §4), classified from what each customer
 * bought by the as-of date and the product catalog.
 */
public interface ValueTypesReportUseCase {

    ValueTypesReport report(Query query);

    /** As-of date (default today), the classifier's thresholds, and how many classified customers to list. */
    record Query(Optional<LocalDate> asOf, ValueOrientationClassifier classifier, int listCustomers,
                 Optional<String> inSegment) {
        public Query {
            Objects.requireNonNull(inSegment, "'inSegment' must not be null");
            Objects.requireNonNull(asOf, "'asOf' must not be null");
            Objects.requireNonNull(classifier, "'classifier' must not be null");
            if (listCustomers < 0 || listCustomers > 100_000) {
                throw new IllegalArgumentException("'listCustomers' must be 0..100000, got " + listCustomers);
            }
        }

        /** Over the whole base (no {@code inSegment}: a saved segment whose members alone are counted). */
        public Query(Optional<LocalDate> asOf, ValueOrientationClassifier classifier, int listCustomers) {
            this(asOf, classifier, listCustomers, Optional.empty());
        }
    }
}
