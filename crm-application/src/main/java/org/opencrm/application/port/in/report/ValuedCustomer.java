package org.opencrm.application.port.in.report;

import java.time.LocalDate;
import java.util.Objects;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.value.grid.CustomerValue;

/**
 * One customer valued as of a date: the (x, t_x, T) summary in the model's unit, P(alive), purchases expected
 * over the CLV horizon, the expected value per purchase, and historical, current and potential (CLV) value.
 */
public record ValuedCustomer(CustomerId customerId, LocalDate firstPurchase, LocalDate lastPurchase, int x,
                             double tx, double T, double probabilityAlive, double expectedPurchases,
                             double expectedValuePerPurchase, double historicalValue, double currentValue,
                             double clv) {

    public ValuedCustomer {
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        Objects.requireNonNull(firstPurchase, "'firstPurchase' must not be null");
        Objects.requireNonNull(lastPurchase, "'lastPurchase' must not be null");
    }

    public CustomerValue value() {
        return new CustomerValue(customerId, historicalValue, currentValue, clv);
    }
}
