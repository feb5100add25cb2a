package org.opencrm.domain.value.loyalty;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.value.clv.PurchaseModel;
import org.opencrm.domain.value.rfm.QuantileCuts;

/**
 * Classifies customers into Reinartz & Kumar's four classes (docs/domain.md §4): loyal when their P(alive)-based
 * loyalty is above the base's median (or a given cut), profitable when their CLV is.
 */
public final class ReinartzKumarModel {

    /**
     * One customer's inputs: a loyalty measure (P(alive) or expected duration), CLV, and whether the churn signal
     * counts them lapsed: a relationship that has ended is never loyal, however long it lasted.
     */
    public record Input(CustomerId customerId, double loyalty, double clv, boolean lapsed) {
        public Input {
            Objects.requireNonNull(customerId, "'customerId' must not be null");
        }

        public Input(CustomerId customerId, double loyalty, double clv) {
            this(customerId, loyalty, clv, false);
        }
    }

    private ReinartzKumarModel() {
    }

    /** Splits both axes at the base's medians. */
    public static Map<CustomerId, ReinartzKumarClass> classify(List<Input> customers) {
        double loyaltyCut = median(customers.stream().mapToDouble(Input::loyalty).toArray());
        double clvCut = median(customers.stream().mapToDouble(Input::clv).toArray());
        return classify(customers, loyaltyCut, clvCut);
    }

    /** Splits at given cuts: above the cut (and not lapsed) is loyal, above the CLV cut profitable. */
    public static Map<CustomerId, ReinartzKumarClass> classify(List<Input> customers, double loyaltyCut, double clvCut) {
        Map<CustomerId, ReinartzKumarClass> classes = new LinkedHashMap<>();
        for (Input c : customers) {
            classes.put(c.customerId(), ReinartzKumarClass.of(!c.lapsed() && c.loyalty() > loyaltyCut,
                    c.clv() > clvCut));
        }
        return classes;
    }

    /**
     * Reinartz &amp; Kumar's lifetime duration: the time from the first purchase until P(alive) first falls
     * below {@code aliveCut} (they took 0.5), or the whole observed time T if it has not by then. P(alive) only
     * falls while a customer does not buy, so the day is found by bisection between the last purchase and T.
     */
    public static double lifetimeDuration(PurchaseModel model, int x, double tx, double T, double aliveCut) {
        Objects.requireNonNull(model, "'model' must not be null");
        if (!(aliveCut > 0 && aliveCut < 1)) {
            throw new IllegalArgumentException("'aliveCut' must be in (0, 1), got " + aliveCut);
        }
        if (model.probabilityAlive(x, tx, T) >= aliveCut) {
            return T;
        }
        if (model.probabilityAlive(x, tx, tx) < aliveCut) {
            return tx;
        }
        double alive = tx;
        double dead = T;
        while (dead - alive > 1e-6 * Math.max(1, T)) {
            double mid = (alive + dead) / 2;
            if (model.probabilityAlive(x, tx, mid) >= aliveCut) {
                alive = mid;
            } else {
                dead = mid;
            }
        }
        return (alive + dead) / 2;
    }

    /** The median of the values (type-7 quantile 0.5). */
    public static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no customers to classify");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return QuantileCuts.quantile(sorted, 0.5);
    }
}
