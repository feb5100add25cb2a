package org.opencrm.domain.recommendation;

/**
 * The bars a product pair must clear to become an association rule: minimum support (share of baskets holding
 * both), confidence (share of the antecedent's baskets that also hold the consequent) and lift (confidence over
 * the consequent's own share; above 1 means the two go together more often than chance).
 */
public record RuleThresholds(double minSupport, double minConfidence, double minLift) {

    /** 0.1 % of baskets, 10 % confidence, lift above 1.2. */
    public static final RuleThresholds DEFAULT = new RuleThresholds(0.001, 0.10, 1.2);

    public RuleThresholds {
        if (!(minSupport > 0 && minSupport <= 1)) {
            throw new IllegalArgumentException("'minSupport' must be in (0, 1], got " + minSupport);
        }
        if (!(minConfidence > 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("'minConfidence' must be in (0, 1], got " + minConfidence);
        }
        if (!(minLift >= 0 && Double.isFinite(minLift))) {
            throw new IllegalArgumentException("'minLift' must be a number >= 0, got " + minLift);
        }
    }

    /** Whether a rule clears all three bars. */
    public boolean admits(AssociationRule rule) {
        return rule.support() >= minSupport && rule.confidence() >= minConfidence && rule.lift() >= minLift;
    }
}
