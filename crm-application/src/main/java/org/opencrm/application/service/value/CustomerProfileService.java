package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.error.ReportNotComputableException;
import org.opencrm.application.port.in.customer.CustomerProfile;
import org.opencrm.application.port.in.customer.CustomerProfileUseCase;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.application.port.in.value.ValuedCustomer;
import org.opencrm.application.port.out.CustomerMergeRepository;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.ProductRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.service.lifecycle.LifecycleRules;
import org.opencrm.application.service.report.RfmReportService;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.identity.CustomerMerge;
import org.opencrm.domain.lifecycle.LifecycleHistory;
import org.opencrm.domain.lifecycle.LifecycleTransition;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.value.grid.ValueCell;
import org.opencrm.domain.value.grid.ValueGrid;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;
import org.opencrm.domain.value.rfm.RfmAnalysis;
import org.opencrm.domain.value.rfm.RfmSegmentMap;
import org.opencrm.domain.value.rfm.RfmValues;

/**
 * Puts one customer's standing from every report on one screen. Ranks (RFM scores, terciles, loyalty medians)
 * are relative to the base, so the base is analysed as the reports analyse it and the customer picked out: the
 * profile then always agrees with the reports for the same store and date.
 */
public class CustomerProfileService implements CustomerProfileUseCase {

    private final CustomerRepository customers;
    private final PurchaseRepository purchases;
    private final ProductRepository products;
    private final LifecycleRules lifecycleRules;
    private final RfmReportService rfm;
    private final CustomerValuation valuation;
    private final RelationshipStandings relationships;
    private final CustomerMergeRepository merges;
    private final Clock clock;

    @Inject
    public CustomerProfileService(CustomerRepository customers, PurchaseRepository purchases, ProductRepository products,
                                  LifecycleRules lifecycleRules, RfmReportService rfm, CustomerValuation valuation,
                                  RelationshipStandings relationships, CustomerMergeRepository merges, Clock clock) {
        this.customers = Objects.requireNonNull(customers);
        this.purchases = Objects.requireNonNull(purchases);
        this.products = Objects.requireNonNull(products);
        this.lifecycleRules = Objects.requireNonNull(lifecycleRules);
        this.rfm = Objects.requireNonNull(rfm);
        this.valuation = Objects.requireNonNull(valuation);
        this.clock = Objects.requireNonNull(clock);
        this.relationships = Objects.requireNonNull(relationships);
        this.merges = Objects.requireNonNull(merges);
    }

    @Override
    public CustomerProfile profile(Query query) {
        Customer customer = customers.findById(query.customer())
                .orElseThrow(() -> new CustomerNotFoundException(query.customer().value()));
        LocalDate asOf = query.asOf().orElseGet(() -> LocalDate.now(clock));
        ZoneId zone = clock.getZone();
        List<String> notes = new ArrayList<>();
        List<Purchase> bought = purchases.findByCustomer(customer.id()).stream()
                .filter(p -> !p.occurredAt().atZone(zone).toLocalDate().isAfter(asOf)).toList();

        Optional<CustomerProfile.Lifecycle> lifecycle = lifecycle(customer, bought, asOf, notes);
        if (bought.isEmpty()) {
            notes.add("no purchase on or before " + asOf + ": no RFM, value or value type yet");
            return new CustomerProfile(customer, asOf, lifecycle, Optional.empty(), Optional.empty(), Optional.empty(),
                    relationships.of(customer, asOf, Optional.empty()), mergesInto(customer.id()), notes);
        }
        Optional<CustomerProfile.Value> value = value(customer, asOf, notes);
        return new CustomerProfile(customer, asOf, lifecycle, rfm(customer, asOf, notes), value,
                Optional.of(valueOrientation(bought, asOf)),
                relationships.of(customer, asOf, value.map(CustomerProfile.Value::tier)), mergesInto(customer.id()),
                notes);
    }

    /** Every record merged into this customer, directly or into one it absorbed later, oldest first. */
    private List<CustomerMerge> mergesInto(CustomerId survivor) {
        List<CustomerMerge> all = new ArrayList<>();
        Deque<CustomerId> next = new ArrayDeque<>(List.of(survivor));
        while (!next.isEmpty()) {
            for (CustomerMerge m : merges.findBySurvivor(next.pop())) {
                all.add(m);
                next.push(m.absorbed());
            }
        }
        all.sort(Comparator.comparing(CustomerMerge::mergedAt).thenComparing(m -> m.absorbed().value()));
        return all;
    }

