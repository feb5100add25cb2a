package org.opencrm.domain.value.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opencrm.domain.purchase.PurchaseFact;

/**
 * The standard check of a purchase model (docs/value-models.md §1): fitted on a calibration period, it predicts each
 * customer's purchases in the holdout period; the table compares mean predicted and actual purchases per
 * calibration frequency x, the last bucket holding everyone with x at or above it.
 */
public final class HoldoutValidation {

    /** One customer's calibration summary and the purchase days they actually made in the holdout. */
    public record Observation(PurchaseSummary calibration, int holdoutPurchases) {
        public Observation {
            Objects.requireNonNull(calibration, "'calibration' must not be null");
            if (holdoutPurchases < 0) {
                throw new IllegalArgumentException("'holdoutPurchases' must not be negative: " + holdoutPurchases);
            }
        }
    }

    /** Customers with calibration frequency x (or ≥ x in the last row), mean actual and predicted purchases. */
    public record Row(int x, boolean andAbove, long customers, double actualMean, double predictedMean) {
    }

    private HoldoutValidation() {
    }

    /** Purchase days in (calibrationEnd, holdoutEnd]: the actual side of the check. */
    public static int holdoutPurchases(List<PurchaseFact> purchases, LocalDate calibrationEnd, LocalDate holdoutEnd) {
        int days = 0;
        LocalDate last = null;
        for (PurchaseFact p : purchases) {
            LocalDate day = p.day();
            if (day.isAfter(calibrationEnd) && !day.isAfter(holdoutEnd) && !day.equals(last)) {
                days++;
                last = day;
            }
        }
        return days;
    }

    /** The table for holdout length {@code t} (in the model's unit), buckets 0..lastBucket. */
    public static List<Row> table(PurchaseModel model, double t, List<Observation> observations, int lastBucket) {
        long[] customers = new long[lastBucket + 1];
        double[] actual = new double[lastBucket + 1];
        double[] predicted = new double[lastBucket + 1];
        for (Observation o : observations) {
            PurchaseSummary s = o.calibration();
            int bucket = Math.min(s.x(), lastBucket);
            customers[bucket]++;
            actual[bucket] += o.holdoutPurchases();
            predicted[bucket] += model.expectedPurchases(t, s.x(), s.tx(), s.T());
        }
        List<Row> rows = new ArrayList<>();
        for (int x = 0; x <= lastBucket; x++) {
            long n = customers[x];
            rows.add(new Row(x, x == lastBucket, n, n == 0 ? 0 : actual[x] / n, n == 0 ? 0 : predicted[x] / n));
        }
        return rows;
    }
}
