package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.opencrm.application.error.ReportNotComputableException;
import org.opencrm.application.port.in.acquisition.ProspectReportUseCase;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.service.report.ReportPopulation;
import org.opencrm.domain.acquisition.ProspectScoring;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.value.grid.RelationshipTier;

/** Ranks prospects by their likeness to the strategic and major customers as of a date. */
public class ProspectReportService implements ProspectReportUseCase {

    /** Reasons printed beside each prospect. */
    static final int REASONS = 3;
    private static final Set<RelationshipTier> BEST = EnumSet.of(RelationshipTier.STRATEGIC, RelationshipTier.MAJOR);

    private final CustomerRepository customers;
    private final CustomerTiers tiers;
    private final CustomerValuation valuation;
    private final ReportPopulation population;
    private final Clock clock;

    @Inject
    public ProspectReportService(CustomerRepository customers, CustomerTiers tiers, CustomerValuation valuation,
                                 ReportPopulation population, Clock clock) {
        this.population = Objects.requireNonNull(population);
        this.customers = Objects.requireNonNull(customers);
        this.tiers = Objects.requireNonNull(tiers);
        this.valuation = Objects.requireNonNull(valuation);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ProspectReport report(Optional<LocalDate> date, int top, Optional<String> inSegment) {
        if (top < 1) {
            throw new IllegalArgumentException("'top' must be at least 1, got " + top);
        }
        LocalDate asOf = date.orElseGet(() -> LocalDate.now(clock));
        if (!valuation.canValueAt(asOf, ValueAssumptions.DEFAULT)) {
            throw new ReportNotComputableException("prospect scoring learns from the strategic and major customers, "
                    + "which need " + valuation.policy().purchaseModel().code() + " and gamma-gamma fits calibrated on "
                    + "or before " + asOf + " (crm model fit)");
        }
        Map<CustomerId, RelationshipTier> tierOf = tiers.asOf(asOf);
        // The weights are learned from the whole base; a segment's report ranks its own prospects.
        Predicate<CustomerId> counted = population.of(inSegment, asOf);
        Instant end = asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<Customer> best = new ArrayList<>();
        List<Customer> others = new ArrayList<>();
        List<Customer> prospects = new ArrayList<>();
        customers.forEachCustomer(c -> {
            if (!c.createdAt().isBefore(end)) {
                return;
            }
            RelationshipTier t = tierOf.get(c.id());
            if (t == null) { // valued customers are those with a purchase by the date
                if (counted.test(c.id())) {
                    prospects.add(c);
                }
            } else if (BEST.contains(t)) {
                best.add(c);
            } else {
                others.add(c);
            }
        });
        ProspectScoring scoring = ProspectScoring.learn(best, others);
        List<ProspectScoring.Scored> ranked = prospects.stream().map(p -> scoring.score(p, REASONS))
                .sorted(Comparator.comparingDouble(ProspectScoring.Scored::score).reversed()
                        .thenComparing(s -> s.customer().value()))
                .limit(top).toList();
        return new ProspectReport(asOf, prospects.size(), best.size(), others.size(), ranked);
    }
}
