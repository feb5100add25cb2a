package org.opencrm.application.port.in.value;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.grid.ValueCell;

/** One customer's value-grid cell and tier at a series of dates; empty before their first purchase. */
public record TierHistory(CustomerId customerId, List<Step> steps) {

    public TierHistory {
        steps = List.copyOf(steps);
    }

    /**
     * The customer at one date, valued by the purchase model's fit calibrated by then; a date before every fit
     * has no fit and no value (a later fit would look ahead).
     */
    public record Step(LocalDate date, Optional<FittedModel> purchaseModel, Optional<ValuedCustomer> value,
                       Optional<ValueCell> cell, Optional<RelationshipTier> tier) {
    }
}
