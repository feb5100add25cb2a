package org.opencrm.domain.value.clv;

/** Fits BG/NBD by maximum likelihood on (x, t_x, T) summaries; see {@link MaximumLikelihood} for the method. */
public final class BgNbdFitter {

    public BgNbdFit fit(SummaryTable data) {
        MaximumLikelihood.Result result = MaximumLikelihood.maximise(theta -> {
            double sum = 0;
            for (int i = 0; i < data.size(); i++) {
                sum += data.weight(i) * BgNbdModel.logLikelihood(theta[0], theta[1], theta[2], theta[3],
                        data.x(i), data.tx(i), data.T(i));
            }
            return sum / data.customers();
        }, 1, 1, 1, 1);
        double[] p = result.parameters();
        BgNbdParameters parameters = new BgNbdParameters(p[0], p[1], p[2], p[3]);
        return new BgNbdFit(parameters, new BgNbdModel(parameters).logLikelihood(data), result.evaluations(),
                result.converged());
    }
}
