package org.opencrm.domain.value.clv;

import static org.hipparchus.special.Gamma.logGamma;

/**
 * Fits BG/NBD by maximum likelihood on (x, t_x, T) summaries; see {@link MaximumLikelihood} for the method.
 * The likelihood is evaluated with the log-gamma terms computed once per distinct x, not once per customer:
 * there are a few dozen distinct x among thousands of customers.
 */
public final class BgNbdFitter {

    public BgNbdFit fit(SummaryTable data) {
        int largest = 0;
        for (int i = 0; i < data.size(); i++) {
            largest = Math.max(largest, data.x(i));
        }
        int maxX = largest;
        boolean[] present = new boolean[maxX + 1];
        for (int i = 0; i < data.size(); i++) {
            present[data.x(i)] = true;
        }
        double[] lgRx = new double[maxX + 1];
        double[] lgBx = new double[maxX + 1];
        double[] lgABx = new double[maxX + 1];
        double[] lnBx1 = new double[maxX + 1];
        MaximumLikelihood.Result result = MaximumLikelihood.maximise(theta -> {
            double r = theta[0];
            double alpha = theta[1];
            double a = theta[2];
            double b = theta[3];
            for (int x = 0; x <= maxX; x++) {
                if (present[x]) {
                    lgRx[x] = logGamma(r + x);
                    lgBx[x] = logGamma(b + x);
                    lgABx[x] = logGamma(a + b + x);
                    lnBx1[x] = x > 0 ? Math.log(b + x - 1) : 0;
                }
            }
            double constant = -logGamma(r) + r * Math.log(alpha) + logGamma(a + b) - logGamma(b);
            double lnA = Math.log(a);
            double sum = 0;
            for (int i = 0; i < data.size(); i++) {
                int x = data.x(i);
                double a3 = -(r + x) * Math.log(alpha + data.T(i));
                double ll = constant + lgRx[x] + lgBx[x] - lgABx[x];
                if (x == 0) {
                    ll += a3;
                } else {
                    double a4 = lnA - lnBx1[x] - (r + x) * Math.log(alpha + data.tx(i));
                    ll += BgNbdModel.logAddExp(a3, a4);
                }
                sum += data.weight(i) * ll;
            }
            return sum / data.customers();
        }, 1, 1, 1, 1);
        double[] p = result.parameters();
        BgNbdParameters parameters = new BgNbdParameters(p[0], p[1], p[2], p[3]);
        return new BgNbdFit(parameters, new BgNbdModel(parameters).logLikelihood(data), result.evaluations(),
                result.converged());
    }
}
