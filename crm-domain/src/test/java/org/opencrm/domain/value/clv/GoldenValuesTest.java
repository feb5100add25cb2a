package org.opencrm.domain.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected purchases against values computed independently with scipy's hyp2f1 on the textbook formulas
 * ({@code golden/make_value_model_golden.py}); ours go through Euler's transformation, so agreement checks both.
 */
class GoldenValuesTest {

    private static final BgNbdModel BG = new BgNbdModel(new BgNbdParameters(0.2425982, 4.4136842, 0.7929899, 2.4261667));
    private static final MbgNbdModel MBG = new MbgNbdModel(new BgNbdParameters(0.525, 6.183, 0.891, 1.614));

    @Test
    void expectedPurchasesMatchScipy() throws IOException {
        List<String[]> rows;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/golden/value_model_golden.csv"), StandardCharsets.UTF_8))) {
            rows = r.lines().skip(1).map(l -> l.split(",", -1)).filter(f -> f[1].equals("expected_purchases")).toList();
        }
        assertThat(rows).hasSize(8);
        for (String[] row : rows) {
            int x = Integer.parseInt(row[2]);
            double tx = Double.parseDouble(row[3]);
            double T = Double.parseDouble(row[4]);
            double t = Double.parseDouble(row[5]);
            double expected = Double.parseDouble(row[6]);
            double actual = row[0].equals("bgnbd") ? BG.expectedPurchases(t, x, tx, T) : MBG.expectedPurchases(t, x, tx, T);
            assertThat(actual).as("%s E[Y(%s) | %s, %s, %s]", row[0], t, x, tx, T).isCloseTo(expected, within(1e-9));
        }
    }
}
