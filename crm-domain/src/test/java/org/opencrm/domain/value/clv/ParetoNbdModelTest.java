package org.opencrm.domain.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** docs/value-models.md §5, tests 3 and 4: Pareto/NBD against BTYD on the CDNOW sample. */
class ParetoNbdModelTest {

    /** BTYD's {@code cdnowSummary$est.params}. */
    private static final ParetoNbdModel BTYD =
            new ParetoNbdModel(new ParetoNbdParameters(0.5533971, 10.5801985, 0.6060625, 11.6562237));
    /** The walkthrough's parameters after two warm restarts: same likelihood, predictions move in the 4th digit. */
    private static final ParetoNbdModel RESTARTED =
            new ParetoNbdModel(new ParetoNbdParameters(0.5533710, 10.5795196, 0.6059074, 11.6581162));

    @Test
    void fitterLikelihoodWithCachedTermsEqualsTheModelsOnBothBranches() {
        SummaryTable data = CdnowSample.exactWeeks();
        ParetoNbdLikelihood cached = new ParetoNbdLikelihood(data);
        for (double[] p : new double[][] {{0.553, 10.58, 0.606, 11.656}, {0.553, 12.0, 0.606, 9.0}, {1.2, 3.0, 0.4, 3.0}}) {
            double model = new ParetoNbdModel(new ParetoNbdParameters(p[0], p[1], p[2], p[3])).logLikelihood(data);
            assertThat(cached.applyAsDouble(p) * data.customers()).isCloseTo(model, within(1e-7));
        }
    }

    @Test
    void logLikelihoodAtThePublishedParameters() {
        assertThat(BTYD.logLikelihood(CdnowSample.exactWeeks())).isCloseTo(-9594.9762, within(1e-3));
        assertThat(BTYD.logLikelihood(CdnowSample.csvWeeks())).isCloseTo(-9594.97396, within(1e-3));
    }

    @Test
    void customer1516MatchesBtyd() {
        assertThat(BTYD.expectedPurchases(52, 26, 30.85714, 31)).isCloseTo(25.45418, within(1e-5));
        assertThat(BTYD.probabilityAlive(26, 30.85714, 31)).isCloseTo(0.9978734, within(1e-5));
        assertThat(RESTARTED.expectedPurchases(52, 26, 30.85714, 31)).isCloseTo(25.45647, within(1e-5));
        assertThat(RESTARTED.probabilityAlive(26, 30.85714, 31)).isCloseTo(0.997874, within(1e-5));
    }

    @Test
    void largeHistoriesOnEitherBranchStayFinite() {
        // α < β with a large x: the plain series for ₂F₁(401.16, 400.55; 402.16; 0.95) overflows.
        ParetoNbdModel model = new ParetoNbdModel(new ParetoNbdParameters(0.55, 1.0, 0.61, 40.0));
        assertThat(model.logLikelihood(400, 39, 40)).isFinite();
        assertThat(model.probabilityAlive(400, 39, 40)).isBetween(0.0, 1.0);
        ParetoNbdModel other = new ParetoNbdModel(new ParetoNbdParameters(0.55, 40.0, 0.61, 1.0));
        assertThat(other.logLikelihood(400, 10, 100)).isFinite();
        assertThat(other.expectedPurchases(52, 400, 10, 100)).isFinite().isGreaterThanOrEqualTo(0);
        assertThat(model.logLikelihood(0, 0, 38)).isFinite();
    }

    @Test
    void theFitReachesThePublishedLikelihood() {
        ParetoNbdModel.ParetoNbdFit fit = ParetoNbdModel.fit(CdnowSample.exactWeeks());
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(-9594.977);
        // The optimum is flat in α and β (docs/value-models.md §2.7): check the well-determined shapes only.
        assertThat(fit.model().parameters().r()).isCloseTo(0.553, within(0.015));
        assertThat(fit.model().parameters().s()).isCloseTo(0.606, within(0.015));
    }
}
