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
 * Maximum-likelihood fitting shared by the value models: Nelder-Mead (Hipparchus) over the logs of the
 * parameters, so every candidate is positive, minimising the mean negative log-likelihood; restarted from its
 * own optimum with a fresh, smaller simplex until the likelihood stops improving (a simplex can stall on the
 * flat ridges these likelihoods have).
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

    private MaximumLikelihood() {
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
