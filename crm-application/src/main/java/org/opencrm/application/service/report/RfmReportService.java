package org.opencrm.application.service.report;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.opencrm.application.error.ReportNotComputableException;
import org.opencrm.application.port.in.report.RfmReport;
import org.opencrm.application.port.in.report.RfmReportUseCase;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.purchase.PurchaseDays;
import org.opencrm.domain.value.rfm.QuantileCuts;
import org.opencrm.domain.value.rfm.RfmAnalysis;
import org.opencrm.domain.value.rfm.RfmScore;
import org.opencrm.domain.value.rfm.RfmSegmentMap;
import org.opencrm.domain.value.rfm.RfmValues;

/**
 * Computes RFM values for every customer who bought by the as-of date (one streaming pass; memory grows with
 * customers, not purchases), scores them against the base's quantiles and groups them by segment.
 */
public class RfmReportService implements RfmReportUseCase {

    private final PurchaseRepository purchases;
    private final ReportPopulation population;
    private final Clock clock;

    @Inject
    public RfmReportService(PurchaseRepository purchases, ReportPopulation population, Clock clock) {
        this.purchases = Objects.requireNonNull(purchases);
        this.population = Objects.requireNonNull(population);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Over the whole base only. */
    public RfmReportService(PurchaseRepository purchases, Clock clock) {
        this(purchases, ReportPopulation.wholeBase(), clock);
    }

    /** The base scored as of a date, and the one currency its monetary values are in. */
    public record Analysed(RfmAnalysis analysis, Currency currency) {
    }

    /**
     * Scores every customer who bought by {@code asOf} (empty if none did); refuses purchases in more than one
     * currency, whose spend cannot be added up.
     */
    public Optional<Analysed> analyse(LocalDate asOf, int bins, RfmValues.Monetary monetary, RfmSegmentMap segments) {
        List<RfmValues> values = new ArrayList<>();
        Currency[] currency = new Currency[1];
        purchases.forEachPurchaseDays(clock.getZone(), asOf, d -> {
            values.add(RfmValues.of(d, asOf, monetary));
            currency[0] = oneCurrency(d, currency[0]);
        });
        return values.isEmpty() ? Optional.empty()
                : Optional.of(new Analysed(RfmAnalysis.of(values, bins, segments), currency[0]));
    }

    @Override
    public RfmReport report(Query query) {
        LocalDate asOf = query.asOf().orElseGet(() -> LocalDate.now(clock));
        Optional<Analysed> analysed = analyse(asOf, query.bins(), query.monetary(), query.segments());
        if (analysed.isEmpty()) {
            return new RfmReport(asOf, query.bins(), 0, new RfmReport.Dimension(List.of(), 0),
                    new RfmReport.Dimension(List.of(), 0), new RfmReport.MonetaryDimension(List.of(), 0), List.of(),
                    List.of());
        }
        RfmAnalysis analysis = analysed.get().analysis();
        Currency[] currency = {analysed.get().currency()};
        // Scores come from the whole base's cut points; a segment's report counts its members only.
        Predicate<CustomerId> counted = population.of(query.inSegment(), asOf);
        List<RfmAnalysis.Scored> values = analysis.customers().stream()
                .filter(s -> counted.test(s.values().customerId())).toList();

        Map<String, Tally> bySegment = new LinkedHashMap<>();
        query.segments().segments().forEach(segment -> bySegment.put(segment, new Tally()));
        bySegment.putIfAbsent(RfmSegmentMap.OTHER, new Tally());
        for (RfmAnalysis.Scored s : values) {
            bySegment.get(s.segment()).add(s.values());
        }
        List<RfmReport.SegmentRow> rows = new ArrayList<>();
        bySegment.forEach((segment, t) -> {
            if (t.customers > 0 || !segment.equals(RfmSegmentMap.OTHER)) {
                rows.add(t.row(segment, values.size(), currency[0]));
            }
        });
        return new RfmReport(asOf, query.bins(), values.size(), dimension(analysis.recency()),
                dimension(analysis.frequency()), monetary(analysis.monetary(), currency[0]), rows,
                recencyByFrequency(values, query.bins(), query.segments()));
    }

    private static List<RfmReport.RfCell> recencyByFrequency(List<RfmAnalysis.Scored> scored, int bins,
                                                             RfmSegmentMap map) {
        List<String> order = new ArrayList<>(map.segments());
        order.add(RfmSegmentMap.OTHER);
        long[][][] counts = new long[bins][bins][order.size()];
        for (RfmAnalysis.Scored s : scored) {
            counts[s.score().recency() - 1][s.score().frequency() - 1][order.indexOf(s.segment())]++;
        }
        List<RfmReport.RfCell> cells = new ArrayList<>(bins * bins);
        for (int r = bins; r >= 1; r--) {
            for (int f = 1; f <= bins; f++) {
                long[] bySegment = counts[r - 1][f - 1];
                int most = 0;
                long total = 0;
                for (int i = 0; i < bySegment.length; i++) {
                    total += bySegment[i];
                    if (bySegment[i] > bySegment[most]) {
                        most = i;
                    }
                }
                // An empty cell is named by the map as if a customer sat in it (M at its lowest score).
                String segment = total == 0 ? map.segmentOf(new RfmScore(r, f, 1)) : order.get(most);
                cells.add(new RfmReport.RfCell(r, f, total, segment));
            }
        }
        return cells;
    }

    private static RfmReport.Dimension dimension(QuantileCuts cuts) {
        return dimension(cuts, 4);
    }

    /** Monetary values add up amounts: only in one currency (the value reports refuse a mix the same way). */
    private static Currency oneCurrency(PurchaseDays days, Currency seen) {
        Currency own = days.currency().orElseThrow(() -> new ReportNotComputableException("RFM needs purchases in one "
                + "currency; customer " + days.customerId().value() + " bought in several"));
        if (seen != null && !seen.equals(own)) {
            throw new ReportNotComputableException("RFM needs purchases in one currency; the store has "
                    + seen.getCurrencyCode() + " and " + own.getCurrencyCode() + " (customer "
                    + days.customerId().value() + ")");
        }
        return own;
    }

    private static RfmReport.MonetaryDimension monetary(QuantileCuts cuts, Currency currency) {
        return new RfmReport.MonetaryDimension(Arrays.stream(cuts.cuts()).mapToObj(c -> Money.rounded(c, currency))
                .toList(), cuts.distinctScores());
    }

    private static RfmReport.Dimension dimension(QuantileCuts cuts, int decimals) {
        return new RfmReport.Dimension(Arrays.stream(cuts.cuts())
                .mapToObj(c -> BigDecimal.valueOf(c).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros())
                .map(c -> c.scale() < 0 ? c.setScale(0) : c).toList(), cuts.distinctScores());
    }

    /** Sums of one segment. */
    private static final class Tally {
        private long customers;
        private double recency;
        private double frequency;
        private BigDecimal monetary = BigDecimal.ZERO;

        void add(RfmValues v) {
            customers++;
            recency += v.recencyDays();
            frequency += v.frequency();
            monetary = monetary.add(v.monetary());
        }

        RfmReport.SegmentRow row(String segment, long total, Currency currency) {
            if (customers == 0) {
                return new RfmReport.SegmentRow(segment, 0, BigDecimal.ZERO.setScale(4), Optional.empty(),
                        Optional.empty(), Optional.empty());
            }
            return new RfmReport.SegmentRow(segment, customers,
                    BigDecimal.valueOf(customers).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN),
                    Optional.of(mean(recency)), Optional.of(mean(frequency)),
                    Optional.of(Money.rounded(monetary.divide(BigDecimal.valueOf(customers), 10, RoundingMode.HALF_EVEN),
                            currency)));
        }

        private BigDecimal mean(double sum) {
            return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_EVEN);
        }
    }
}
