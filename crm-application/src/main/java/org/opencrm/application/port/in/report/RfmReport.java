package org.opencrm.application.port.in.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencrm.domain.money.Money;

/**
 * The RFM report: the quantile cut points of each dimension (and how many distinct scores they leave), and
 * per segment the number of customers, their share, and their mean recency, frequency and monetary value; and
 * the R × F map: how many customers have each pair of recency and frequency scores, and the segment they are in.
 */
public record RfmReport(LocalDate asOf, int bins, long customers, Dimension recency, Dimension frequency,
                        MonetaryDimension monetary, List<SegmentRow> segments, List<RfCell> recencyByFrequency) {

    public RfmReport {
        segments = List.copyOf(segments);
        recencyByFrequency = List.copyOf(recencyByFrequency);
    }

    /**
     * One cell of the R × F map, every pair of scores listed; its segment is the one most of its customers are in
     * (with a map that reads M too a cell can hold several), the first by the map's order on a tie or when empty.
     */
    public record RfCell(int recency, int frequency, long customers, String segment) {
    }

    /**
     * One dimension's cut points, exact decimals (days and purchase days to four decimals, monetary to cents);
     * ties can leave fewer distinct scores than bins.
     */
    public record Dimension(List<BigDecimal> cuts, int distinctScores) {
        public Dimension {
            cuts = List.copyOf(cuts);
        }
    }

    /** The monetary dimension's cut points, amounts of the store's currency; ties as for {@link Dimension}. */
    public record MonetaryDimension(List<Money> cuts, int distinctScores) {
        public MonetaryDimension {
            cuts = List.copyOf(cuts);
        }
    }

    /**
     * One segment of the map, in map order; an empty segment has no means. Frequency counts purchase days
     * (same-day purchases are one), so its mean is named for that.
     */
    public record SegmentRow(String segment, long customers, BigDecimal share, Optional<BigDecimal> meanRecencyDays,
                             Optional<BigDecimal> meanPurchaseDays, Optional<Money> meanMonetary) {
    }
}
