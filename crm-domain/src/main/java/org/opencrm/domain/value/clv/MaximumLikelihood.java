package org.opencrm.domain.value.clv;

import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum-likelihood fitting shared by the value models, always over the logs of the parameters so every
 * candidate is positive, minimising the mean negative log-likelihood. Models with an analytic gradient use
 * BFGS with a backtracking (Armijo) line search: tens of evaluations instead of hundreds. Hipparchus, our math
 * library, has no quasi-Newton method (its gradient optimiser is non-linear conjugate gradients with a Brent
 * line search, which spends more evaluations than Nelder-Mead here), so these forty lines are our own. Models
 * without one use Hipparchus' Nelder-Mead, restarted from its own optimum with a fresh, smaller simplex until
 * the likelihood stops improving (a simplex can stall on the flat ridges these likelihoods have); a BFGS run
 * that does not converge is finished that way too.
 */
final class MaximumLikelihood {

    private static final int MAX_EVALUATIONS = 20_000;
    private static final int MAX_RESTARTS = 6;

    /** The optimum, in natural parameters, with the evaluations spent and whether the restarts settled. */
    record Result(double[] parameters, int evaluations, boolean converged) {
    }

    /** ln L of one (x, t_x, T) at natural parameters θ. */
    @FunctionalInterface
    interface RowLikelihood {
        double at(double[] theta, int x, double tx, double T);
    }

    /** A mean log-likelihood with its gradient, both at natural (positive) parameters θ. */
    @FunctionalInterface
    interface Smooth {
        /** Returns the mean ln L at θ and writes ∂(mean ln L)/∂θ into {@code gradient}. */
        double at(double[] theta, double[] gradient);
    }

    private static final int MAX_ITERATIONS = 500;
    /** Converged when no log-parameter moves the mean log-likelihood by more than this per unit. */
    private static final double GRADIENT_TOLERANCE = 1e-9;
    /** The largest step in any log-parameter per iteration: e^8 ≈ 3000×, far enough to cross any ridge. */
    private static final double MAX_STEP = 8;

    private MaximumLikelihood() {
    }

