package org.opencrm.domain.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** docs/value-models.md §0 and §5: MBG/NBD on the CDNOW sample against BTYDplus / lifetimes. */
class MbgNbdModelTest {

    @Test
    void theFitReachesThePublishedOptimum() {
        BgNbdFit fit = MbgNbdModel.fit(CdnowSample.exactWeeks());
        assertThat(fit.converged()).isTrue();
        assertThat(fit.logLikelihood()).isCloseTo(-9582.136, within(1e-3));
        BgNbdParameters p = fit.parameters();
        assertThat(p.r()).isCloseTo(0.525, within(0.0015));
        assertThat(p.alpha()).isCloseTo(6.183, within(0.0015));
        assertThat(p.a()).isCloseTo(0.891, within(0.0015));
        assertThat(p.b()).isCloseTo(1.614, within(0.0015));
    }

    @Test
    void customersWithoutRepeatPurchasesMayAlreadyBeGone() {
        MbgNbdModel model = new MbgNbdModel(new BgNbdParameters(0.525, 6.183, 0.891, 1.614));
        assertThat(model.probabilityAlive(0, 0, 38.86)).isLessThan(1.0).isGreaterThan(0.0);
        assertThat(model.probabilityAlive(1000, 10, 100)).isEqualTo(0.0);
        assertThat(model.logLikelihood(1000, 10, 100)).isFinite();
    }
}
