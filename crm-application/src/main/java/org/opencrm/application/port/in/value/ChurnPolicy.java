package org.opencrm.application.port.in.value;

import java.util.Objects;
import org.opencrm.domain.lifecycle.ChurnThresholds;
import org.opencrm.domain.value.clv.ModelKind;

/**
 * The one churn signal of the product: the purchase model whose P(alive) decides, with its thresholds. The
 * lifecycle, churn, loyalty, tier and value reports and the customer profile all read a customer's status from
 * it, so a customer never has two statuses. MBG/NBD by default: unlike BG/NBD it lets one-time buyers lapse.
 * {@code lifecycleUsesAlive} false keeps the lifecycle on the recency rule even when a fit exists.
 */
public record ChurnPolicy(ModelKind purchaseModel, ChurnThresholds thresholds, boolean lifecycleUsesAlive) {

    public static final ChurnPolicy DEFAULT = new ChurnPolicy(ModelKind.MBG_NBD, ChurnThresholds.DEFAULT, true);

    public ChurnPolicy {
        Objects.requireNonNull(purchaseModel, "'purchaseModel' must not be null");
        Objects.requireNonNull(thresholds, "'thresholds' must not be null");
        if (purchaseModel == ModelKind.GAMMA_GAMMA) {
            throw new IllegalArgumentException("'purchaseModel' must be a purchase model (bgnbd, mbgnbd, pareto-nbd), "
                    + "not gamma-gamma");
        }
    }
}
