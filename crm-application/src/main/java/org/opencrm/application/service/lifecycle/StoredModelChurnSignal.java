package org.opencrm.application.service.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.port.out.ModelRepository;
import org.opencrm.domain.lifecycle.ChurnAssessment;
import org.opencrm.domain.lifecycle.ChurnSignal;
import org.opencrm.domain.lifecycle.ChurnStatus;
import org.opencrm.domain.lifecycle.PurchasePattern;
import org.opencrm.domain.value.clv.AliveChurnSignal;
import org.opencrm.domain.value.clv.ModelKind;

/**
 * The churn signal the lifecycle uses once a purchase model has been fitted: P(alive) from the latest stored
 * fit of the chosen model; until there is one, the recency rule. Looked up on first use, so building the
 * application opens no store, and kept for the rest of the run.
 */
public final class StoredModelChurnSignal implements ChurnSignal {

    private final ModelRepository models;
    private final ModelKind kind;
    private final double atRiskBelow;
    private final double lapsedBelow;
    private final ChurnSignal fallback;
    private volatile ChurnSignal resolved;

    public StoredModelChurnSignal(ModelRepository models, ModelKind kind, double atRiskBelow, double lapsedBelow,
                                  ChurnSignal fallback) {
        this.models = Objects.requireNonNull(models);
        this.kind = Objects.requireNonNull(kind);
        if (kind == ModelKind.GAMMA_GAMMA) {
            throw new IllegalArgumentException("'model' for P(alive) must be a purchase model, not gamma-gamma");
        }
        this.atRiskBelow = atRiskBelow;
        this.lapsedBelow = lapsedBelow;
        this.fallback = Objects.requireNonNull(fallback);
    }

    @Override
    public ChurnAssessment assess(PurchasePattern pattern, LocalDate day) {
        return signal().assess(pattern, day);
    }

    @Override
    public ChurnStatus status(PurchasePattern pattern, LocalDate day) {
        return signal().status(pattern, day);
    }

    @Override
    public Optional<LocalDate> firstDayAtLeast(ChurnStatus status, PurchasePattern pattern, LocalDate from,
                                               LocalDate to) {
        return signal().firstDayAtLeast(status, pattern, from, to);
    }

    private ChurnSignal signal() {
        ChurnSignal s = resolved;
        if (s == null) {
            // Reports derive on several threads: one of them looks the model up, through the store's session.
            synchronized (this) {
                s = resolved;
                if (s == null) {
                    s = models.findLatest(kind).<ChurnSignal>map(m -> new AliveChurnSignal(
                            StoredModels.purchaseModel(m), m.unit(), atRiskBelow, lapsedBelow)).orElse(fallback);
                    resolved = s;
                }
            }
        }
        return s;
    }
}