    /** Maximises a smooth mean log-likelihood by BFGS in log-parameters from {@code start}. */
    static Result maximise(Smooth meanLogLikelihood, double... start) {
        int n = start.length;
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = Math.log(start[i]);
        }
        double[] g = new double[n];
        double f = negative(meanLogLikelihood, u, g);
        if (!Double.isFinite(f)) {
            throw new IllegalArgumentException("the likelihood is not finite at the start point");
        }
        double[][] h = identity(n);
        int evaluations = 1;
        boolean converged = false;
        double[] uNext = new double[n];
        double[] gNext = new double[n];
        double[] p = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            if (maxAbs(g) < GRADIENT_TOLERANCE) {
                converged = true;
                break;
            }
            double slope = direction(h, g, p);
            if (slope >= 0) {
                h = identity(n);
                slope = direction(h, g, p);
            }
            double step = Math.min(1, MAX_STEP / maxAbs(p));
            double fNext;
            while (true) {
                for (int i = 0; i < n; i++) {
                    uNext[i] = u[i] + step * p[i];
                }
                fNext = negative(meanLogLikelihood, uNext, gNext);
                evaluations++;
                if (fNext <= f + 1e-4 * step * slope) {
                    break;
                }
                step /= 2;
                if (step < 1e-14) {
                    break;
                }
            }
            if (!(fNext <= f + 1e-4 * step * slope)) {
                // No step lowers the objective: the gradient is at rounding level, we are at the optimum.
                converged = maxAbs(g) < 1e-6;
                break;
            }
            double[] s = new double[n];
            double[] y = new double[n];
            double sy = 0;
            double yy = 0;
            for (int i = 0; i < n; i++) {
                s[i] = uNext[i] - u[i];
                y[i] = gNext[i] - g[i];
                sy += s[i] * y[i];
                yy += y[i] * y[i];
            }
            if (sy > 1e-18) {
                if (iteration == 0) {
                    h = identity(n);
                    for (int i = 0; i < n; i++) {
                        h[i][i] = sy / yy;
                    }
                }
                update(h, s, y, sy);
            }
            double improvement = f - fNext;
            System.arraycopy(uNext, 0, u, 0, n);
            System.arraycopy(gNext, 0, g, 0, n);
            f = fNext;
            if (improvement <= 1e-15 * (1 + Math.abs(f))) {
                // The objective no longer changes in double precision: the gradient left is summation noise.
                converged = maxAbs(g) < 1e-6;
                break;
            }
        }
        double[] natural = new double[n];
        for (int i = 0; i < n; i++) {
            natural[i] = Math.exp(u[i]);
        }
        if (!converged) {
            Result polished = maximise(theta -> meanLogLikelihood.at(theta, new double[n]), natural);
            return new Result(polished.parameters(), evaluations + polished.evaluations(), polished.converged());
        }
        return new Result(natural, evaluations, true);
    }

    /** −mean ln L at log-parameters u, and its gradient in u (chain rule: ∂/∂u = θ ∂/∂θ); +∞ where undefined. */
    private static double negative(Smooth f, double[] u, double[] gradient) {
        int n = u.length;
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            theta[i] = Math.exp(u[i]);
            if (!(theta[i] > 0) || !Double.isFinite(theta[i])) {
                return Double.POSITIVE_INFINITY;
            }
        }
        double ll = f.at(theta, gradient);
        for (int i = 0; i < n; i++) {
            gradient[i] = -theta[i] * gradient[i];
            if (!Double.isFinite(gradient[i])) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return Double.isFinite(ll) ? -ll : Double.POSITIVE_INFINITY;
    }

    /** p = −H g; returns the slope g·p. */
    private static double direction(double[][] h, double[] g, double[] p) {
        double slope = 0;
        for (int i = 0; i < g.length; i++) {
            double v = 0;
            for (int j = 0; j < g.length; j++) {
                v -= h[i][j] * g[j];
            }
            p[i] = v;
            slope += g[i] * v;
        }
        return slope;
    }

    /** The BFGS update of the inverse Hessian: H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ, ρ = 1/(s·y). */
    private static void update(double[][] h, double[] s, double[] y, double sy) {
        int n = s.length;
        double rho = 1 / sy;
        double[] hy = new double[n];
        double yhy = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                hy[i] += h[i][j] * y[j];
            }
            yhy += y[i] * hy[i];
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
            }
        }
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }

    /** Fits a purchase model on summaries: the mean of the weighted row likelihoods, from {@code start}. */
    static Result overSummaries(SummaryTable data, RowLikelihood row, double... start) {
        return maximise(theta -> {
            double sum = 0;
            for (int i = 0; i < data.size(); i++) {
                sum += data.weight(i) * row.at(theta, data.x(i), data.tx(i), data.T(i));
            }
            return sum / data.customers();
        }, start);
    }

    /**
     * @param meanLogLikelihood the mean log-likelihood at natural (positive) parameters; -∞ where undefined
     * @param start             natural parameters to start from
     */
    static Result maximise(ToDoubleFunction<double[]> meanLogLikelihood, double... start) {
        int n = start.length;
        ObjectiveFunction objective = new ObjectiveFunction(theta -> {
            double[] natural = new double[n];
            for (int i = 0; i < n; i++) {
                natural[i] = Math.exp(theta[i]);
                if (!(natural[i] > 0) || !Double.isFinite(natural[i])) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            double ll = meanLogLikelihood.applyAsDouble(natural);
            return Double.isNaN(ll) ? Double.POSITIVE_INFINITY : -ll;
        });
        double[] point = new double[n];
        for (int i = 0; i < n; i++) {
            point[i] = Math.log(start[i]);
        }
        double best = Double.POSITIVE_INFINITY;
        int evaluations = 0;
        boolean converged = false;
        for (int round = 0; round <= MAX_RESTARTS; round++) {
            SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-11, 1e-12));
            PointValuePair result;
            try {
                result = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), objective, GoalType.MINIMIZE,
                        new InitialGuess(point), new NelderMeadSimplex(n, round == 0 ? 1.0 : 0.05));
            } catch (MathIllegalStateException tooManyEvaluations) {
                break;
            }
            evaluations += optimizer.getEvaluations();
            point = result.getPoint();
            boolean improved = result.getValue() < best - 1e-12;
            best = Math.min(best, result.getValue());
            if (!improved) {
                converged = true;
                break;
            }
        }
        double[] natural = new double[n];
        for (int i = 0; i < n; i++) {
            natural[i] = Math.exp(point[i]);
        }
        return new Result(natural, evaluations, converged);
    }
}
