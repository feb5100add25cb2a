package org.opencrm.domain.value.grid;

import java.util.Objects;
import org.opencrm.domain.customer.CustomerId;

/**
 * A customer's value in time (seed 002, docs/domain.md §4): historical (margin so far), current (margin in the last
 * period) and potential (predicted CLV), in one currency.
 */
public record CustomerValue(CustomerId customerId, double historical, double current, double potential) {

    public CustomerValue {
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        if (!Double.isFinite(historical) || !Double.isFinite(current) || !Double.isFinite(potential)) {
            throw new IllegalArgumentException("values must be finite numbers for " + customerId);
        }
    }
}
