package org.opencrm.domain.value.clv;

import static org.hipparchus.special.Gamma.logGamma;

import java.util.Objects;

/**
 * The MBG/NBD model (Batislam, Denizel & Filiztekin 2007): BG/NBD in which a customer may also drop out right
 * after the first purchase, so P(alive) is below 1 even without repeat purchases (docs/value-models.md §2.3).
 * Its parameters have the same names as BG/NBD's.
 */
public final class MbgNbdModel implements PurchaseModel {

    private final BgNbdParameters p;

    public MbgNbdModel(BgNbdParameters parameters) {
        this.p = Objects.requireNonNull(parameters, "'parameters' must not be null");
    }

    public BgNbdParameters parameters() {
        return p;
    }

    @Override
    public double logLikelihood(int x, double tx, double T) {
        return logLikelihood(p.r(), p.alpha(), p.a(), p.b(), x, tx, T);
    }


    static double logLikelihood(double r, double alpha, double a, double b, int x, double tx, double T) {
        double base = logGamma(r + x) - logGamma(r) + r * Math.log(alpha)
                + logGamma(a + b) + logGamma(b + x + 1) - logGamma(b) - logGamma(a + b + x + 1)
                - (r + x) * Math.log(alpha + T);
        double logOdds = Math.log(a) - Math.log(b + x) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
        return base + log1pExp(logOdds);
    }

    @Override
    public double probabilityAlive(int x, double tx, double T) {
        double logOdds = Math.log(p.a()) - Math.log(p.b() + x)
                + (p.r() + x) * (Math.log(p.alpha() + T) - Math.log(p.alpha() + tx));
        return 1 / (1 + Math.exp(logOdds));
    }

    /** E[Y(t) | x, t_x, T], through the same Euler transformation as BG/NBD. */
    @Override
    public double expectedPurchases(double t, int x, double tx, double T) {
        double r = p.r();
        double alpha = p.alpha();
        double a = p.a();
        double b = p.b();
        double z = t / (alpha + T + t);
        // ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x+1; a+b+x; z) = (1−z)^(a−1) ₂F₁(a+b−r, a−1; a+b+x; z)
        double hyp = Math.pow(1 - z, a - 1) * Hypergeometric.hyp2f1(a + b - r, a - 1, a + b + x, z);
        return (a + b + x) / (a - 1) * (1 - hyp) * probabilityAlive(x, tx, T);
    }

    /** ln(1 + e^v) without overflow. */
    static double log1pExp(double v) {
        return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
    }

    /** Fits MBG/NBD by maximum likelihood, starting where BTYDplus does (1, 3, 1, 3). */
    public static BgNbdFit fit(SummaryTable data) {
        MaximumLikelihood.Result result = MaximumLikelihood.overSummaries(data,
                (theta, x, tx, T) -> logLikelihood(theta[0], theta[1], theta[2], theta[3], x, tx, T), 1, 3, 1, 3);
        double[] q = result.parameters();
        BgNbdParameters parameters = new BgNbdParameters(q[0], q[1], q[2], q[3]);
        return new BgNbdFit(parameters, new MbgNbdModel(parameters).logLikelihood(data), result.evaluations(),
                result.converged());
    }
}
