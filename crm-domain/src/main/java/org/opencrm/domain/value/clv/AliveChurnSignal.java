package org.opencrm.domain.value.clv;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import org.opencrm.domain.lifecycle.ChurnAssessment;
import org.opencrm.domain.lifecycle.ChurnSignal;
import org.opencrm.domain.lifecycle.ChurnStatus;
import org.opencrm.domain.lifecycle.ChurnThresholds;
import org.opencrm.domain.lifecycle.PurchasePattern;

/**
 * The value engine's churn signal: a customer is at risk once a fitted purchase model's P(alive) falls below
 * {@code atRiskBelow}, and lapsed below {@code lapsedBelow}. It replaces the foundation's recency rule by being
 * bound in its place; lifecycle derivation and reports do not change.
 *
 * <p>P(alive) falls monotonically while a customer stays quiet, which the lifecycle derivation relies on. Note
 * that BG/NBD keeps one-time buyers at P(alive) = 1; MBG/NBD and Pareto/NBD let them lapse too.
 */
public record AliveChurnSignal(PurchaseModel model, ModelTimeUnit unit, double atRiskBelow, double lapsedBelow)
        implements ChurnSignal {

    public AliveChurnSignal {
        Objects.requireNonNull(model, "'model' must not be null");
        Objects.requireNonNull(unit, "'unit' must not be null");
        new ChurnThresholds(atRiskBelow, lapsedBelow); // validates
    }

    public AliveChurnSignal(PurchaseModel model, ModelTimeUnit unit, ChurnThresholds thresholds) {
        this(model, unit, thresholds.atRiskBelow(), thresholds.lapsedBelow());
    }

    public ChurnThresholds thresholds() {
        return new ChurnThresholds(atRiskBelow, lapsedBelow);
    }

    @Override
    public ChurnStatus status(PurchasePattern pattern, LocalDate day) {
        double alive = probabilityAlive(pattern, day);
        if (alive < lapsedBelow) {
            return ChurnStatus.LAPSED;
        }
        return alive < atRiskBelow ? ChurnStatus.AT_RISK : ChurnStatus.ALIVE;
    }

    @Override
    public ChurnAssessment assess(PurchasePattern pattern, LocalDate day) {
        double alive = probabilityAlive(pattern, day);
        if (alive < lapsedBelow) {
            return new ChurnAssessment(ChurnStatus.LAPSED, describe(alive, "below", lapsedBelow));
        }
        if (alive < atRiskBelow) {
            return new ChurnAssessment(ChurnStatus.AT_RISK, describe(alive, "below", atRiskBelow));
        }
        return new ChurnAssessment(ChurnStatus.ALIVE, describe(alive, "at or above", atRiskBelow));
    }

    private double probabilityAlive(PurchasePattern pattern, LocalDate day) {
        double tx = unit.fromDays(ChronoUnit.DAYS.between(pattern.firstPurchase(), pattern.lastPurchase()));
        double T = unit.fromDays(ChronoUnit.DAYS.between(pattern.firstPurchase(), day));
        return model.probabilityAlive(pattern.repeatPurchases(), tx, T);
    }

    private static String describe(double alive, String relation, double threshold) {
        return String.format(Locale.ROOT, "P(alive) %.4f, %s %.2f", alive, relation, threshold);
    }
}
