package org.opencrm.domain.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** docs/value-models.md §5, tests 2 and 4: BG/NBD against the published CDNOW numbers. */
class BgNbdModelTest {

    /** BTYD walkthrough's fit on the CDNOW sample, weeks. */
    private static final BgNbdParameters BTYD = new BgNbdParameters(0.2425982, 4.4136842, 0.7929899, 2.4261667);
    private final BgNbdModel model = new BgNbdModel(BTYD);

    @Test
    void logLikelihoodAtThePublishedParametersOnExactAndRoundedWeeks() {
        assertThat(model.logLikelihood(CdnowSample.exactWeeks())).isCloseTo(-9582.4292, within(1e-3));
        assertThat(model.logLikelihood(CdnowSample.csvWeeks())).isCloseTo(-9582.4256, within(1e-3));
    }

    @Test
    void perCustomerPredictionsMatchTheWalkthrough() {
        // customer 1516 of the sample
        assertThat(model.expectedPurchases(52, 26, 30.85714, 31)).isCloseTo(25.75659, within(1e-4));
        assertThat(model.probabilityAlive(26, 30.85714, 31)).isCloseTo(0.9688523, within(1e-6));
        // customer 1 (lifetimes test)
        assertThat(model.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(1e-3));
    }

    @Test
    void extremeHistoriesStayFinite() {
        assertThat(model.probabilityAlive(1000, 10, 100)).isEqualTo(0.0);
        assertThat(model.logLikelihood(200, 38, 39)).isFinite();
        assertThat(model.logLikelihood(1000, 10, 100)).isFinite();
        assertThat(model.expectedPurchases(52, 1000, 10, 100)).isFinite().isGreaterThanOrEqualTo(0);
        assertThat(model.probabilityAlive(0, 0, 38)).isEqualTo(1.0);
    }

    @Test
    void theFitReachesThePublishedOptimum() {
        BgNbdFit fit = new BgNbdFitter().fit(CdnowSample.exactWeeks());
        assertThat(fit.converged()).isTrue();
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(-9582.430);
        BgNbdParameters p = fit.parameters();
        assertThat(p.r()).isCloseTo(0.243, within(0.015));
        assertThat(p.alpha()).isCloseTo(4.414, within(0.015));
        assertThat(p.a()).isCloseTo(0.793, within(0.015));
        assertThat(p.b()).isCloseTo(2.426, within(0.015));
    }
}
