package org.opencrm.domain.value.rfm;

import java.util.Arrays;

/**
 * Cut points at the k/n quantiles of the customer base (linear interpolation, "type 7"), and the score of a
 * value: 1 + the number of cut points below it, so bins are right-closed and equal values always share a score
 * (docs/value-models.md §3.2). With many ties some scores stay unused; {@link #distinctScores()} says how many remain.
 */
public final class QuantileCuts {

    private final double[] cuts;
    private final int bins;

    private QuantileCuts(double[] cuts, int bins) {
        this.cuts = cuts;
        this.bins = bins;
    }

    public static QuantileCuts of(double[] values, int bins) {
        if (bins < 2) {
            throw new IllegalArgumentException("need at least 2 bins, got " + bins);
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("no customers to score");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] cuts = new double[bins - 1];
        for (int k = 1; k < bins; k++) {
            cuts[k - 1] = quantile(sorted, k / (double) bins);
        }
        return new QuantileCuts(cuts, bins);
    }

    /** The p-quantile (0 &lt;= p &lt;= 1) of values sorted ascending, interpolated linearly ("type 7"). */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("need values and 0 <= p <= 1, got " + sorted.length + " values, p=" + p);
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** 1..bins, higher for larger values. */
    public int score(double value) {
        int below = 0;
        for (double c : cuts) {
            if (value > c) {
                below++;
            }
        }
        return 1 + below;
    }

    /** 1..bins, higher for smaller values (recency: the most recent buyers score highest). */
    public int reversedScore(double value) {
        return bins + 1 - score(value);
    }

    public double[] cuts() {
        return cuts.clone();
    }

    /** How many different scores values can actually get: fewer than the bins when cut points coincide. */
    public int distinctScores() {
        return 1 + (int) Arrays.stream(cuts).distinct().count();
    }
}
