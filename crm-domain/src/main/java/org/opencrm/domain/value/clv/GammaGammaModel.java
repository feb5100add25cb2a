package org.opencrm.domain.value.clv;

import static org.hipparchus.special.Gamma.logGamma;

import java.util.Objects;

/**
 * The Gamma-Gamma model of spend per transaction (docs/value-models.md §2.4): fitted on repeat customers'
 * (x, m̄), it predicts a customer's expected average transaction value, shrinking their own mean towards the
 * population's. It assumes spend is independent of purchase frequency; {@link #fit} checks that first.
 */
public final class GammaGammaModel {

    /** Above this |Pearson correlation| of x and m̄, the independence assumption is taken to be broken. */
    public static final double DEFAULT_MAX_CORRELATION = 0.3;

    private final GammaGammaParameters p;

    public GammaGammaModel(GammaGammaParameters parameters) {
        this.p = Objects.requireNonNull(parameters, "'parameters' must not be null");
    }

    public GammaGammaParameters parameters() {
        return p;
    }

    /** ln L of one repeat customer with x > 0 repeat transactions of mean value m̄ > 0. */
    public double logLikelihood(int x, double meanValue) {
        return logLikelihood(p.p(), p.q(), p.gamma(), x, meanValue);
    }

    static double logLikelihood(double p, double q, double gamma, int x, double m) {
        double px = p * x;
        return logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(gamma) + (px - 1) * Math.log(m)
                + px * Math.log(x) - (px + q) * Math.log(gamma + x * m);
    }

    /** E[M | x, m̄]; for x = 0 the population mean p·γ/(q−1). */
    public double expectedAverageValue(int x, double meanValue) {
        return p.p() * (p.gamma() + x * meanValue) / (p.p() * x + p.q() - 1);
    }

    /** The Pearson correlation of frequency and mean spend over the given repeat customers. */
    public static double correlation(int[] x, double[] meanValue) {
        int n = x.length;
        double mx = 0;
        double mm = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            mm += meanValue[i];
        }
        mx /= n;
        mm /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (meanValue[i] - mm);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (meanValue[i] - mm) * (meanValue[i] - mm);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** The outcome of a fit: the model, its log-likelihood, the correlation checked, and the optimiser's effort. */
    public record Fit(GammaGammaModel model, double logLikelihood, double correlation, int evaluations,
                      boolean converged) {
    }

    /**
     * Fits on repeat customers only (x > 0 and m̄ > 0; others are skipped), after refusing data whose frequency
     * and spend correlate beyond {@code maxCorrelation}: the model would then be the wrong one.
     */
    public static Fit fit(int[] x, double[] meanValue, double maxCorrelation) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && meanValue[i] > 0) {
                n++;
            }
        }
        if (n < 3) {
            throw new IllegalArgumentException("the Gamma-Gamma model needs repeat customers with spend; found " + n);
        }
        int[] xs = new int[n];
        double[] ms = new double[n];
        for (int i = 0, j = 0; i < x.length; i++) {
            if (x[i] > 0 && meanValue[i] > 0) {
                xs[j] = x[i];
                ms[j++] = meanValue[i];
            }
        }
        double rho = correlation(xs, ms);
        if (Math.abs(rho) > maxCorrelation) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "frequency and mean spend are correlated (r = %.3f, limit %.2f): the Gamma-Gamma model assumes "
                            + "they are independent, so its values would be biased", rho, maxCorrelation));
        }
        MaximumLikelihood.Result result = MaximumLikelihood.maximise(new GammaGammaLikelihood(xs, ms), 1, 1, 1);
        double[] q = result.parameters();
        GammaGammaModel model = new GammaGammaModel(new GammaGammaParameters(q[0], q[1], q[2]));
        double ll = 0;
        for (int i = 0; i < n; i++) {
            ll += model.logLikelihood(xs[i], ms[i]);
        }
        return new Fit(model, ll, rho, result.evaluations(), result.converged());
    }
}
