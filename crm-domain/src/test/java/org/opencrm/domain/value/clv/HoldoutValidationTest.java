package org.opencrm.domain.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.purchase.PurchaseFact;

/** The holdout check on CDNOW: calibration to 1997-09-30, holdout to 1998-06-30 (39 weeks). */
class HoldoutValidationTest {

    private static final BgNbdModel BTYD = new BgNbdModel(new BgNbdParameters(0.2425982, 4.4136842, 0.7929899, 2.4261667));

    @Test
    void actualHoldoutPurchasesFromTheRawLogAddUpToThePublishedTotal() {
        List<HoldoutValidation.Observation> observations = new ArrayList<>();
        for (Map.Entry<Integer, List<PurchaseFact>> e : CdnowSample.purchases().entrySet()) {
            observations.add(new HoldoutValidation.Observation(
                    CdnowSample.summary(e.getValue(), CdnowSample.CALIBRATION_END, ModelTimeUnit.WEEKS).orElseThrow(),
                    HoldoutValidation.holdoutPurchases(e.getValue(), CdnowSample.CALIBRATION_END, LocalDate.of(1998, 6, 30))));
        }
        List<HoldoutValidation.Row> table = HoldoutValidation.table(BTYD, 39, observations, 7);
        assertThat(table).hasSize(8);
        assertThat(table.stream().mapToLong(HoldoutValidation.Row::customers).sum()).isEqualTo(2_357);
        double actual = table.stream().mapToDouble(r -> r.actualMean() * r.customers()).sum();
        assertThat(actual).isCloseTo(1_882, within(1e-6));
        assertThat(table.get(7).andAbove()).isTrue();
        // Heavier calibration buyers buy more in the holdout, in the data and in the model.
        assertThat(table.get(5).actualMean()).isGreaterThan(table.get(1).actualMean());
        assertThat(table.get(5).predictedMean()).isGreaterThan(table.get(1).predictedMean());
    }

    @Test
    void predictedTotalMatchesScipyOnThePublishedSummary() throws IOException {
        List<HoldoutValidation.Observation> observations = new ArrayList<>();
        CdnowSample.summaryCsv().values().forEach(r -> observations.add(new HoldoutValidation.Observation(
                new PurchaseSummary(r.x(), r.tx(), r.T(), BigDecimal.ZERO), 0)));
        double predicted = HoldoutValidation.table(BTYD, 39, observations, 7).stream()
                .mapToDouble(r -> r.predictedMean() * r.customers()).sum();
        assertThat(predicted).isCloseTo(golden(), within(1e-6));
    }

    private static double golden() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                HoldoutValidationTest.class.getResourceAsStream("/golden/value_model_golden.csv"), StandardCharsets.UTF_8))) {
            return r.lines().map(l -> l.split(",", -1)).filter(f -> f[1].equals("holdout_total"))
                    .mapToDouble(f -> Double.parseDouble(f[6])).findFirst().orElseThrow();
        }
    }
}
