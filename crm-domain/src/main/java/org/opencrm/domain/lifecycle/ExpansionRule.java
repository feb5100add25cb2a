package org.opencrm.domain.lifecycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencrm.domain.product.Category;

/**
 * When an active customer counts as expanding (domain.md §1): on a purchase day they bought into a category
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

    /** Whether the last of {@code days} (one entry per purchase day, in order) shows expansion, and why. */
    Optional<String> expanding(List<DaySpend> days) {
        int last = days.size() - 1;
        if (last < 1) {
            return Optional.empty();
        }
        Set<Category> before = new HashSet<>();
        for (int i = 0; i < last; i++) {
            before.addAll(days.get(i).categories());
        }
        if (!before.isEmpty()) {
            for (Category c : days.get(last).categories()) {
                if (!before.contains(c)) {
                    return Optional.of("bought into a new category: " + c.name());
                }
            }
        }
        int earlier = days.size() - recentDays;
        if (earlier < 1) {
            return Optional.empty();
        }
        Currency currency = days.get(last).currency();
        BigDecimal recent = mean(days.subList(earlier, days.size()), currency);
        BigDecimal base = mean(days.subList(0, earlier), currency);
        if (recent == null || base == null || base.signum() == 0) {
            return Optional.empty();
        }
        if (recent.compareTo(base.multiply(growthFactor)) >= 0) {
            return Optional.of("spend rising: " + recent.setScale(2, RoundingMode.HALF_EVEN)
                    + " per purchase day over the last " + recentDays + " vs " + base.setScale(2, RoundingMode.HALF_EVEN));
        }
        return Optional.empty();
    }

    private static BigDecimal mean(List<DaySpend> days, Currency currency) {
        BigDecimal sum = BigDecimal.ZERO;
        for (DaySpend d : days) {
            if (!d.currency().equals(currency)) {
                return null; // amounts in several currencies cannot be compared without rates
            }
            sum = sum.add(d.amount());
        }
        return sum.divide(BigDecimal.valueOf(days.size()), 6, RoundingMode.HALF_EVEN);
    }

    /** Spend and categories of one purchase day. */
    record DaySpend(BigDecimal amount, Currency currency, Set<Category> categories) {
    }
}
