package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.opencrm.application.error.ReportNotComputableException;
import org.opencrm.application.port.in.value.ChurnReport;
import org.opencrm.application.port.in.value.ChurnReportUseCase;
import org.opencrm.application.port.in.value.LoyaltyReport;
import org.opencrm.application.port.in.value.LoyaltyReportUseCase;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.application.port.in.value.ValueReport;
import org.opencrm.application.port.in.value.ValueReportUseCase;
import org.opencrm.application.port.in.value.ValuedCustomer;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.service.report.ReportPopulation;
import org.opencrm.application.service.report.Shares;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.ChurnStatus;
import org.opencrm.domain.lifecycle.ChurnThresholds;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.value.clv.AliveByRecency;
import org.opencrm.domain.value.clv.ClvHistogram;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.grid.Tercile;
import org.opencrm.domain.value.grid.ValueCell;
import org.opencrm.domain.value.grid.ValueGrid;
import org.opencrm.domain.value.loyalty.ReinartzKumarClass;
import org.opencrm.domain.value.rfm.QuantileCuts;

/** The value, churn and loyalty reports: one valuation of the base as of a date, summarised three ways. */
public class ValueReportService implements ValueReportUseCase, ChurnReportUseCase, LoyaltyReportUseCase {

    private static final double[] QUANTILES = {0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0};

    private final CustomerValuation valuation;
    private final CustomerRepository customers;
    private final ReportPopulation population;

    @Inject
    public ValueReportService(CustomerValuation valuation, CustomerRepository customers, ReportPopulation population) {
        this.valuation = Objects.requireNonNull(valuation);
        this.customers = Objects.requireNonNull(customers);
        this.population = Objects.requireNonNull(population);
    }

    /** Over the whole base only. */
    public ValueReportService(CustomerValuation valuation, CustomerRepository customers) {
        this(valuation, customers, ReportPopulation.wholeBase());
    }

    @Override
    public ValueReport report(ValueReportUseCase.Query query) {
        LocalDate asOf = query.asOf().orElseGet(valuation::today);
        CustomerValuation.Snapshot snapshot = valueAt(asOf, query.assumptions());
        // The grid's terciles are the whole base's: a customer sits in the same cell in a segment's report.
        ValueGrid grid = ValueGrid.of(snapshot.customers().stream().map(ValuedCustomer::value).toList(),
                query.assumptions().tiers());
        List<ValuedCustomer> base = counted(snapshot, query.inSegment(), asOf);
        Currency currency = base.get(0).clv().currency();

        double[] clv = base.stream().mapToDouble(v -> v.clv().amount().doubleValue()).sorted().toArray();
        List<ValueReport.Quantile> distribution = Arrays.stream(QUANTILES)
                .mapToObj(p -> new ValueReport.Quantile(p, Money.rounded(QuantileCuts.quantile(clv, p), currency)))
                .toList();
        List<ValueReport.ClvBin> histogram = ClvHistogram.of(clv).bins().stream()
                .map(b -> new ValueReport.ClvBin(Money.rounded(b.from(), currency), Money.rounded(b.to(), currency),
                        b.customers()))
                .toList();

        Map<ValueCell, Long> cellSizes = new HashMap<>();
        Map<RelationshipTier, Sums> tierSums = new EnumMap<>(RelationshipTier.class);
        for (RelationshipTier t : RelationshipTier.values()) {
            tierSums.put(t, new Sums());
        }
        Sums all = new Sums();
        BigDecimal current = BigDecimal.ZERO;
        for (ValuedCustomer v : base) {
            ValueCell cell = grid.cells().get(v.customerId());
            cellSizes.merge(cell, 1L, Long::sum);
            tierSums.get(grid.policy().tierOf(cell)).add(v);
            all.add(v);
            current = current.add(v.currentValue().amount());
        }
        List<ValueReport.GridCell> cells = new ArrayList<>();
        for (Tercile p : List.of(Tercile.HIGH, Tercile.MEDIUM, Tercile.LOW)) {
            for (Tercile h : Tercile.values()) {
                ValueCell cell = new ValueCell(h, p);
                cells.add(new ValueReport.GridCell(h, p, grid.policy().tierOf(cell), cellSizes.getOrDefault(cell, 0L)));
            }
        }
        List<ValueReport.TierRow> tiers = new ArrayList<>();
        tierSums.forEach((tier, s) -> tiers.add(new ValueReport.TierRow(tier, s.customers, Shares.of(s.customers, base.size()),
                Money.of(s.historical, currency), Money.of(s.clv, currency),
                BigDecimal.valueOf(grid.policy().resourceShare(tier)), tier.strategy())));
        return new ValueReport(asOf, snapshot.fits().purchases(), snapshot.fits().spend(), query.assumptions(),
                snapshot.warnings(), base.size(), Money.of(all.historical, currency), Money.of(current, currency),
                Money.of(all.clv, currency), mean(all.clv, base.size(), currency), distribution, histogram, cells, tiers);
    }

