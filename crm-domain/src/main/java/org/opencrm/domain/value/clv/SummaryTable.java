package org.opencrm.domain.value.clv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many customers' (x, t_x, T) as primitive arrays, customers with identical triples grouped under a weight:
 * what the fitters loop over, tens of times per fit.
 */
public final class SummaryTable {

    private final int[] x;
    private final double[] tx;
    private final double[] T;
    private final double[] weight;
    private final double totalWeight;

    private SummaryTable(int[] x, double[] tx, double[] T, double[] weight) {
        this.x = x;
        this.tx = tx;
        this.T = T;
        this.weight = weight;
        double total = 0;
        for (double w : weight) {
            total += w;
        }
        this.totalWeight = total;
    }

    /** Groups the summaries by identical (x, t_x, T). */
    public static SummaryTable of(Collection<PurchaseSummary> summaries) {
        if (summaries.isEmpty()) {
            throw new IllegalArgumentException("no customers to fit: the calibration period holds no purchases");
        }
        Map<List<Double>, double[]> groups = new LinkedHashMap<>();
        for (PurchaseSummary s : summaries) {
            groups.computeIfAbsent(List.of((double) s.x(), s.tx(), s.T()), k -> new double[1])[0]++;
        }
        int n = groups.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] T = new double[n];
        double[] w = new double[n];
        int i = 0;
        for (Map.Entry<List<Double>, double[]> e : groups.entrySet()) {
            x[i] = e.getKey().get(0).intValue();
            tx[i] = e.getKey().get(1);
            T[i] = e.getKey().get(2);
            w[i] = e.getValue()[0];
            i++;
        }
        return new SummaryTable(x, tx, T, w);
    }

    /** Convenience for tests and tools: one row per customer, each weight 1. */
    public static SummaryTable of(int[] x, double[] tx, double[] T) {
        List<PurchaseSummary> rows = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            rows.add(new PurchaseSummary(x[i], tx[i], T[i], java.math.BigDecimal.ZERO));
        }
        return of(rows);
    }

    public int size() {
        return x.length;
    }

    public int x(int i) {
        return x[i];
    }

    public double tx(int i) {
        return tx[i];
    }

    public double T(int i) {
        return T[i];
    }

    public double weight(int i) {
        return weight[i];
    }

    /** The number of customers (the sum of the weights). */
    public double customers() {
        return totalWeight;
    }

    /** A column's distinct values, ascending, and the position of each row's value among them. */
    record Distinct(double[] values, int[] index) {
    }

    /** The distinct T: the fitters compute T's terms once per value (summaries in whole days have few). */
    Distinct distinctT() {
        return distinct(T);
    }

    /** The distinct t_x. */
    Distinct distinctTx() {
        return distinct(tx);
    }

    /** The largest x, and which x occur: the fitters compute x's terms once per occurring value. */
    boolean[] xPresent() {
        int largest = 0;
        for (int v : x) {
            largest = Math.max(largest, v);
        }
        boolean[] present = new boolean[largest + 1];
        for (int v : x) {
            present[v] = true;
        }
        return present;
    }

    private static Distinct distinct(double[] column) {
        double[] sorted = column.clone();
        java.util.Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        double[] values = java.util.Arrays.copyOf(sorted, n);
        int[] index = new int[column.length];
        for (int i = 0; i < column.length; i++) {
            index[i] = java.util.Arrays.binarySearch(values, column[i]);
        }
        return new Distinct(values, index);
    }
}
