package org.opencrm.application.port.in.value;

import java.time.LocalDate;
import java.util.Objects;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.ChurnStatus;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.value.grid.CustomerValue;

/**
 * One customer valued as of a date: the (x, t_x, T) summary in the model's unit, P(alive) and the churn status the
 * churn policy reads from it, purchases expected over the CLV horizon, and, in the store's currency rounded to
 * its minor unit, the expected value per purchase and historical, current and potential (CLV) value.
 */
public record ValuedCustomer(CustomerId customerId, LocalDate firstPurchase, LocalDate lastPurchase, int x,
                             double tx, double T, double probabilityAlive, ChurnStatus status,
                             double expectedPurchases, Money expectedValuePerPurchase, Money historicalValue,
                             Money currentValue, Money clv) {

    public ValuedCustomer {
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        Objects.requireNonNull(firstPurchase, "'firstPurchase' must not be null");
        Objects.requireNonNull(lastPurchase, "'lastPurchase' must not be null");
        Objects.requireNonNull(status, "'status' must not be null");
        Objects.requireNonNull(expectedValuePerPurchase, "'expectedValuePerPurchase' must not be null");
        Objects.requireNonNull(historicalValue, "'historicalValue' must not be null");
        Objects.requireNonNull(currentValue, "'currentValue' must not be null");
        Objects.requireNonNull(clv, "'clv' must not be null");
    }

    public CustomerValue value() {
        return new CustomerValue(customerId, historicalValue.amount().doubleValue(), currentValue.amount().doubleValue(),
                clv.amount().doubleValue());
    }
}
