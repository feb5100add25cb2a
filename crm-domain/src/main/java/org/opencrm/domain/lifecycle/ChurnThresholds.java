package org.opencrm.domain.lifecycle;

/**
 * Where P(alive) turns a customer at risk and where it turns them lapsed (docs/domain.md §1): the one rule that
 * the lifecycle, churn, loyalty and tier reports all read a churn status from.
 */
public record ChurnThresholds(double atRiskBelow, double lapsedBelow) {

    /** At risk below 0.5, lapsed below 0.2. */
    public static final ChurnThresholds DEFAULT = new ChurnThresholds(0.5, 0.2);

    public ChurnThresholds {
        if (!(lapsedBelow > 0 && lapsedBelow < atRiskBelow && atRiskBelow < 1)) {
            throw new IllegalArgumentException("need 0 < lapsedBelow < atRiskBelow < 1, got lapsedBelow "
                    + lapsedBelow + " and atRiskBelow " + atRiskBelow);
        }
    }

    /** The status a customer with this P(alive) is in. */
    public ChurnStatus statusOf(double probabilityAlive) {
        if (probabilityAlive < lapsedBelow) {
            return ChurnStatus.LAPSED;
        }
        return probabilityAlive < atRiskBelow ? ChurnStatus.AT_RISK : ChurnStatus.ALIVE;
    }
}
