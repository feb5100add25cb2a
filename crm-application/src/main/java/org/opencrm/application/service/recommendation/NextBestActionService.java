package org.opencrm.application.service.recommendation;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.opencrm.application.concurrent.Background;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.in.recommendation.NextBestActionsUseCase;
import org.opencrm.application.port.in.recommendation.Plan;
import org.opencrm.application.port.in.recommendation.SegmentNextBestActionsUseCase;
import org.opencrm.application.port.in.segment.SegmentMembersUseCase;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.application.port.in.value.ValuedCustomer;
import org.opencrm.application.port.out.AssociationRuleRepository;
import org.opencrm.application.port.out.ComplaintRepository;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.FollowUpRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.service.value.CustomerTiers;
import org.opencrm.application.service.value.CustomerValuation;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.recommendation.ActionPolicy;
import org.opencrm.domain.recommendation.CustomerSituation;
import org.opencrm.domain.recommendation.NextBestActionPlanner;
import org.opencrm.domain.recommendation.NextBestActions;
import org.opencrm.domain.recommendation.RuleSet;
import org.opencrm.domain.segment.SegmentFacts;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.grid.TierPolicy;
import org.opencrm.domain.value.loyalty.ReinartzKumarModel;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;

/**
 * Gathers each customer's situation as of a date (value, tier, open complaints, overdue follow-ups, products
 * bought and price bands) and has the {@link NextBestActionPlanner} rank the actions. The base is valued once per
 * call, as the reports value it; for a segment every other fact is read in one pass per table.
 */
public class NextBestActionService implements NextBestActionsUseCase, SegmentNextBestActionsUseCase {

    private final CustomerRepository customers;
    private final PurchaseRepository purchases;
    private final ComplaintRepository complaints;
    private final FollowUpRepository followUps;
    private final AssociationRuleRepository rules;
    private final CustomerValuation valuation;
    private final SegmentMembersUseCase segments;
    private final Clock clock;

