package org.opencrm.domain.value.clv;

import static org.hipparchus.special.Gamma.digamma;
import static org.hipparchus.special.Gamma.logGamma;

/**
 * The Gamma-Gamma mean log-likelihood over repeat customers (x &gt; 0, m̄ &gt; 0) and its analytic gradient in
 * (p, q, γ). Terms in x alone are computed once per distinct x, ln x and ln m̄ once per customer for the whole
 * fit: an evaluation costs one logarithm per customer.
 */
final class GammaGammaLikelihood implements MaximumLikelihood.Smooth {

    private final int[] x;
    private final double[] lnM;
    private final double[] lnX;
    private final double[] xm;
    private final int maxX;
    private final boolean[] present;

    GammaGammaLikelihood(int[] x, double[] m) {
        this.x = x;
        this.lnM = new double[x.length];
        this.lnX = new double[x.length];
        this.xm = new double[x.length];
        int largest = 0;
        for (int i = 0; i < x.length; i++) {
            lnM[i] = Math.log(m[i]);
            lnX[i] = Math.log(x[i]);
            xm[i] = x[i] * m[i];
            largest = Math.max(largest, x[i]);
        }
        this.maxX = largest;
        this.present = new boolean[maxX + 1];
        for (int v : x) {
            present[v] = true;
        }
    }

    @Override
    public double at(double[] theta, double[] gradient) {
        double p = theta[0];
        double q = theta[1];
        double gamma = theta[2];
        double lnGamma = Math.log(gamma);
        double constant = -logGamma(q) + q * lnGamma;
        double psiQ = digamma(q);
        double[] byX = new double[maxX + 1];
        double[] psiPxQ = new double[maxX + 1];
        double[] psiPx = new double[maxX + 1];
        for (int v = 1; v <= maxX; v++) {
            if (present[v]) {
                double px = p * v;
                byX[v] = logGamma(px + q) - logGamma(px) + px * Math.log(v);
                psiPxQ[v] = digamma(px + q);
                psiPx[v] = digamma(px);
            }
        }
        double sum = 0;
        double gp = 0;
        double gq = 0;
        double gg = 0;
        for (int i = 0; i < x.length; i++) {
            int v = x[i];
            double px = p * v;
            double lnGxm = Math.log(gamma + xm[i]);
            sum += constant + byX[v] + (px - 1) * lnM[i] - (px + q) * lnGxm;
            gp += v * (psiPxQ[v] - psiPx[v] + lnM[i] + lnX[i] - lnGxm);
            gq += psiPxQ[v] - psiQ + lnGamma - lnGxm;
            gg += q / gamma - (px + q) / (gamma + xm[i]);
        }
        int n = x.length;
        gradient[0] = gp / n;
        gradient[1] = gq / n;
        gradient[2] = gg / n;
        return sum / n;
    }
}
