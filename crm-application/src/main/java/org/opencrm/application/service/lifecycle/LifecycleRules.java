package org.opencrm.application.service.lifecycle;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.port.in.value.ChurnPolicy;
import org.opencrm.domain.lifecycle.ChurnSignal;
import org.opencrm.domain.lifecycle.ExpansionRule;
import org.opencrm.domain.lifecycle.LifecycleDerivation;
import org.opencrm.domain.value.clv.AliveChurnSignal;
import org.opencrm.domain.value.clv.FittedModel;

/**
 * The lifecycle rules in force for a report as of a date: P(alive) of the churn policy's model, from the fit
 * calibrated by that date (the same fit the churn, loyalty and tier reports use), or the recency rule while
 * there is none or the policy keeps the lifecycle on it.
 */
public final class LifecycleRules {

    /** The derivation to use, the churn signal in words, and any warning about its fit. */
    public record Applied(LifecycleDerivation derivation, String churnSignal, Optional<FittedModel> fit,
                          List<String> warnings) {
        public Applied {
            Objects.requireNonNull(derivation, "'derivation' must not be null");
            Objects.requireNonNull(churnSignal, "'churnSignal' must not be null");
            Objects.requireNonNull(fit, "'fit' must not be null");
            warnings = List.copyOf(warnings);
        }
    }

    private final ModelFits fits;
    private final ChurnPolicy policy;
    private final ChurnSignal recency;
    private final ExpansionRule expansion;

    @Inject
    public LifecycleRules(ModelFits fits, ChurnPolicy policy, ChurnSignal recency, ExpansionRule expansion) {
        this.fits = Objects.requireNonNull(fits);
        this.policy = Objects.requireNonNull(policy);
        this.recency = Objects.requireNonNull(recency);
        this.expansion = Objects.requireNonNull(expansion);
    }

    public ChurnPolicy policy() {
        return policy;
    }

    public Applied asOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "'asOf' must not be null");
        if (!policy.lifecycleUsesAlive()) {
            return new Applied(new LifecycleDerivation(recency, expansion), "recency rule (lifecycle.churn-signal = recency)",
                    Optional.empty(), List.of());
        }
        Optional<FittedModel> fit = fits.calibratedBy(policy.purchaseModel(), asOf);
        if (fit.isEmpty()) {
            return new Applied(new LifecycleDerivation(recency, expansion), "recency rule (no "
                    + policy.purchaseModel().code() + " fit calibrated on or before " + asOf + ")", Optional.empty(),
                    List.of());
        }
        FittedModel m = fit.get();
        AliveChurnSignal alive = new AliveChurnSignal(StoredModels.purchaseModel(m), m.unit(), policy.thresholds());
        return new Applied(new LifecycleDerivation(alive, expansion), describe(m, policy), fit,
                ModelFits.staleness(m, asOf).stream().toList());
    }

    /** "P(alive) of mbgnbd (calibrated to 1998-06-30, fitted 2026-...): at risk below 0.50, lapsed below 0.20". */
    public static String describe(FittedModel m, ChurnPolicy policy) {
        return String.format(java.util.Locale.ROOT,
                "P(alive) of %s (calibrated to %s, fitted %s): at risk below %.2f, lapsed below %.2f", m.kind().code(),
                m.calibrationEnd(), m.fittedAt(), policy.thresholds().atRiskBelow(), policy.thresholds().lapsedBelow());
    }
}
