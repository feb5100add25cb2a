package org.opencrm.domain.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/value-models.md §5, test 6: CLV of BG/NBD × Gamma-Gamma at the paper's parameters on the CDNOW sample. */
class CustomerLifetimeValueTest {

    private static final BgNbdModel PURCHASES =
            new BgNbdModel(new BgNbdParameters(0.2425982, 4.4136842, 0.7929899, 2.4261667));
    private static final GammaGammaModel SPEND = new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44));

    @Test
    void reproducesThePublishedValues() throws IOException {
        List<double[]> rows = summaryWithTransactions();
        CustomerLifetimeValue clv = CustomerLifetimeValue.weeklyDefaults();
        double[] published = {36.285527, 4.638973, 8.355645, 8.355645, 8.355645};
        for (int i = 0; i < published.length; i++) {
            double[] r = rows.get(i);
            assertThat(clv.of(PURCHASES, SPEND, (int) r[0], r[1], r[2], r[3])).as("customer %s", i + 1)
                    .isCloseTo(published[i], within(1e-3));
        }
        double sum = 0;
        for (double[] r : rows) {
            sum += clv.of(PURCHASES, SPEND, (int) r[0], r[1], r[2], r[3]);
        }
        assertThat(rows).hasSize(2_357);
        assertThat(sum).isCloseTo(71_537.118, within(1e-2));
    }

    @Test
    void marginAndDiscountScaleTheValue() {
        CustomerLifetimeValue revenue = CustomerLifetimeValue.weeklyDefaults();
        CustomerLifetimeValue margin = new CustomerLifetimeValue(12, 0.01, CustomerLifetimeValue.WEEKS_PER_MONTH, 0.3);
        CustomerLifetimeValue undiscounted = new CustomerLifetimeValue(12, 0, CustomerLifetimeValue.WEEKS_PER_MONTH, 1);
        double base = revenue.of(PURCHASES, SPEND, 2, 30.43, 38.86, 22.35);
        assertThat(margin.of(PURCHASES, SPEND, 2, 30.43, 38.86, 22.35)).isCloseTo(0.3 * base, within(1e-9));
        assertThat(undiscounted.of(PURCHASES, SPEND, 2, 30.43, 38.86, 22.35)).isGreaterThan(base);
        assertThatThrownBy(() -> new CustomerLifetimeValue(0, 0.01, 4.345, 1)).hasMessageContaining("'months'");
    }

    /** x, t_x, T, zbar per customer from lifetimes' summary with transactions (CRLF, no final newline). */
    private static List<double[]> summaryWithTransactions() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(CustomerLifetimeValueTest.class
                .getResourceAsStream("/cdnow/cdnow_customers_summary_with_transactions.csv"), StandardCharsets.US_ASCII))) {
            return r.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.strip().split(","))
                    .map(f -> new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4])})
                    .toList();
        }
    }
}
