package org.opencrm.domain.value.clv;

import java.util.Objects;

/**
 * Customer lifetime value as the reference implementations compute it (docs/value-models.md §2.6): expected
 * purchases month by month from a purchase model, times the expected value per purchase from the spend model,
 * times the margin, discounted monthly: Σᵢ m̃·margin·(E[Y(i·u)] − E[Y((i−1)·u)]) / (1+d)^i.
 *
 * @param months            horizon (lifetimes' default 12)
 * @param monthlyDiscount   d per month (default 0.01)
 * @param unitsPerMonth     model time units in a month: 4.345 for weeks, 30 for days
 * @param margin            share of revenue that is margin; 1 gives discounted revenue, as lifetimes does
 */
public record CustomerLifetimeValue(int months, double monthlyDiscount, double unitsPerMonth, double margin) {

    public static final double WEEKS_PER_MONTH = 4.345;
    public static final double DAYS_PER_MONTH = 30;

    public CustomerLifetimeValue {
        if (months < 1) {
            throw new IllegalArgumentException("'months' must be at least 1, got " + months);
        }
        if (!(monthlyDiscount >= 0) || !(unitsPerMonth > 0) || !(margin >= 0 && margin <= 1)) {
            throw new IllegalArgumentException("need monthlyDiscount >= 0, unitsPerMonth > 0 and 0 <= margin <= 1, got "
                    + monthlyDiscount + ", " + unitsPerMonth + ", " + margin);
        }
    }

    /** lifetimes' defaults in weekly units: 12 months, 1 % a month, revenue (margin 1). */
    public static CustomerLifetimeValue weeklyDefaults() {
        return new CustomerLifetimeValue(12, 0.01, WEEKS_PER_MONTH, 1.0);
    }

    public double of(PurchaseModel purchases, GammaGammaModel spend, int x, double tx, double T, double meanValue) {
        Objects.requireNonNull(spend, "'spend' must not be null");
        return spend.expectedAverageValue(x, meanValue) * margin * discountedPurchases(purchases, x, tx, T);
    }

    /**
     * Σᵢ (E[Y(i·u)] − E[Y((i−1)·u)]) / (1+d)^i: the discounted purchases over the horizon. It depends on
     * (x, t_x, T) only, so customers with the same summary share it; CLV is this times value per purchase
     * times margin.
     */
    public double discountedPurchases(PurchaseModel purchases, int x, double tx, double T) {
        Objects.requireNonNull(purchases, "'purchases' must not be null");
        double total = 0;
        double before = 0;
        double discount = 1;
        for (int i = 1; i <= months; i++) {
            double upTo = purchases.expectedPurchases(i * unitsPerMonth, x, tx, T);
            discount /= 1 + monthlyDiscount;
            total += (upTo - before) * discount;
            before = upTo;
        }
        return total;
    }
}
