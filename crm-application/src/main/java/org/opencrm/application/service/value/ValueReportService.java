package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opencrm.application.port.in.report.ChurnReport;
import org.opencrm.application.port.in.report.ChurnReportUseCase;
import org.opencrm.application.port.in.report.LoyaltyReport;
import org.opencrm.application.port.in.report.LoyaltyReportUseCase;
import org.opencrm.application.port.in.report.ValueAssumptions;
import org.opencrm.application.port.in.report.ValueReport;
import org.opencrm.application.port.in.report.ValueReportUseCase;
import org.opencrm.application.port.in.report.ValuedCustomer;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.service.lifecycle.StoredModels;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.ChurnStatus;
import org.opencrm.domain.value.clv.PurchaseModel;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.grid.Tercile;
import org.opencrm.domain.value.grid.ValueCell;
import org.opencrm.domain.value.grid.ValueGrid;
import org.opencrm.domain.value.loyalty.ReinartzKumarClass;
import org.opencrm.domain.value.loyalty.ReinartzKumarModel;
import org.opencrm.domain.value.rfm.QuantileCuts;

/** The value, churn and loyalty reports: one valuation of the base as of a date, summarised three ways. */
public class ValueReportService implements ValueReportUseCase, ChurnReportUseCase, LoyaltyReportUseCase {

    private static final double[] QUANTILES = {0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0};

    private final CustomerValuation valuation;
    private final CustomerRepository customers;

    @Inject
    public ValueReportService(CustomerValuation valuation, CustomerRepository customers) {
        this.valuation = Objects.requireNonNull(valuation);
        this.customers = Objects.requireNonNull(customers);
    }

    @Override
    public ValueReport report(ValueReportUseCase.Query query) {
        LocalDate asOf = query.asOf().orElseGet(valuation::today);
        CustomerValuation.Result result = valueAt(asOf, query.assumptions());
        List<ValuedCustomer> base = result.snapshots().get(0).customers();
        ValueGrid grid = ValueGrid.of(base.stream().map(ValuedCustomer::value).toList(), query.assumptions().tiers());

        double[] clv = base.stream().mapToDouble(ValuedCustomer::clv).sorted().toArray();
        List<ValueReport.Quantile> distribution = Arrays.stream(QUANTILES)
                .mapToObj(p -> new ValueReport.Quantile(p, QuantileCuts.quantile(clv, p))).toList();

        Map<ValueCell, Long> cellSizes = new HashMap<>();
        Map<RelationshipTier, double[]> tierSums = new EnumMap<>(RelationshipTier.class);
        for (RelationshipTier t : RelationshipTier.values()) {
            tierSums.put(t, new double[3]);
        }
        double historical = 0;
        double current = 0;
        double potential = 0;
        for (ValuedCustomer v : base) {
            ValueCell cell = grid.cells().get(v.customerId());
            cellSizes.merge(cell, 1L, Long::sum);
            double[] sums = tierSums.get(grid.policy().tierOf(cell));
            sums[0]++;
            sums[1] += v.historicalValue();
            sums[2] += v.clv();
            historical += v.historicalValue();
            current += v.currentValue();
            potential += v.clv();
        }
        List<ValueReport.GridCell> cells = new ArrayList<>();
        for (Tercile p : List.of(Tercile.HIGH, Tercile.MEDIUM, Tercile.LOW)) {
            for (Tercile h : Tercile.values()) {
                ValueCell cell = new ValueCell(h, p);
                cells.add(new ValueReport.GridCell(h, p, grid.policy().tierOf(cell), cellSizes.getOrDefault(cell, 0L)));
            }
        }
        List<ValueReport.TierRow> tiers = new ArrayList<>();
        tierSums.forEach((tier, s) -> tiers.add(new ValueReport.TierRow(tier, (long) s[0], s[0] / base.size(), s[1],
                s[2], grid.policy().resourceShare(tier), tier.strategy())));
        return new ValueReport(asOf, result.fits().purchases(), result.fits().spend(), query.assumptions(),
                result.currency().orElse(""), base.size(), historical, current, potential, potential / base.size(),
                distribution, cells, tiers);
    }

