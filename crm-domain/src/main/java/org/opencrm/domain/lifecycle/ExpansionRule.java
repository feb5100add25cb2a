package org.opencrm.domain.lifecycle;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.product.Category;

/**
 * When an active customer counts as expanding (docs/domain.md §1): on a purchase day they bought into a category
 * new to them, or the mean spend of their last {@code recentDays} purchase days is at least
 * {@code growthFactor} times the mean of the days before.
 */
public record ExpansionRule(int recentDays, BigDecimal growthFactor) {

    public static final ExpansionRule DEFAULT = new ExpansionRule(3, new BigDecimal("1.5"));

    public ExpansionRule {
        if (recentDays < 1) {
            throw new IllegalArgumentException("'recentDays' must be at least 1: " + recentDays);
        }
        if (growthFactor == null || growthFactor.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("'growthFactor' must be greater than 1: " + growthFactor);
        }
    }

    /**
     * What the rule looks at on a purchase day: a category bought for the first time (if the customer had bought
     * categorised products before), and spend in minor units over the recent days and the days before them.
     * {@code comparable} is false when the days mix currencies, which cannot be added up without rates.
     */
    public record Window(Optional<Category> newCategory, long recentMinor, int recentDays, long earlierMinor,
                         int earlierDays, Currency currency, boolean comparable) {
        public Window {
            Objects.requireNonNull(newCategory, "'newCategory' must not be null");
            Objects.requireNonNull(currency, "'currency' must not be null");
        }
    }

    /** Whether the customer is expanding on this day: {@link #expanding} without putting the reason into words. */
    public boolean isExpanding(Window w) {
        return w.newCategory().isPresent() || (w.comparable() && w.recentDays() >= recentDays && w.earlierDays() >= 1
                && w.earlierMinor() > 0 && rising(w));
    }

    /** Why the customer is expanding on this day, or empty if they are not. */
    public Optional<String> expanding(Window w) {
        if (!isExpanding(w)) {
            return Optional.empty();
        }
        if (w.newCategory().isPresent()) {
            return Optional.of("bought into a new category: " + w.newCategory().get().name());
        }
        int scale = Math.max(w.currency().getDefaultFractionDigits(), 0);
        return Optional.of("spend rising: " + mean(w.recentMinor(), w.recentDays(), scale) + " per purchase day over the last "
                + w.recentDays() + " vs " + mean(w.earlierMinor(), w.earlierDays(), scale));
    }

    /** recent/recentDays >= factor × earlier/earlierDays, in exact integer arithmetic (BigDecimal on overflow). */
    private boolean rising(Window w) {
        BigInteger unscaled = growthFactor.unscaledValue();
        int factorScale = growthFactor.scale();
        try {
            if (factorScale >= 0 && factorScale <= 9 && unscaled.bitLength() < 63) {
                long factorUnscaled = unscaled.longValue();
                long lhs = Math.multiplyExact(Math.multiplyExact(w.recentMinor(), (long) w.earlierDays()),
                        POWERS_OF_TEN[factorScale]);
                long rhs = Math.multiplyExact(Math.multiplyExact(factorUnscaled, w.earlierMinor()),
                        (long) w.recentDays());
                return lhs >= rhs;
            }
        } catch (ArithmeticException overflow) {
            // fall through to BigDecimal
        }
        BigDecimal lhs = BigDecimal.valueOf(w.recentMinor()).multiply(BigDecimal.valueOf(w.earlierDays()));
        BigDecimal rhs = growthFactor.multiply(BigDecimal.valueOf(w.earlierMinor()))
                .multiply(BigDecimal.valueOf(w.recentDays()));
        return lhs.compareTo(rhs) >= 0;
    }

    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
        10_000_000L, 100_000_000L, 1_000_000_000L};

    private static BigDecimal mean(long minor, int days, int scale) {
        return BigDecimal.valueOf(minor, scale).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_EVEN);
    }
}
