package org.opencrm.domain.value.clv;

/**
 * Fits BG/NBD by maximum likelihood on (x, t_x, T) summaries: BFGS with the analytic gradient of
 * {@link BgNbdLikelihood}; see {@link MaximumLikelihood} for the method.
 */
public final class BgNbdFitter {

    public BgNbdFit fit(SummaryTable data) {
        MaximumLikelihood.Result result = MaximumLikelihood.maximise(new BgNbdLikelihood(data), 1, 1, 1, 1);
        double[] p = result.parameters();
        BgNbdParameters parameters = new BgNbdParameters(p[0], p[1], p[2], p[3]);
        return new BgNbdFit(parameters, new BgNbdModel(parameters).logLikelihood(data), result.evaluations(),
                result.converged());
    }
}
