package org.opencrm.domain.value.clv;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Scores customers with fitted purchase and spend models: P(alive), purchases expected over the CLV horizon,
 * expected value per purchase, and CLV. The purchase-model terms depend on (x, t_x, T) alone and are computed
 * once per distinct summary; one instance per thread, as it keeps them in a plain map.
 */
public final class CustomerScoring {

    /** One customer's scores. */
    public record Score(double probabilityAlive, double expectedPurchases, double expectedValuePerPurchase,
                        double clv) {
    }

    private record Summary(int x, double tx, double T) {
    }

    private final PurchaseModel purchases;
    private final GammaGammaModel spend;
    private final CustomerLifetimeValue clv;
    private final double horizon;
    private final Map<Summary, double[]> terms = new HashMap<>();

    public CustomerScoring(PurchaseModel purchases, GammaGammaModel spend, CustomerLifetimeValue clv) {
        this.purchases = Objects.requireNonNull(purchases, "'purchases' must not be null");
        this.spend = Objects.requireNonNull(spend, "'spend' must not be null");
        this.clv = Objects.requireNonNull(clv, "'clv' must not be null");
        this.horizon = clv.months() * clv.unitsPerMonth();
    }

    public Score score(int x, double tx, double T, double meanValue) {
        double[] t = terms.computeIfAbsent(new Summary(x, tx, T), k -> new double[] {
                purchases.probabilityAlive(k.x, k.tx, k.T),
                purchases.expectedPurchases(horizon, k.x, k.tx, k.T),
                clv.discountedPurchases(purchases, k.x, k.tx, k.T)});
        double perPurchase = spend.expectedAverageValue(x, meanValue);
        return new Score(t[0], t[1], perPurchase, perPurchase * clv.margin() * t[2]);
    }

    /** How many distinct (x, t_x, T) have been scored. */
    public int distinctSummaries() {
        return terms.size();
    }
}
