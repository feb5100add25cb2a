package org.opencrm.domain.value.rfm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Scores a customer base by quantiles of its own R, F and M values and names each customer's segment. */
public record RfmAnalysis(QuantileCuts recency, QuantileCuts frequency, QuantileCuts monetary, List<Scored> customers) {

    /** One customer's values, scores and segment. */
    public record Scored(RfmValues values, RfmScore score, String segment) {
    }

    public RfmAnalysis {
        Objects.requireNonNull(recency);
        Objects.requireNonNull(frequency);
        Objects.requireNonNull(monetary);
        customers = List.copyOf(customers);
    }

    public static RfmAnalysis of(List<RfmValues> values, int bins, RfmSegmentMap map) {
        double[] r = values.stream().mapToDouble(RfmValues::recencyDays).toArray();
        double[] f = values.stream().mapToDouble(RfmValues::frequency).toArray();
        double[] m = values.stream().mapToDouble(v -> v.monetary().doubleValue()).toArray();
        QuantileCuts rc = QuantileCuts.of(r, bins);
        QuantileCuts fc = QuantileCuts.of(f, bins);
        QuantileCuts mc = QuantileCuts.of(m, bins);
        List<Scored> scored = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            RfmScore s = new RfmScore(rc.reversedScore(r[i]), fc.score(f[i]), mc.score(m[i]));
            scored.add(new Scored(values.get(i), s, map.segmentOf(s)));
        }
        return new RfmAnalysis(rc, fc, mc, scored);
    }
}
