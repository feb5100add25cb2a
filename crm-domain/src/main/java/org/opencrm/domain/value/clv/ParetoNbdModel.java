package org.opencrm.domain.value.clv;

import static org.hipparchus.special.Gamma.logGamma;

import java.util.Objects;

/**
 * The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987) in the subtraction-free form of
 * docs/value-models.md §2.2: the likelihood never subtracts two nearly equal hypergeometric terms, and the branch
 * with large b goes through Euler's transformation, so it stays finite over the whole CDNOW range and beyond.
 */
public final class ParetoNbdModel implements PurchaseModel {

    private final ParetoNbdParameters p;

    public ParetoNbdModel(ParetoNbdParameters parameters) {
        this.p = Objects.requireNonNull(parameters, "'parameters' must not be null");
    }

    public ParetoNbdParameters parameters() {
        return p;
    }

    @Override
    public double logLikelihood(int x, double tx, double T) {
        return logLikelihood(p.r(), p.alpha(), p.s(), p.beta(), x, tx, T);
    }


    static double logLikelihood(double r, double alpha, double s, double beta, int x, double tx, double T) {
        double w = r + s + x;
        double m = Math.max(alpha, beta);
        double head = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta) - w * Math.log(m + tx);
        double first = Math.log(s) - Math.log(w) + logF1(r, alpha, s, beta, x, tx);
        double second = Math.log(r + x) - Math.log(w) + logF2(r, alpha, s, beta, x, T)
                + w * (Math.log(m + tx) - Math.log(m + T));
        return head + BgNbdModel.logAddExp(first, second);
    }

    /** ln of the hypergeometric term at t_x; it depends on (x, t_x) only, so fits compute it once per pair. */
    static double logF1(double r, double alpha, double s, double beta, int x, double tx) {
        double w = r + s + x;
        double z = Math.abs(alpha - beta) / (Math.max(alpha, beta) + tx);
        return alpha >= beta ? Math.log(Hypergeometric.hyp2f1(w, s + 1, w + 1, z))
                : Hypergeometric.logHyp2f1WithCEqualsAPlusOne(w, r + x, z);
    }

    /** ln of the hypergeometric term at T; it depends on (x, T) only. */
    static double logF2(double r, double alpha, double s, double beta, int x, double T) {
        double w = r + s + x;
        double z = Math.abs(alpha - beta) / (Math.max(alpha, beta) + T);
        return alpha >= beta ? Math.log(Hypergeometric.hyp2f1(w, s, w + 1, z))
                : Hypergeometric.logHyp2f1WithCEqualsAPlusOne(w, r + x + 1, z);
    }

    @Override
    public double probabilityAlive(int x, double tx, double T) {
        double logNumerator = logGamma(p.r() + x) - logGamma(p.r()) + p.r() * Math.log(p.alpha())
                + p.s() * Math.log(p.beta()) - (p.r() + x) * Math.log(p.alpha() + T) - p.s() * Math.log(p.beta() + T);
        return Math.exp(logNumerator - logLikelihood(x, tx, T));
    }

    @Override
    public double expectedPurchases(double t, int x, double tx, double T) {
        double r = p.r();
        double alpha = p.alpha();
        double s = p.s();
        double beta = p.beta();
        double growth;
        if (Math.abs(s - 1) < 1e-9) {
            growth = (beta + T) * Math.log1p(t / (beta + T)); // the removable singularity at s = 1
        } else {
            growth = (beta + T) / (s - 1) * (1 - Math.pow((beta + T) / (beta + T + t), s - 1));
        }
        return (r + x) / (alpha + T) * growth * probabilityAlive(x, tx, T);
    }

    /** Fits Pareto/NBD by maximum likelihood from (1, 1, 1, 1); see {@link ParetoNbdLikelihood}. */
    public static ParetoNbdFit fit(SummaryTable data) {
        MaximumLikelihood.Result result = MaximumLikelihood.maximise(new ParetoNbdLikelihood(data), 1, 1, 1, 1);
        double[] q = result.parameters();
        ParetoNbdModel model = new ParetoNbdModel(new ParetoNbdParameters(q[0], q[1], q[2], q[3]));
        return new ParetoNbdFit(model, model.logLikelihood(data), result.evaluations(), result.converged());
    }

    /** The outcome of a Pareto/NBD fit. */
    public record ParetoNbdFit(ParetoNbdModel model, double logLikelihood, int evaluations, boolean converged) {
    }
}
