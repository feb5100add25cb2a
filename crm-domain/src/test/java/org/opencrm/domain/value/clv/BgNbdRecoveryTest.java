package org.opencrm.domain.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parameter recovery (issue 3): 50,000 customers simulated from known BG/NBD parameters with a fixed seed,
 * observed for a year in whole days; the fit recovers every parameter within 5 %.
 */
class BgNbdRecoveryTest {

    @Test
    void recoversTheParametersItSimulatedFrom() {
        BgNbdParameters truth = new BgNbdParameters(0.25, 4.0, 0.8, 2.5);
        List<PurchaseSummary> customers = BgNbdSimulation.simulate(truth, new GammaGammaParameters(6, 4, 15), 50_000,
                364, 0, 20261123L);
        BgNbdFit fit = new BgNbdFitter().fit(SummaryTable.of(customers));
        assertThat(fit.converged()).isTrue();
        BgNbdParameters p = fit.parameters();
        assertThat(p.r()).isCloseTo(truth.r(), within(0.05 * truth.r()));
        assertThat(p.alpha()).isCloseTo(truth.alpha(), within(0.05 * truth.alpha()));
        assertThat(p.a()).isCloseTo(truth.a(), within(0.05 * truth.a()));
        assertThat(p.b()).isCloseTo(truth.b(), within(0.05 * truth.b()));
    }
}