    @Override
    public ChurnReport report(ChurnReportUseCase.Query query) {
        LocalDate asOf = query.asOf().orElseGet(valuation::today);
        CustomerValuation.Snapshot snapshot = valueAt(asOf, query.assumptions());
        ChurnThresholds thresholds = query.thresholds().orElse(valuation.policy().thresholds());
        List<ValuedCustomer> base = counted(snapshot, query.inSegment(), asOf);
        Currency currency = base.get(0).clv().currency();
        long atRisk = 0;
        long lapsed = 0;
        BigDecimal valueAtRisk = BigDecimal.ZERO;
        List<ValuedCustomer> slipping = new ArrayList<>();
        for (ValuedCustomer v : base) {
            ChurnStatus status = thresholds.statusOf(v.probabilityAlive());
            if (status != ChurnStatus.ALIVE) {
                slipping.add(v);
                valueAtRisk = valueAtRisk.add(v.historicalValue().amount());
                if (status == ChurnStatus.AT_RISK) {
                    atRisk++;
                } else {
                    lapsed++;
                }
            }
        }
        slipping.sort(Comparator.comparing((ValuedCustomer v) -> v.historicalValue().amount()).reversed()
                .thenComparing(Comparator.comparing((ValuedCustomer v) -> v.clv().amount()).reversed())
                .thenComparing(v -> v.customerId().value()));
        List<ChurnReport.ChurnRow> rows = slipping.stream().limit(query.limit())
                .map(v -> new ChurnReport.ChurnRow(v, customers.findById(v.customerId()).map(Customer::name).orElse(""),
                        thresholds.statusOf(v.probabilityAlive())))
                .toList();
        return new ChurnReport(asOf, snapshot.fits().purchases(), thresholds.atRiskBelow(), thresholds.lapsedBelow(),
                snapshot.warnings(), base.size(), base.size() - atRisk - lapsed, atRisk, lapsed,
                Money.of(valueAtRisk, currency), rows, aliveByRecency(base, asOf));
    }

    private static List<AliveByRecency.Cell> aliveByRecency(List<ValuedCustomer> base, LocalDate asOf) {
        int[] recency = new int[base.size()];
        double[] alive = new double[base.size()];
        for (int i = 0; i < recency.length; i++) {
            ValuedCustomer v = base.get(i);
            recency[i] = (int) ChronoUnit.DAYS.between(v.lastPurchase(), asOf);
            alive[i] = v.probabilityAlive();
        }
        return AliveByRecency.of(recency, alive).cells();
    }

    @Override
    public LoyaltyReport report(LoyaltyReportUseCase.Query query) {
        LocalDate asOf = query.asOf().orElseGet(valuation::today);
        CustomerValuation.Snapshot snapshot = valueAt(asOf, query.assumptions());
        double aliveCut = query.aliveCut().orElse(valuation.policy().thresholds().atRiskBelow());
        // The classes' cuts are the whole base's; a segment's report counts its members' classes.
        LoyaltyClasses loyalty = LoyaltyClasses.of(snapshot, aliveCut);
        List<ValuedCustomer> base = counted(snapshot, query.inSegment(), asOf);
        Currency currency = base.get(0).clv().currency();
        Map<CustomerId, ReinartzKumarClass> classes = loyalty.classes();
        Map<CustomerId, Double> durations = loyalty.durations();
        Map<ReinartzKumarClass, Sums> sums = new EnumMap<>(ReinartzKumarClass.class);
        for (ReinartzKumarClass c : ReinartzKumarClass.values()) {
            sums.put(c, new Sums());
        }
        for (ValuedCustomer v : base) {
            Sums s = sums.get(classes.get(v.customerId()));
            s.add(v);
            s.duration += durations.get(v.customerId());
        }
        var unit = snapshot.fits().purchases().unit();
        List<LoyaltyReport.ClassRow> rows = new ArrayList<>();
        sums.forEach((c, s) -> {
            double n = Math.max(s.customers, 1);
            rows.add(new LoyaltyReport.ClassRow(c, s.customers, Shares.of(s.customers, base.size()),
                    unit.toDays(s.duration / n), s.probabilityAlive / n,
                    s.customers == 0 ? Optional.empty() : Optional.of(mean(s.clv, s.customers, currency)),
                    Money.of(s.clv, currency), c.strategy()));
        });
        return new LoyaltyReport(asOf, snapshot.fits().purchases(), aliveCut, snapshot.warnings(), base.size(),
                unit.toDays(loyalty.durationCut()), Money.rounded(loyalty.clvCut(), currency), rows);
    }

    /** The valued customers a report counts: all, or a segment's members (refused when none of them bought). */
    private List<ValuedCustomer> counted(CustomerValuation.Snapshot snapshot, Optional<String> segment,
                                         LocalDate asOf) {
        if (segment.isEmpty()) {
            return snapshot.customers();
        }
        Predicate<CustomerId> member = population.of(segment, asOf);
        List<ValuedCustomer> members = snapshot.customers().stream().filter(v -> member.test(v.customerId())).toList();
        if (members.isEmpty()) {
            throw new ReportNotComputableException("no member of segment " + segment.get() + " had bought by " + asOf
                    + ": nothing to value");
        }
        return members;
    }

    private CustomerValuation.Snapshot valueAt(LocalDate asOf, ValueAssumptions assumptions) {
        CustomerValuation.Snapshot snapshot = valuation.valueAt(List.of(asOf), assumptions).snapshots().get(0);
        if (snapshot.customers().isEmpty()) {
            throw new ReportNotComputableException("no customer had bought by " + asOf + ": nothing to value");
        }
        return snapshot;
    }

    private static Money mean(BigDecimal total, long count, Currency currency) {
        return Money.rounded(total.divide(BigDecimal.valueOf(count), 10, RoundingMode.HALF_EVEN), currency);
    }

    /** Exact sums of a group of valued customers. */
    private static final class Sums {
        long customers;
        BigDecimal historical = BigDecimal.ZERO;
        BigDecimal clv = BigDecimal.ZERO;
        double probabilityAlive;
        double duration;

        void add(ValuedCustomer v) {
            customers++;
            historical = historical.add(v.historicalValue().amount());
            clv = clv.add(v.clv().amount());
            probabilityAlive += v.probabilityAlive();
        }
    }
}
