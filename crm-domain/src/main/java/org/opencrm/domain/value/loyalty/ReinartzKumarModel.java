package org.opencrm.domain.value.loyalty;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opencrm.domain.customer.CustomerId;

/**
 * Classifies customers into Reinartz & Kumar's four classes (domain.md §4): loyal when their P(alive)-based
 * loyalty is above the base's median (or a given cut), profitable when their CLV is.
 */
public final class ReinartzKumarModel {

    /** One customer's inputs: a loyalty measure (P(alive) or expected duration) and CLV. */
    public record Input(CustomerId customerId, double loyalty, double clv) {
        public Input {
            Objects.requireNonNull(customerId, "'customerId' must not be null");
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

    /** Splits at given cuts: above the cut is loyal / profitable. */
    public static Map<CustomerId, ReinartzKumarClass> classify(List<Input> customers, double loyaltyCut, double clvCut) {
        Map<CustomerId, ReinartzKumarClass> classes = new LinkedHashMap<>();
        for (Input c : customers) {
            classes.put(c.customerId(), ReinartzKumarClass.of(c.loyalty() > loyaltyCut, c.clv() > clvCut));
        }
        return classes;
    }

    static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no customers to classify");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
