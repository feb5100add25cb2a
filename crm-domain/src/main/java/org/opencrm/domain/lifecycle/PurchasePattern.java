package org.opencrm.domain.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A customer's repeat-buying pattern so far: first and last purchase day and the number of repeat
 * purchase days, which is the (x, t_x) of the customer-base models; T follows from the day asked about.
 */
public record PurchasePattern(LocalDate firstPurchase, LocalDate lastPurchase, int repeatPurchases) {

    public PurchasePattern {
        Objects.requireNonNull(firstPurchase, "'firstPurchase' must not be null");
        Objects.requireNonNull(lastPurchase, "'lastPurchase' must not be null");
        if (lastPurchase.isBefore(firstPurchase)) {
            throw new IllegalArgumentException("'lastPurchase' " + lastPurchase + " is before 'firstPurchase' " + firstPurchase);
        }
        if (repeatPurchases < 0) {
            throw new IllegalArgumentException("'repeatPurchases' must not be negative: " + repeatPurchases);
        }
        if (repeatPurchases == 0 && !lastPurchase.equals(firstPurchase)) {
            throw new IllegalArgumentException("a customer without repeat purchases has one purchase day");
        }
    }

    /** Mean days between purchase days, or empty for a one-time buyer. */
    public OptionalDouble meanGapDays() {
        if (repeatPurchases == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((lastPurchase.toEpochDay() - firstPurchase.toEpochDay()) / (double) repeatPurchases);
    }

    public long daysSinceLastPurchase(LocalDate day) {
        return day.toEpochDay() - lastPurchase.toEpochDay();
    }
}
