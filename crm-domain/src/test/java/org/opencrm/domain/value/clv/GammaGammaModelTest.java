package org.opencrm.domain.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.purchase.PurchaseFact;

/** docs/value-models.md §5, test 5: Gamma-Gamma on the 946 repeat customers of the CDNOW sample. */
class GammaGammaModelTest {

    @Test
    void fitsThePublishedSpendModelAndPredictsTheFirstCustomers() {
        List<PurchaseSummary> summaries = new ArrayList<>();
        for (Map.Entry<Integer, List<PurchaseFact>> e : CdnowSample.purchases().entrySet()) {
            summaries.add(CdnowSample.summary(e.getValue(), CdnowSample.CALIBRATION_END, ModelTimeUnit.WEEKS).orElseThrow());
        }
        int[] x = summaries.stream().mapToInt(PurchaseSummary::x).toArray();
        double[] m = summaries.stream().mapToDouble(s -> s.meanRepeatValue().doubleValue()).toArray();

        GammaGammaModel.Fit fit = GammaGammaModel.fit(x, m, GammaGammaModel.DEFAULT_MAX_CORRELATION);
        assertThat(fit.converged()).isTrue();
        GammaGammaParameters p = fit.model().parameters();
        assertThat(p.p()).isCloseTo(6.25, within(0.015));
        assertThat(p.q()).isCloseTo(3.74, within(0.015));
        assertThat(p.gamma()).isCloseTo(15.44, within(0.015));
        assertThat(fit.logLikelihood()).isCloseTo(-4055.918, within(1e-3));
        assertThat(fit.correlation()).isCloseTo(0.1139, within(1e-3));

        double[] published = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
        for (int i = 0; i < published.length; i++) {
            assertThat(fit.model().expectedAverageValue(x[i], m[i])).as("customer %s", i + 1)
                    .isCloseTo(published[i], within(0.1));
        }
    }

    @Test
    void likelihoodGradientMatchesCentralDifferences() {
        int[] x = {1, 2, 2, 5, 9, 1};
        double[] m = {12.5, 30.0, 18.2, 44.9, 25.1, 7.0};
        GradientCheck.assertMatchesCentralDifferences(new GammaGammaLikelihood(x, m), 6.25, 3.74, 15.44);
        GradientCheck.assertMatchesCentralDifferences(new GammaGammaLikelihood(x, m), 0.7, 1.9, 2.2);
    }

    @Test
    void refusesDataWhereFrequencyDrivesSpend() {
        int[] x = new int[200];
        double[] m = new double[200];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1 + i % 20;
            m[i] = 10 + 5.0 * x[i] + (i % 7); // heavy buyers spend more per purchase
        }
        assertThatThrownBy(() -> GammaGammaModel.fit(x, m, GammaGammaModel.DEFAULT_MAX_CORRELATION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("correlated (r = 0.9").hasMessageContaining("independent");
    }
}
