package org.opencrm.domain.value.clv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.opencrm.domain.purchase.PurchaseDays;

/**
 * A customer's repeat-buying summary for the customer-base models (docs/value-models.md §1): x repeat purchase days
 * after the first, t_x the time from the first to the last, T the time from the first to the calibration end,
 * and the mean value of the repeat days (for the spend model). Same-day purchases count as one.
 */
public record PurchaseSummary(int x, double tx, double T, BigDecimal meanRepeatValue) {

    public PurchaseSummary {
        if (x < 0 || !(tx >= 0) || !(T >= tx)) {
            throw new IllegalArgumentException("need x >= 0 and 0 <= t_x <= T, got x=" + x + ", t_x=" + tx + ", T=" + T);
        }
        if (x == 0 && tx != 0) {
            throw new IllegalArgumentException("t_x must be 0 without repeat purchases, got " + tx);
        }
        Objects.requireNonNull(meanRepeatValue, "'meanRepeatValue' must not be null");
    }

    /**
     * The summary of a customer's purchase days up to the calibration end ({@link PurchaseDays#of}, or as a
     * store summarised them). Purchases must be in one currency (the spend model adds them up).
     */
    public static PurchaseSummary of(PurchaseDays days, LocalDate calibrationEnd, ModelTimeUnit unit) {
        int x = days.days() - 1;
        BigDecimal mean = x == 0 ? BigDecimal.ZERO
                : days.spend().subtract(days.firstDaySpend()).divide(BigDecimal.valueOf(x), 6, RoundingMode.HALF_EVEN);
        return new PurchaseSummary(x, unit.fromDays(ChronoUnit.DAYS.between(days.first(), days.last())),
                unit.fromDays(ChronoUnit.DAYS.between(days.first(), calibrationEnd)), mean);
    }
}
