package org.opencrm.application.port.in.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.recommendation.NextBestActions;

/**
 * Next best actions as of a date for one or more customers: which rule set (by its as-of date) the cross-sell
 * and up-sell offers came from, and why parts could not be computed (no value fits, no rules).
 */
public record Plan(LocalDate asOf, String scope, Optional<LocalDate> rulesAsOf, List<NextBestActions> customers,
                   List<String> notes) {

    public Plan {
        Objects.requireNonNull(asOf, "'asOf' must not be null");
        Objects.requireNonNull(scope, "'scope' must not be null");
        Objects.requireNonNull(rulesAsOf, "'rulesAsOf' must not be null");
        customers = List.copyOf(customers);
        notes = List.copyOf(notes);
    }
}