    private Optional<CustomerProfile.Lifecycle> lifecycle(Customer customer, List<Purchase> bought, LocalDate asOf,
                                                          List<String> notes) {
        ZoneId zone = clock.getZone();
        LocalDate registered = customer.createdAt().atZone(zone).toLocalDate();
        if (registered.isAfter(asOf)) {
            notes.add("registered after " + asOf + ": not a customer yet on that date");
            return Optional.empty();
        }
        List<PurchaseFact> facts = bought.stream()
                .map(p -> new PurchaseFact(p.occurredAt().atZone(zone).toLocalDate(), p.amount(), p.categories()))
                .sorted(java.util.Comparator.comparing(PurchaseFact::day)).toList();
        LifecycleRules.Applied rules = lifecycleRules.asOf(asOf);
        notes.addAll(rules.warnings());
        return rules.derivation().derive(new PurchaseHistory(customer.id(), registered, facts), asOf)
                .map(h -> new CustomerProfile.Lifecycle(h.current(), since(h), rules.churnSignal()));
    }

    private static LocalDate since(LifecycleHistory history) {
        List<LifecycleTransition> transitions = history.transitions();
        return transitions.get(transitions.size() - 1).on();
    }

    private Optional<CustomerProfile.Rfm> rfm(Customer customer, LocalDate asOf, List<String> notes) {
        Optional<RfmReportService.Analysed> analysed;
        try {
            analysed = rfm.analyse(asOf, 5, RfmValues.Monetary.AVERAGE, RfmSegmentMap.STANDARD);
        } catch (ReportNotComputableException mixedCurrencies) {
            notes.add(mixedCurrencies.getMessage());
            return Optional.empty();
        }
        return analysed.flatMap(a -> a.analysis().customers().stream()
                .filter(s -> s.values().customerId().equals(customer.id())).findFirst()
                .map(s -> rfm(s, a)));
    }

    private static CustomerProfile.Rfm rfm(RfmAnalysis.Scored s, RfmReportService.Analysed a) {
        return new CustomerProfile.Rfm(s.values().recencyDays(), s.values().frequency(),
                Money.rounded(s.values().monetary(), a.currency()), s.score(), s.segment());
    }

    private Optional<CustomerProfile.Value> value(Customer customer, LocalDate asOf, List<String> notes) {
        ValueAssumptions assumptions = ValueAssumptions.DEFAULT;
        if (!valuation.canValueAt(asOf, assumptions)) {
            notes.add("no " + valuation.policy().purchaseModel().code() + " and gamma-gamma fits calibrated on or before "
                    + asOf + ": no P(alive), CLV, tier or loyalty class (crm model fit --calibration-end " + asOf + ")");
            return Optional.empty();
        }
        CustomerValuation.Snapshot snapshot;
        try {
            snapshot = valuation.valueAt(List.of(asOf), assumptions).snapshots().get(0);
        } catch (ReportNotComputableException mixedCurrencies) {
            notes.add(mixedCurrencies.getMessage());
            return Optional.empty();
        }
        notes.addAll(snapshot.warnings());
        Optional<ValuedCustomer> own = snapshot.customers().stream()
                .filter(v -> v.customerId().equals(customer.id())).findFirst();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        ValuedCustomer v = own.get();
        ValueGrid grid = ValueGrid.of(snapshot.customers().stream().map(ValuedCustomer::value).toList(),
                assumptions.tiers());
        ValueCell cell = grid.cells().get(customer.id());
        LoyaltyClasses loyalty = LoyaltyClasses.of(snapshot, valuation.policy().thresholds().atRiskBelow());
        return Optional.of(new CustomerProfile.Value(snapshot.fits().purchases(), v.probabilityAlive(), v.status(),
                v.historicalValue(), v.currentValue(), v.clv(), cell, grid.tierOf(customer.id()),
                loyalty.classes().get(customer.id())));
    }

    private CustomerProfile.ValueOrientation valueOrientation(List<Purchase> bought, LocalDate asOf) {
        ZoneId zone = clock.getZone();
        List<ValueOrientationClassifier.BoughtLine> lines = new ArrayList<>();
        Set<ProductId> named = new HashSet<>();
        for (Purchase p : bought) {
            LocalDate day = p.occurredAt().atZone(zone).toLocalDate();
            p.lineItems().forEach(item -> {
                lines.add(new ValueOrientationClassifier.BoughtLine(day, item));
                named.add(item.productId());
            });
        }
        lines.sort(java.util.Comparator.comparing(ValueOrientationClassifier.BoughtLine::day));
        Map<ProductId, Product> catalog = named.isEmpty() ? Map.of() : products.findByIds(named);
        ValueOrientationClassifier.Result result = ValueOrientationClassifier.DEFAULT.classify(lines, catalog);
        if (result instanceof ValueOrientationClassifier.Result.Classified c) {
            return new CustomerProfile.ValueOrientation(Optional.of(c.type()), Optional.empty());
        }
        return new CustomerProfile.ValueOrientation(Optional.empty(),
                Optional.of(((ValueOrientationClassifier.Result.InsufficientData) result).reason()));
    }
}
