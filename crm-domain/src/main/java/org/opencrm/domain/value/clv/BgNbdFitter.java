package org.opencrm.domain.value.clv;

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
 * Fits BG/NBD by maximum likelihood: Nelder-Mead (Hipparchus) on the log-parameters, minimising the mean
 * negative log-likelihood, restarted from its own optimum until the likelihood stops improving (a simplex
 * can stall on the flat ridges of this likelihood; a fresh simplex gets it moving again).
 */
public final class BgNbdFitter {

    private static final int MAX_EVALUATIONS = 20_000;
    private static final int MAX_RESTARTS = 5;
    private static final double[] START = {0, 0, 0, 0}; // r = α = a = b = 1

    public BgNbdFit fit(SummaryTable data) {
        ObjectiveFunction objective = new ObjectiveFunction(theta -> -meanLogLikelihood(theta, data));
        double[] point = START.clone();
        double best = Double.POSITIVE_INFINITY;
        int evaluations = 0;
        boolean converged = false;
        for (int round = 0; round <= MAX_RESTARTS; round++) {
            SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-13, 1e-13));
            PointValuePair result;
            try {
                result = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), objective, GoalType.MINIMIZE,
                        new InitialGuess(point), new NelderMeadSimplex(4, round == 0 ? 1.0 : 0.05));
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
        BgNbdParameters parameters = new BgNbdParameters(Math.exp(point[0]), Math.exp(point[1]),
                Math.exp(point[2]), Math.exp(point[3]));
        return new BgNbdFit(parameters, new BgNbdModel(parameters).logLikelihood(data), evaluations, converged);
    }

    private static double meanLogLikelihood(double[] theta, SummaryTable data) {
        double r = Math.exp(theta[0]);
        double alpha = Math.exp(theta[1]);
        double a = Math.exp(theta[2]);
        double b = Math.exp(theta[3]);
        if (!Double.isFinite(r + alpha + a + b) || r == 0 || alpha == 0 || a == 0 || b == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            sum += data.weight(i) * BgNbdModel.logLikelihood(r, alpha, a, b, data.x(i), data.tx(i), data.T(i));
        }
        return sum / data.customers();
    }
}
