package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.opencrm.application.port.in.value.TierHistory;
import org.opencrm.application.port.in.value.TierReport;
import org.opencrm.application.port.in.value.TierReportUseCase;
import org.opencrm.application.port.in.value.ValuedCustomer;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.service.report.ReportPopulation;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.grid.TierMovements;
import org.opencrm.domain.value.grid.TierPolicy;
import org.opencrm.domain.value.grid.ValueGrid;

/**
 * Tiers in time: the base is valued at every date in one pass, and each date's grid is cut at that date's
 * terciles, so a tier says where a customer stood among the customers of that day.
 */
public class TierReportService implements TierReportUseCase {

    /** A history longer than this many dates would hold too many valuations at once. */
    private static final int MAX_STEPS = 240;

    private final CustomerValuation valuation;
    private final CustomerRepository customers;
    private final ReportPopulation population;

    @Inject
    public TierReportService(CustomerValuation valuation, CustomerRepository customers, ReportPopulation population) {
        this.valuation = Objects.requireNonNull(valuation);
        this.customers = Objects.requireNonNull(customers);
        this.population = Objects.requireNonNull(population);
    }

    /** Over the whole base only. */
    public TierReportService(CustomerValuation valuation, CustomerRepository customers) {
        this(valuation, customers, ReportPopulation.wholeBase());
    }

    @Override
    public TierReport movements(Query query) {
        List<CustomerValuation.Snapshot> snapshots =
                valuation.valueAt(List.of(query.from(), query.to()), query.assumptions()).snapshots();
        List<String> warnings = new ArrayList<>(snapshots.get(0).warnings());
        snapshots.get(1).warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
        Map<CustomerId, RelationshipTier> before = tiers(snapshots.get(0), query.assumptions().tiers());
        Map<CustomerId, RelationshipTier> after = tiers(snapshots.get(1), query.assumptions().tiers());
        if (query.inSegment().isPresent()) {
            // Tiers are the whole base's at each date; the segment's members as of the end are followed.
            Predicate<CustomerId> member = population.of(query.inSegment(), query.to());
            before = new HashMap<>(before);
            after = new HashMap<>(after);
            before.keySet().removeIf(member.negate());
            after.keySet().removeIf(member.negate());
        }
        Map<CustomerId, RelationshipTier> then = before;
        long entered = after.keySet().stream().filter(id -> !then.containsKey(id)).count();
        return new TierReport(query.from(), query.to(), snapshots.get(0).fits().purchases(),
                snapshots.get(1).fits().purchases(), warnings, sizes(before), sizes(after),
                TierMovements.between(before, after), entered);
    }

    @Override
    public TierHistory history(CustomerId asked, Query query, int stepMonths) {
        Objects.requireNonNull(asked, "'customer' must not be null");
        CustomerId customer = customers.resolve(asked);
        if (stepMonths < 1) {
            throw new IllegalArgumentException("'stepMonths' must be at least 1, got " + stepMonths);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = query.from(); d.isBefore(query.to()); d = d.plusMonths(stepMonths)) {
            dates.add(d);
        }
        dates.add(query.to());
        if (dates.size() > MAX_STEPS) {
            throw new IllegalArgumentException("a tier history of " + dates.size() + " dates is too long (at most "
                    + MAX_STEPS + "); use a larger step");
        }
        List<TierHistory.Step> steps = new ArrayList<>();
        List<LocalDate> valued = dates.stream().filter(d -> valuation.canValueAt(d, query.assumptions())).toList();
        dates.stream().filter(d -> !valued.contains(d)).forEach(d -> steps.add(new TierHistory.Step(d, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())));
        List<CustomerValuation.Snapshot> snapshots = valued.isEmpty() ? List.of()
                : valuation.valueAt(valued, query.assumptions()).snapshots();
        for (CustomerValuation.Snapshot s : snapshots) {
            Optional<ValuedCustomer> own = s.customers().stream().filter(v -> v.customerId().equals(customer)).findFirst();
            if (own.isEmpty()) {
                steps.add(new TierHistory.Step(s.asOf(), Optional.of(s.fits().purchases()), Optional.empty(), Optional.empty(), Optional.empty()));
                continue;
            }
            ValueGrid grid = ValueGrid.of(s.customers().stream().map(ValuedCustomer::value).toList(),
                    query.assumptions().tiers());
            steps.add(new TierHistory.Step(s.asOf(), Optional.of(s.fits().purchases()), own, Optional.of(grid.cells().get(customer)),
                    Optional.of(grid.tierOf(customer))));
        }
        if (valued.isEmpty()) {
            // Nothing valued: name the fit the user needs, as the other value reports do.
            valuation.fits(query.assumptions().purchaseModel().orElse(valuation.policy().purchaseModel()), query.to());
        }
        steps.sort(java.util.Comparator.comparing(TierHistory.Step::date));
        return new TierHistory(customer, steps);
    }

    private static Map<CustomerId, RelationshipTier> tiers(CustomerValuation.Snapshot snapshot, TierPolicy policy) {
        return CustomerTiers.of(snapshot, policy);
    }

    private static Map<RelationshipTier, Long> sizes(Map<CustomerId, RelationshipTier> tiers) {
        Map<RelationshipTier, Long> sizes = new java.util.EnumMap<>(RelationshipTier.class);
        for (RelationshipTier t : RelationshipTier.values()) {
            sizes.put(t, 0L);
        }
        tiers.values().forEach(t -> sizes.merge(t, 1L, Long::sum));
        return sizes;
    }
}
