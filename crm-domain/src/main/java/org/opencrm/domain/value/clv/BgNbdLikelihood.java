package org.opencrm.domain.value.clv;

import static org.hipparchus.special.Gamma.digamma;
import static org.hipparchus.special.Gamma.logGamma;

/**
 * The BG/NBD mean log-likelihood over a summary table and its analytic gradient in (r, α, a, b). Each
 * evaluation computes the log-gamma and digamma terms once per distinct x, and ln(α+T), ln(α+t_x) once per
 * distinct T and t_x (summaries come from whole days, so there are few): the loop over customers is left with
 * one exponential and one logarithm per repeat buyer and none for the others.
 */
final class BgNbdLikelihood extends GroupedSummaries implements MaximumLikelihood.Smooth {

    BgNbdLikelihood(SummaryTable data) {
        super(data);
    }

    @Override
    public double at(double[] theta, double[] gradient) {
        double r = theta[0];
        double alpha = theta[1];
        double a = theta[2];
        double b = theta[3];
        double lnAlpha = Math.log(alpha);
        double lnA = Math.log(a);
        double psiR = digamma(r);
        double psiAB = digamma(a + b);
        double psiB = digamma(b);
        double constant = -logGamma(r) + r * lnAlpha + logGamma(a + b) - logGamma(b);
        // Per distinct x: the terms that depend on x only, and their derivatives.
        double[] base = new double[maxX + 1];
        double[] dBaseR = new double[maxX + 1];
        double[] dBaseA = new double[maxX + 1];
        double[] dBaseB = new double[maxX + 1];
        double[] lnBx1 = new double[maxX + 1];
        double[] invBx1 = new double[maxX + 1];
        for (int x = 0; x <= maxX; x++) {
            if (!present[x]) {
                continue;
            }
            base[x] = constant + logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x);
            double psiABx = digamma(a + b + x);
            dBaseR[x] = digamma(r + x) - psiR + lnAlpha;
            dBaseA[x] = psiAB - psiABx;
            dBaseB[x] = psiAB - psiB + digamma(b + x) - psiABx;
            if (x > 0) {
                lnBx1[x] = Math.log(b + x - 1);
                invBx1[x] = 1 / (b + x - 1);
            }
        }
        double[] lnT = new double[distinctT.length];
        double[] invT = new double[distinctT.length];
        for (int k = 0; k < distinctT.length; k++) {
            lnT[k] = Math.log(alpha + distinctT[k]);
            invT[k] = 1 / (alpha + distinctT[k]);
        }
        double[] lnTx = new double[distinctTx.length];
        double[] invTx = new double[distinctTx.length];
        for (int k = 0; k < distinctTx.length; k++) {
            lnTx[k] = Math.log(alpha + distinctTx[k]);
            invTx[k] = 1 / (alpha + distinctTx[k]);
        }
        double sum = 0;
        double gr = 0;
        double galpha = 0;
        double ga = 0;
        double gb = 0;
        double rOverAlpha = r / alpha;
        for (int i = 0; i < data.size(); i++) {
            int x = data.x(i);
            double w = data.weight(i);
            int kT = tIndex[i];
            double rx = r + x;
            double a3 = -rx * lnT[kT];
            gr += w * dBaseR[x];
            galpha += w * rOverAlpha;
            ga += w * dBaseA[x];
            gb += w * dBaseB[x];
            if (x == 0) {
                sum += w * (base[x] + a3);
                gr -= w * lnT[kT];
                galpha -= w * rx * invT[kT];
                continue;
            }
            int kTx = txIndex[i];
            double a4 = lnA - lnBx1[x] - rx * lnTx[kTx];
            // log(e^a3 + e^a4) and the share s of e^a4 in it, from one exponential.
            double d = a4 - a3;
            double e = Math.exp(-Math.abs(d));
            double s = d > 0 ? 1 / (1 + e) : e / (1 + e);
            sum += w * (base[x] + Math.max(a3, a4) + Math.log1p(e));
            gr -= w * ((1 - s) * lnT[kT] + s * lnTx[kTx]);
            galpha -= w * rx * ((1 - s) * invT[kT] + s * invTx[kTx]);
            ga += w * s / a;
            gb -= w * s * invBx1[x];
        }
        double n = data.customers();
        gradient[0] = gr / n;
        gradient[1] = galpha / n;
        gradient[2] = ga / n;
        gradient[3] = gb / n;
        return sum / n;
    }
}
