package org.opencrm.domain.value.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * P(alive) against recency, binned: the scatter of every customer's (days since last purchase, P(alive)) counted in
 * cells of one recency width (a week to two years, so that at most twelve columns cover the base) by a tenth of
 * P(alive). It shows how the purchase model turns silence into churn: the same recency means less to a customer
 * who bought rarely than to one who bought often.
 */
public record AliveByRecency(int recencyWidthDays, List<Cell> cells) {

    private static final int[] WIDTHS = {7, 14, 30, 60, 90, 180, 365, 730};
    private static final int MAX_COLUMNS = 12;
    private static final int ALIVE_BINS = 10;

    public AliveByRecency {
        if (recencyWidthDays < 1) {
            throw new IllegalArgumentException("'recencyWidthDays' must be at least 1, got " + recencyWidthDays);
        }
        cells = List.copyOf(cells);
    }

    /** The non-empty cell [recencyFrom, recencyTo) days × [aliveFrom, aliveTo) (the last P(alive) cell holds 1). */
    public record Cell(int recencyFromDays, int recencyToDays, double aliveFrom, double aliveTo, long customers) {
    }

    /** Bins the customers: {@code recencyDays[i]} and {@code alive[i]} are customer i's. */
    public static AliveByRecency of(int[] recencyDays, double[] alive) {
        if (recencyDays.length != alive.length) {
            throw new IllegalArgumentException("need one P(alive) per recency, got " + recencyDays.length + " and "
                    + alive.length);
        }
        int max = 0;
        for (int i = 0; i < recencyDays.length; i++) {
            if (recencyDays[i] < 0 || !(alive[i] >= 0 && alive[i] <= 1)) {
                throw new IllegalArgumentException("customer " + i + ": need recency >= 0 and 0 <= P(alive) <= 1, got "
                        + recencyDays[i] + " and " + alive[i]);
            }
            max = Math.max(max, recencyDays[i]);
        }
        int width = widthFor(max);
        Map<Long, long[]> counts = new TreeMap<>();
        for (int i = 0; i < recencyDays.length; i++) {
            int column = recencyDays[i] / width;
            int row = Math.min(ALIVE_BINS - 1, (int) Math.floor(alive[i] * ALIVE_BINS));
            counts.computeIfAbsent((long) column * ALIVE_BINS + row, k -> new long[1])[0]++;
        }
        List<Cell> cells = new ArrayList<>(counts.size());
        counts.forEach((key, n) -> {
            int column = (int) (key / ALIVE_BINS);
            int row = (int) (key % ALIVE_BINS);
            cells.add(new Cell(column * width, (column + 1) * width, row / (double) ALIVE_BINS,
                    (row + 1) / (double) ALIVE_BINS, n[0]));
        });
        return new AliveByRecency(width, cells);
    }

    private static int widthFor(int maxRecency) {
        for (int w : WIDTHS) {
            if (maxRecency / w < MAX_COLUMNS) {
                return w;
            }
        }
        return WIDTHS[WIDTHS.length - 1];
    }
}
