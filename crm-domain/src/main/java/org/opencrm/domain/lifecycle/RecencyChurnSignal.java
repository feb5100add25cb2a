package org.opencrm.domain.lifecycle;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The foundation's churn rule: a customer is at risk once the days since their last purchase exceed a
 * multiple of their own mean inter-purchase time, and lapsed past a larger multiple.
 *
 * <p>One-time buyers have no inter-purchase time of their own, so they are measured against
 * {@code singleBuyerGapDays}. The floors keep very frequent buyers from being flagged after a few quiet days.
 */
public record RecencyChurnSignal(double singleBuyerGapDays, double atRiskFactor, double lapsedFactor,
                                 int minAtRiskDays, int minLapsedDays) implements ChurnSignal {

    /** Defaults: at risk after 2×, lapsed after 4× the usual gap; 90 days assumed for one-time buyers. */
    public static final RecencyChurnSignal DEFAULT = new RecencyChurnSignal(90, 2.0, 4.0, 30, 60);

    public RecencyChurnSignal {
        if (!(singleBuyerGapDays > 0)) {
            throw new IllegalArgumentException("'singleBuyerGapDays' must be positive: " + singleBuyerGapDays);
        }
        if (!(atRiskFactor > 0) || !(lapsedFactor > atRiskFactor)) {
            throw new IllegalArgumentException("need 0 < atRiskFactor < lapsedFactor, got "
                    + atRiskFactor + " and " + lapsedFactor);
        }
        if (minAtRiskDays < 0 || minLapsedDays < minAtRiskDays) {
            throw new IllegalArgumentException("need 0 <= minAtRiskDays <= minLapsedDays, got "
                    + minAtRiskDays + " and " + minLapsedDays);
        }
    }

    @Override
    public ChurnAssessment assess(PurchasePattern pattern, LocalDate day) {
        long quiet = pattern.daysSinceLastPurchase(day);
        long atRisk = atRiskAfterDays(pattern);
        long lapsed = lapsedAfterDays(pattern);
        if (quiet > lapsed) {
            return new ChurnAssessment(ChurnStatus.LAPSED,
                    "no purchase for " + quiet + " days (lapsed after " + lapsed + ")");
        }
        if (quiet > atRisk) {
            return new ChurnAssessment(ChurnStatus.AT_RISK,
                    "no purchase for " + quiet + " days (at risk after " + atRisk + ")");
        }
        return new ChurnAssessment(ChurnStatus.ALIVE, "bought " + quiet + " days ago");
    }

    @Override
    public ChurnStatus status(PurchasePattern pattern, LocalDate day) {
        long quiet = pattern.daysSinceLastPurchase(day);
        if (quiet > lapsedAfterDays(pattern)) {
            return ChurnStatus.LAPSED;
        }
        return quiet > atRiskAfterDays(pattern) ? ChurnStatus.AT_RISK : ChurnStatus.ALIVE;
    }

    @Override
    public Optional<LocalDate> firstDayAtLeast(ChurnStatus status, PurchasePattern pattern, LocalDate from,
                                               LocalDate to) {
        // Called for every purchase day of every customer by the lifecycle derivation: plain day numbers, and a
        // date object only for a day found.
        long first = switch (status) {
            case ALIVE -> from.toEpochDay();
            case AT_RISK -> pattern.lastPurchase().toEpochDay() + atRiskAfterDays(pattern) + 1;
            case LAPSED -> pattern.lastPurchase().toEpochDay() + lapsedAfterDays(pattern) + 1;
        };
        first = Math.max(first, from.toEpochDay());
        return first > to.toEpochDay() ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(first));
    }

    private long atRiskAfterDays(PurchasePattern pattern) {
        return Math.max(minAtRiskDays, Math.round(usualGap(pattern) * atRiskFactor));
    }

    private long lapsedAfterDays(PurchasePattern pattern) {
        return Math.max(minLapsedDays, Math.round(usualGap(pattern) * lapsedFactor));
    }

    private double usualGap(PurchasePattern pattern) {
        return pattern.meanGapDays().orElse(singleBuyerGapDays);
    }
}