    @Inject
    public NextBestActionService(CustomerRepository customers, PurchaseRepository purchases,
                                 ComplaintRepository complaints, FollowUpRepository followUps,
                                 AssociationRuleRepository rules, CustomerValuation valuation,
                                 SegmentMembersUseCase segments, Clock clock) {
        this.customers = Objects.requireNonNull(customers);
        this.purchases = Objects.requireNonNull(purchases);
        this.complaints = Objects.requireNonNull(complaints);
        this.followUps = Objects.requireNonNull(followUps);
        this.rules = Objects.requireNonNull(rules);
        this.valuation = Objects.requireNonNull(valuation);
        this.segments = Objects.requireNonNull(segments);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Plan plan(NextBestActionsUseCase.Query query) {
        Customer customer = customers.findById(query.customer())
                .orElseThrow(() -> new CustomerNotFoundException(query.customer().value()));
        LocalDate asOf = query.asOf().orElseGet(() -> LocalDate.now(clock));
        Base base = base(asOf);
        CustomerId id = customer.id();
        Facts facts = new Facts(Set.of(id), base.end);
        complaints.findByCustomer(id).forEach(facts::complaint);
        followUps.findByCustomer(id).forEach(f -> facts.followUp(f, asOf));
        ZoneId zone = clock.getZone();
        for (Purchase p : purchases.findByCustomer(id)) {
            LocalDate day = p.occurredAt().atZone(zone).toLocalDate();
            if (!day.isAfter(asOf)) {
                p.lineItems().forEach(line -> facts.bought(id, line));
            }
        }
        return new Plan(asOf, id.value(), base.rules.map(RuleSet::asOf),
                List.of(base.planner.plan(facts.situation(id, asOf, base))), base.notes);
    }

    @Override
    public Plan plan(SegmentNextBestActionsUseCase.Query query) {
        LocalDate asOf = query.asOf().orElseGet(() -> LocalDate.now(clock));
        Instant end = endOf(asOf);
        Set<CustomerId> members = new TreeSet<>();
        if (query.segment().equals(ALL)) {
            // The shapes are enough to know who had registered by the date, and far cheaper than whole profiles.
            customers.forEachShape(c -> {
                if (c.createdAt().isBefore(end)) {
                    members.add(c.id());
                }
            });
        } else {
            segments.members(new SegmentMembersUseCase.Query(query.segment(), Optional.empty(), Optional.of(asOf)))
                    .members().stream().map(SegmentFacts::customer).map(Customer::id).forEach(members::add);
        }
        Facts facts = new Facts(members, end);
        // The line items are read and gathered on a thread of their own while the base is valued (each fills
        // maps of its own in Facts); then the customers are planned on every core, in order.
        Background<Void> lines = Background.start(() -> {
            purchases.forEachLineHistory(clock.getZone(), h -> {
                if (members.contains(h.customerId())) {
                    for (ValueOrientationClassifier.BoughtLine l : h.lines()) {
                        if (!l.day().isAfter(asOf)) {
                            facts.bought(h.customerId(), l.line());
                        }
                    }
                }
            });
            return null;
        }, "nba-lines");
        Base base;
        try {
            base = base(asOf);
            complaints.forEachComplaint(facts::complaint);
            followUps.forEachFollowUp(f -> facts.followUp(f, asOf));
        } finally {
            lines.join();
        }
        List<NextBestActions> planned = new ArrayList<>(members).parallelStream()
                .map(id -> base.planner.plan(facts.situation(id, asOf, base))).toList();
        return new Plan(asOf, query.segment(), base.rules.map(RuleSet::asOf), planned, base.notes);
    }

    private Instant endOf(LocalDate asOf) {
        return asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /** What every customer's plan reads from the whole base: values, tiers, the rule set, the planner. */
    private Base base(LocalDate asOf) {
        List<String> notes = new ArrayList<>();
        Map<CustomerId, ValuedCustomer> values = new HashMap<>();
        Map<CustomerId, RelationshipTier> tiers = Map.of();
        Optional<Money> valuableFrom = Optional.empty();
        Optional<String> currency = Optional.empty();
        if (valuation.canValueAt(asOf, ValueAssumptions.DEFAULT)) {
            CustomerValuation.Result result = valuation.valueAt(List.of(asOf), ValueAssumptions.DEFAULT);
            CustomerValuation.Snapshot snapshot = result.snapshots().get(0);
            notes.addAll(snapshot.warnings());
            snapshot.customers().forEach(v -> values.put(v.customerId(), v));
            tiers = CustomerTiers.of(snapshot, TierPolicy.DEFAULT);
            currency = result.currency();
            valuableFrom = currency.filter(c -> !snapshot.customers().isEmpty()).map(c -> Money.rounded(
                    ReinartzKumarModel.median(snapshot.customers().stream()
                            .mapToDouble(v -> v.historicalValue().amount().doubleValue()).toArray()),
                    Money.currency(c)));
        } else {
            notes.add("no " + valuation.policy().purchaseModel().code() + " and gamma-gamma fits calibrated on or "
                    + "before " + asOf + ": no tiers, retention or win-back offers (crm model fit --calibration-end "
                    + asOf + ")");
        }
        Optional<RuleSet> ruleSet = rules.findLatest(asOf);
        if (ruleSet.isEmpty()) {
            notes.add("no association rules mined as of " + asOf + " or before: no cross-sell or up-sell offers "
                    + "(crm rules mine --as-of " + asOf + ")");
        }
        Currency money = Money.currency(currency.or(() -> ruleSet.flatMap(r -> r.products().stream().findFirst())
                .map(p -> p.meanUnitPrice().currency().getCurrencyCode())).orElse(DEFAULT_CURRENCY));
        NextBestActionPlanner planner = new NextBestActionPlanner(ActionPolicy.DEFAULT, TierPolicy.DEFAULT, ruleSet,
                valuableFrom, money);
        return new Base(endOf(asOf), values, tiers, ruleSet, planner, notes);
    }

    /** The amounts of a store with no purchases and no rules are all zero; they need some currency. */
    private static final String DEFAULT_CURRENCY = "USD";

    private record Base(Instant end, Map<CustomerId, ValuedCustomer> values, Map<CustomerId, RelationshipTier> tiers,
                        Optional<RuleSet> rules, NextBestActionPlanner planner, List<String> notes) {
    }

    /** The per-customer facts of the customers planned for, gathered as the tables are read. */
    private static final class Facts {
        private final Set<CustomerId> members;
        private final Instant end;
        private final Map<CustomerId, List<Complaint>> open = new HashMap<>();
        private final Map<CustomerId, List<FollowUp>> overdue = new HashMap<>();
        private final Map<CustomerId, Set<ProductId>> bought = new HashMap<>();
        private final Map<CustomerId, Map<Category, Money>> bands = new HashMap<>();

        Facts(Set<CustomerId> members, Instant end) {
            this.members = members;
            this.end = end;
        }

        void complaint(Complaint c) {
            if (members.contains(c.customerId()) && c.isUnresolvedAt(end)) {
                open.computeIfAbsent(c.customerId(), k -> new ArrayList<>()).add(c);
            }
        }

        void followUp(FollowUp f, LocalDate asOf) {
            if (members.contains(f.customerId()) && f.isOverdueAt(asOf, end)) {
                overdue.computeIfAbsent(f.customerId(), k -> new ArrayList<>()).add(f);
            }
        }

        /** A bought line: the product, and the highest unit price paid in its category (the price band). */
        void bought(CustomerId id, LineItem line) {
            bought.computeIfAbsent(id, k -> new HashSet<>()).add(line.productId());
            line.category().ifPresent(c -> bands.computeIfAbsent(id, k -> new HashMap<>()).merge(c, line.unitPrice(),
                    (a, b) -> a.currency().equals(b.currency()) && b.amount().compareTo(a.amount()) > 0 ? b : a));
        }

        CustomerSituation situation(CustomerId id, LocalDate asOf, Base base) {
            Optional<CustomerSituation.Value> value = Optional.ofNullable(base.values.get(id)).map(v ->
                    new CustomerSituation.Value(v.probabilityAlive(), v.status(), v.historicalValue(), v.clv(),
                            v.expectedValuePerPurchase()));
            List<Complaint> complaints = open.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparing(Complaint::openedAt)).toList();
            List<FollowUp> followUps = overdue.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparing(FollowUp::dueOn)).toList();
            return new CustomerSituation(id, asOf, Optional.ofNullable(base.tiers.get(id)), value, complaints,
                    followUps, bought.getOrDefault(id, Set.of()), bands.getOrDefault(id, Map.of()));
        }
    }
}
