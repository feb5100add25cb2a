package org.opencrm.domain.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;

/**
 * Parameter recovery (issue 3): 50,000 customers simulated from known BG/NBD parameters with a fixed seed,
 * observed for a year in whole days; the fit recovers every parameter within 5 %.
 */
class BgNbdRecoveryTest {

    @Test
    void recoversTheParametersItSimulatedFrom() {
        BgNbdParameters truth = new BgNbdParameters(0.25, 4.0, 0.8, 2.5);
        RandomDataGenerator random = new RandomDataGenerator(20261123L);
        List<PurchaseSummary> customers = new ArrayList<>();
        double observed = 52;
        for (int c = 0; c < 50_000; c++) {
            double lambda = random.nextGamma(truth.r(), 1 / truth.alpha()); // shape r, rate α
            double dropout = random.nextBeta(truth.a(), truth.b());
            int x = 0;
            double last = 0;
            double t = 0;
            while (true) {
                t += random.nextExponential(1 / lambda);
                if (t > observed) {
                    break;
                }
                x++;
                last = t;
                if (random.nextDouble() < dropout) {
                    break; // gone right after this purchase
                }
            }
            // Whole days, as a store records them.
            double lastInDays = Math.floor(last * 7) / 7;
            customers.add(new PurchaseSummary(x, x == 0 ? 0 : lastInDays, observed, BigDecimal.ZERO));
        }
        BgNbdFit fit = new BgNbdFitter().fit(SummaryTable.of(customers));
        assertThat(fit.converged()).isTrue();
        BgNbdParameters p = fit.parameters();
        assertThat(p.r()).isCloseTo(truth.r(), within(0.05 * truth.r()));
        assertThat(p.alpha()).isCloseTo(truth.alpha(), within(0.05 * truth.alpha()));
        assertThat(p.a()).isCloseTo(truth.a(), within(0.05 * truth.a()));
        assertThat(p.b()).isCloseTo(truth.b(), within(0.05 * truth.b()));
    }
}
