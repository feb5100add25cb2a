package org.opencrm.domain.value.clv;

import static org.hipparchus.special.Gamma.logGamma;

import java.util.Objects;

/**
 * The BG/NBD customer-base model at fixed parameters: likelihood, P(alive) and expected purchases, in the
 * numerically stable forms of docs/value-models.md §2.1 (log space; no large powers outside a log).
 */
public final class BgNbdModel implements PurchaseModel {

    private final BgNbdParameters p;

    public BgNbdModel(BgNbdParameters parameters) {
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
        double a1 = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
        double a2 = logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
        double a3 = -(r + x) * Math.log(alpha + T);
        if (x == 0) {
            return a1 + a2 + a3;
        }
        double a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        return a1 + a2 + logAddExp(a3, a4);
    }

    /** P(alive | x, t_x, T): 1 without repeat purchases; otherwise via expit, so it cannot overflow. */
    @Override
    public double probabilityAlive(int x, double tx, double T) {
        if (x == 0) {
            return 1;
        }
        double logOdds = Math.log(p.a()) - Math.log(p.b() + x - 1)
                + (p.r() + x) * (Math.log(p.alpha() + T) - Math.log(p.alpha() + tx));
        return 1 / (1 + Math.exp(logOdds));
    }

    /**
     * E[Y(t) | x, t_x, T], the purchases expected in the next t periods. The hypergeometric term is taken
     * through Euler's transformation, whose series does not depend on x (docs/value-models.md §2.1):
     * ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z) = (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z).
     */
    @Override
    public double expectedPurchases(double t, int x, double tx, double T) {
        if (!(t >= 0)) {
            throw new IllegalArgumentException("'t' must not be negative, got " + t);
        }
        double r = p.r();
        double alpha = p.alpha();
        double a = p.a();
        double b = p.b();
        double z = t / (alpha + T + t);
        double hyp = Math.pow(1 - z, a - 1) * Hypergeometric.hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z);
        double numerator = (a + b + x - 1) / (a - 1) * (1 - hyp);
        return numerator * probabilityAlive(x, tx, T);
    }

    static double logAddExp(double u, double v) {
        double max = Math.max(u, v);
        return max + Math.log1p(Math.exp(-Math.abs(u - v)));
    }
}
