package org.opencrm.domain.value.rfm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.PurchaseDays;
import org.opencrm.domain.purchase.PurchaseHistory;

/**
 * A customer's recency, frequency and monetary value as of a date (docs/domain.md §4, docs/value-models.md §3.1):
 * recency = days since the last purchase, frequency = purchase days (same-day purchases merged, the first
 * included), monetary = spend per purchase day or in total. Not the (x, t_x) of the customer-base models, whose
 * "recency" runs the other way.
 */
public record RfmValues(CustomerId customerId, long recencyDays, int frequency, BigDecimal monetary) {

    /** Which monetary value to score. */
    public enum Monetary { AVERAGE, TOTAL }

    public RfmValues {
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        if (recencyDays < 0 || frequency < 1) {
            throw new IllegalArgumentException("need recency >= 0 and frequency >= 1, got " + recencyDays + ", " + frequency);
        }
        Objects.requireNonNull(monetary, "'monetary' must not be null");
    }

    /** The values of purchases up to and including {@code asOf}; empty if there were none by then. */
    public static Optional<RfmValues> of(PurchaseHistory history, LocalDate asOf, Monetary measure) {
        return PurchaseDays.of(history, asOf).map(d -> of(d, asOf, measure));
    }

    /** The values of a customer's purchase days up to {@code asOf} (as a store summarised them). */
    public static RfmValues of(PurchaseDays days, LocalDate asOf, Monetary measure) {
        BigDecimal monetary = measure == Monetary.TOTAL ? days.spend()
                : days.spend().divide(BigDecimal.valueOf(days.days()), 2, RoundingMode.HALF_EVEN);
        return new RfmValues(days.customerId(), ChronoUnit.DAYS.between(days.last(), asOf), days.days(), monetary);
    }
}