    @Override
    public ChurnReport report(ChurnReportUseCase.Query query) {
        LocalDate asOf = query.asOf().orElseGet(valuation::today);
        CustomerValuation.Result result = valueAt(asOf, query.assumptions());
        List<ValuedCustomer> base = result.snapshots().get(0).customers();
        long atRisk = 0;
        long lapsed = 0;
        double valueAtRisk = 0;
        List<ValuedCustomer> slipping = new ArrayList<>();
        for (ValuedCustomer v : base) {
            ChurnStatus status = status(v, query);
            if (status != ChurnStatus.ALIVE) {
                slipping.add(v);
                valueAtRisk += v.historicalValue();
                if (status == ChurnStatus.AT_RISK) {
                    atRisk++;
                } else {
                    lapsed++;
                }
            }
        }
        slipping.sort(Comparator.comparingDouble(ValuedCustomer::historicalValue).reversed()
                .thenComparing(Comparator.comparingDouble(ValuedCustomer::clv).reversed())
                .thenComparing(v -> v.customerId().value()));
        List<ChurnReport.Row> rows = slipping.stream().limit(query.limit())
                .map(v -> new ChurnReport.Row(v, customers.findById(v.customerId()).map(Customer::name).orElse(""),
                        status(v, query)))
                .toList();
        return new ChurnReport(asOf, result.fits().purchases(), query.atRiskBelow(), query.lapsedBelow(), base.size(),
                base.size() - atRisk - lapsed, atRisk, lapsed, valueAtRisk, rows);
    }

    @Override
    public LoyaltyReport report(LoyaltyReportUseCase.Query query) {
        LocalDate asOf = query.asOf().orElseGet(valuation::today);
        CustomerValuation.Result result = valueAt(asOf, query.assumptions());
        List<ValuedCustomer> base = result.snapshots().get(0).customers();
        PurchaseModel model = StoredModels.purchaseModel(result.fits().purchases());
        List<ReinartzKumarModel.Input> inputs = new ArrayList<>(base.size());
        Map<CustomerId, Double> durations = new HashMap<>();
        for (ValuedCustomer v : base) {
            double duration = ReinartzKumarModel.lifetimeDuration(model, v.x(), v.tx(), v.T(), query.aliveCut());
            durations.put(v.customerId(), duration);
            inputs.add(new ReinartzKumarModel.Input(v.customerId(), duration, v.clv()));
        }
        double durationCut = ReinartzKumarModel.median(inputs.stream().mapToDouble(ReinartzKumarModel.Input::loyalty).toArray());
        double clvCut = ReinartzKumarModel.median(base.stream().mapToDouble(ValuedCustomer::clv).toArray());
        Map<CustomerId, ReinartzKumarClass> classes =
                ReinartzKumarModel.classify(inputs, durationCut, clvCut);
        Map<ReinartzKumarClass, double[]> sums = new EnumMap<>(ReinartzKumarClass.class);
        for (ReinartzKumarClass c : ReinartzKumarClass.values()) {
            sums.put(c, new double[4]);
        }
        for (ValuedCustomer v : base) {
            double[] s = sums.get(classes.get(v.customerId()));
            s[0]++;
            s[1] += durations.get(v.customerId());
            s[2] += v.probabilityAlive();
            s[3] += v.clv();
        }
        var unit = result.fits().purchases().unit();
        List<LoyaltyReport.ClassRow> rows = new ArrayList<>();
        sums.forEach((c, s) -> {
            double n = Math.max(s[0], 1);
            rows.add(new LoyaltyReport.ClassRow(c, (long) s[0], s[0] / base.size(), unit.toDays(s[1] / n), s[2] / n,
                    s[3] / n, s[3], c.strategy()));
        });
        return new LoyaltyReport(asOf, result.fits().purchases(), query.aliveCut(), base.size(),
                unit.toDays(durationCut), clvCut, rows);
    }

    private CustomerValuation.Result valueAt(LocalDate asOf, ValueAssumptions assumptions) {
        CustomerValuation.Result result = valuation.valueAt(List.of(asOf), assumptions);
        if (result.snapshots().get(0).customers().isEmpty()) {
            throw new IllegalArgumentException("no customer had bought by " + asOf + ": nothing to value");
        }
        return result;
    }

    private static ChurnStatus status(ValuedCustomer v, ChurnReportUseCase.Query query) {
        if (v.probabilityAlive() < query.lapsedBelow()) {
            return ChurnStatus.LAPSED;
        }
        return v.probabilityAlive() < query.atRiskBelow() ? ChurnStatus.AT_RISK : ChurnStatus.ALIVE;
    }
}
