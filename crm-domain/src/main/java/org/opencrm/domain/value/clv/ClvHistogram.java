package org.opencrm.domain.value.clv;

import java.util.ArrayList;
import java.util.List;

/**
 * How many customers have a CLV in each bin of a log scale: [0, 1), then 1-2-5 steps of each power of ten
 * ([1, 2), [2, 5), [5, 10), [10, 20), ...), from the bin holding the smallest value to the one holding the largest. CLV is skewed: a log scale is
 * the only one on which both the many small and the few large values can be read.
 */
public record ClvHistogram(List<Bin> bins) {

    private static final double[] STEPS = {2, 5};

    public ClvHistogram {
        bins = List.copyOf(bins);
    }

    /** One bin, lower bound inclusive, upper exclusive, in the store's currency. */
    public record Bin(double from, double to, long customers) {
        public Bin {
            if (!(from >= 0 && to > from) || customers < 0) {
                throw new IllegalArgumentException("a bin needs 0 <= from < to and customers >= 0, got [" + from
                        + ", " + to + ") with " + customers);
            }
        }
    }

    /** Bins the values (negative ones are refused: a CLV is an expectation of non-negative amounts). */
    public static ClvHistogram of(double[] clv) {
        double max = 0;
        for (double v : clv) {
            if (!(v >= 0)) {
                throw new IllegalArgumentException("a CLV must be a non-negative number, got " + v);
            }
            max = Math.max(max, v);
        }
        List<Double> edges = new ArrayList<>(List.of(0.0, 1.0));
        for (double power = 1; edges.get(edges.size() - 1) <= max; power *= 10) {
            for (double step : STEPS) {
                edges.add(step * power);
            }
            edges.add(10 * power);
        }
        // The loop adds a whole decade; keep edges up to the first one above the largest value.
        int last = 1;
        while (edges.get(last) <= max) {
            last++;
        }
        long[] counts = new long[last];
        for (double v : clv) {
            counts[binOf(edges, last, v)]++;
        }
        int first = 0;
        while (first < last - 1 && counts[first] == 0) {
            first++;
        }
        List<Bin> bins = new ArrayList<>(last - first);
        for (int i = first; i < last; i++) {
            bins.add(new Bin(edges.get(i), edges.get(i + 1), counts[i]));
        }
        return new ClvHistogram(bins);
    }

    private static int binOf(List<Double> edges, int bins, double v) {
        int lo = 0;
        int hi = bins - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (edges.get(mid) <= v) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
