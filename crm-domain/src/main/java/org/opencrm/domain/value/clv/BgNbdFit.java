package org.opencrm.domain.value.clv;

import java.util.Objects;

/** The outcome of a BG/NBD fit: the parameters, the log-likelihood they reach, and how the optimiser fared. */
public record BgNbdFit(BgNbdParameters parameters, double logLikelihood, int evaluations, boolean converged) {

    public BgNbdFit {
        Objects.requireNonNull(parameters, "'parameters' must not be null");
    }

    public BgNbdModel model() {
        return new BgNbdModel(parameters);
    }
}
