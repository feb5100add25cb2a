package org.opencrm.application.port.in.value;

import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.grid.TierPolicy;

/**
 * What the value reports assume: the purchase model whose fit predicts (empty: the churn policy's, so every report
 * reads the same P(alive); Gamma-Gamma's fit predicts spend), the CLV horizon, monthly discount rate and margin, the length of the "current" period,
 * and the tier policy.
 */
public record ValueAssumptions(Optional<ModelKind> purchaseModel, int horizonMonths, double monthlyDiscount, double margin,
                               int currentMonths, TierPolicy tiers) {

    /** The churn policy's model, 12 months at 1 % a month, revenue as margin, the last 12 months as current. */
    public static final ValueAssumptions DEFAULT =
            new ValueAssumptions(Optional.empty(), 12, 0.01, 1.0, 12, TierPolicy.DEFAULT);

    public ValueAssumptions {
        Objects.requireNonNull(purchaseModel, "'purchaseModel' must not be null");
        if (purchaseModel.orElse(null) == ModelKind.GAMMA_GAMMA) {
            throw new IllegalArgumentException("'model' must be a purchase model (bgnbd, mbgnbd, pareto-nbd), "
                    + "not gamma-gamma");
        }
        if (horizonMonths < 1 || horizonMonths > 600) {
            throw new IllegalArgumentException("'horizonMonths' must be 1..600, got " + horizonMonths);
        }
        if (!(monthlyDiscount >= 0 && monthlyDiscount < 1)) {
            throw new IllegalArgumentException("'monthlyDiscount' must be in [0, 1), got " + monthlyDiscount);
        }
        if (!(margin > 0 && margin <= 1)) {
            throw new IllegalArgumentException("'margin' must be in (0, 1], got " + margin);
        }
        if (currentMonths < 1 || currentMonths > 120) {
            throw new IllegalArgumentException("'currentMonths' must be 1..120, got " + currentMonths);
        }
        Objects.requireNonNull(tiers, "'tiers' must not be null");
    }

    public ValueAssumptions withModel(ModelKind model) {
        return new ValueAssumptions(Optional.of(model), horizonMonths, monthlyDiscount, margin, currentMonths, tiers);
    }
}
