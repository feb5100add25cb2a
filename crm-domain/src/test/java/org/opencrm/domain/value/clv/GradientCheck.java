package org.opencrm.domain.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Checks an analytic likelihood gradient against central differences. */
final class GradientCheck {

    private GradientCheck() {
    }

    static void assertMatchesCentralDifferences(MaximumLikelihood.Smooth f, double... theta) {
        int n = theta.length;
        double[] analytic = new double[n];
        f.at(theta, analytic);
        for (int i = 0; i < n; i++) {
            double h = 1e-6 * theta[i];
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (f.at(up, new double[n]) - f.at(down, new double[n])) / (2 * h);
            assertThat(analytic[i]).as("∂/∂θ%d", i).isCloseTo(numeric, within(1e-7 + 1e-6 * Math.abs(numeric)));
        }
    }
}
