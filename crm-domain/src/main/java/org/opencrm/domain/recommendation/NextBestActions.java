package org.opencrm.domain.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.value.grid.RelationshipTier;

/** One customer's actions, ranked, with the tier budget they were fitted into. */
public record NextBestActions(CustomerId customerId, LocalDate asOf, Optional<RelationshipTier> tier, Money budget,
                              List<NextBestAction> actions) {

    public NextBestActions {
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        Objects.requireNonNull(asOf, "'asOf' must not be null");
        Objects.requireNonNull(tier, "'tier' must not be null");
        Objects.requireNonNull(budget, "'budget' must not be null");
        actions = List.copyOf(actions);
    }
}
