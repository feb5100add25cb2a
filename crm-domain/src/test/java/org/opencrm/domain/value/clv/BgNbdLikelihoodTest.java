package org.opencrm.domain.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BgNbdLikelihoodTest {

    private static final double[] AWAY = {0.5, 3.0, 1.3, 1.7};

    @Test
    void valueIsTheModelsMeanLogLikelihood() {
        SummaryTable data = CdnowSample.exactWeeks();
        double mean = new BgNbdLikelihood(data).at(AWAY, new double[4]);
        double reference = new BgNbdModel(new BgNbdParameters(AWAY[0], AWAY[1], AWAY[2], AWAY[3])).logLikelihood(data);
        assertThat(mean * data.customers()).isCloseTo(reference, within(1e-7));
    }

    @Test
    void gradientMatchesCentralDifferences() {
        GradientCheck.assertMatchesCentralDifferences(new BgNbdLikelihood(CdnowSample.exactWeeks()), AWAY);
        GradientCheck.assertMatchesCentralDifferences(new BgNbdLikelihood(CdnowSample.exactWeeks()), 0.243, 4.414, 0.793, 2.426);
    }
}
