package org.opencrm.application.service.lifecycle;

import org.opencrm.domain.value.clv.BgNbdModel;
import org.opencrm.domain.value.clv.BgNbdParameters;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.MbgNbdModel;
import org.opencrm.domain.value.clv.ParetoNbdModel;
import org.opencrm.domain.value.clv.ParetoNbdParameters;
import org.opencrm.domain.value.clv.PurchaseModel;

/** Turns a stored fit back into the purchase model it describes. */
public final class StoredModels {

    private StoredModels() {
    }

    /** The model of a BG/NBD, MBG/NBD or Pareto/NBD fit; Gamma-Gamma predicts spend, not purchases. */
    public static PurchaseModel purchaseModel(FittedModel m) {
        return switch (m.kind()) {
            case BG_NBD -> new BgNbdModel(new BgNbdParameters(m.parameter("r"), m.parameter("alpha"), m.parameter("a"),
                    m.parameter("b")));
            case MBG_NBD -> new MbgNbdModel(new BgNbdParameters(m.parameter("r"), m.parameter("alpha"),
                    m.parameter("a"), m.parameter("b")));
            case PARETO_NBD -> new ParetoNbdModel(new ParetoNbdParameters(m.parameter("r"), m.parameter("alpha"),
                    m.parameter("s"), m.parameter("beta")));
            case GAMMA_GAMMA -> throw new IllegalArgumentException(
                    "'model' gamma-gamma predicts spend, not purchases: use bgnbd, mbgnbd or pareto-nbd");
        };
    }
}
