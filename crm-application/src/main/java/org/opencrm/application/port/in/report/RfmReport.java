package org.opencrm.application.port.in.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The RFM report: the quantile cut points of each dimension (and how many distinct scores they leave), and
 * per segment the number of customers, their share, and their mean recency, frequency and monetary value.
 */
public record RfmReport(LocalDate asOf, int bins, long customers, Dimension recency, Dimension frequency,
                        Dimension monetary, List<SegmentRow> segments) {

    public RfmReport {
        segments = List.copyOf(segments);
    }

    /** One dimension's cut points; ties can leave fewer distinct scores than bins. */
    public record Dimension(List<Double> cuts, int distinctScores) {
        public Dimension {
            cuts = List.copyOf(cuts);
        }
    }

    /** One segment of the map, in map order. */
    public record SegmentRow(String segment, long customers, BigDecimal share, double meanRecencyDays,
                             double meanFrequency, BigDecimal meanMonetary) {
    }
}
