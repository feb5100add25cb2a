package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.opencrm.application.concurrent.Background;
import org.opencrm.application.error.FactNotFoundException;
import org.opencrm.application.port.in.segment.FindSegmentsUseCase;
import org.opencrm.application.port.in.segment.SaveSegmentUseCase;
import org.opencrm.application.port.in.segment.SegmentMembersUseCase;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.application.port.in.value.ValuedCustomer;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.SegmentRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.service.lifecycle.CurrentStages;
import org.opencrm.application.service.lifecycle.LifecycleRules;
import org.opencrm.application.service.report.RfmReportService;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.segment.Segment;
import org.opencrm.domain.segment.SegmentCondition;
import org.opencrm.domain.segment.SegmentFacts;
import org.opencrm.domain.segment.SegmentField;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.grid.TierPolicy;
import org.opencrm.domain.value.loyalty.ReinartzKumarClass;
import org.opencrm.domain.value.rfm.RfmAnalysis;
import org.opencrm.domain.value.rfm.RfmSegmentMap;
import org.opencrm.domain.value.rfm.RfmValues;

/**
 * Saves segments and lists their members as of a date. Only what a condition reads is computed: a condition on
 * the profile reads the customers alone; one on stage or a purchase window adds a pass over the histories; one
 * on tier, loyalty, P(alive) or CLV values the base in that same pass (as the tier report does); one on RFM
 * analyses the base as the RFM report does. Every figure is the one those reports give the customer.
 */
public class SegmentService implements SaveSegmentUseCase, FindSegmentsUseCase, SegmentMembersUseCase {

    private static final Set<SegmentField> VALUE_FIELDS =
            EnumSet.of(SegmentField.TIER, SegmentField.LOYALTY, SegmentField.P_ALIVE, SegmentField.CLV);
    private static final Set<SegmentField> RFM_FIELDS =
            EnumSet.of(SegmentField.RFM_R, SegmentField.RFM_F, SegmentField.RFM_M, SegmentField.RFM_SEGMENT);

    private final SegmentRepository segments;
    private final CustomerRepository customers;
    private final CustomerValuation valuation;
    private final LifecycleRules rules;
    private final RfmReportService rfm;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Inject
    public SegmentService(SegmentRepository segments, CustomerRepository customers, CustomerValuation valuation,
                          LifecycleRules rules, RfmReportService rfm, UnitOfWork unitOfWork, Clock clock) {
        this.segments = Objects.requireNonNull(segments);
        this.customers = Objects.requireNonNull(customers);
        this.valuation = Objects.requireNonNull(valuation);
        this.rules = Objects.requireNonNull(rules);
        this.rfm = Objects.requireNonNull(rfm);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Result save(Command command) {
        return unitOfWork.inTransaction(() -> {
            Optional<Segment> latest = segments.findLatest(command.name());
            Segment next = new Segment(command.name(), latest.map(s -> s.version() + 1).orElse(1), command.expression(),
                    clock.instant());
            if (latest.isPresent() && latest.get().expression().equals(next.expression())) {
                return new Result(latest.get(), false);
            }
            segments.add(next);
            return new Result(next, true);
        });
    }

    @Override
    public List<Segment> latest() {
        Map<String, Segment> latest = new HashMap<>();
        segments.findAll().forEach(s -> latest.merge(s.name(), s, (a, b) -> a.version() >= b.version() ? a : b));
        return latest.values().stream().sorted(Comparator.comparing(Segment::name)).toList();
    }

    @Override
    public List<Segment> versions(String name) {
        return segments.findAll().stream().filter(s -> s.name().equals(name))
                .sorted(Comparator.comparingInt(Segment::version)).toList();
    }

    @Override
    public Segment find(String name, Optional<Integer> version) {
        Optional<Segment> found = version.isPresent() ? segments.find(name, version.get()) : segments.findLatest(name);
        return found.orElseThrow(() -> new FactNotFoundException("segment", name + version.map(v -> " version " + v)
                .orElse("")));
    }

    @Override
    public Members members(Query query) {
        return members(find(query.name(), query.version()), query.asOf());
    }

    @Override
    public Members evaluate(String expression, Optional<LocalDate> asOf) {
        return members(new Segment(UNSAVED, 1, expression, clock.instant()), asOf);
    }

    private Members members(Segment segment, Optional<LocalDate> date) {
        SegmentCondition condition = segment.condition();
        LocalDate asOf = date.orElseGet(() -> LocalDate.now(clock));
        Instant end = asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Set<SegmentField> used = EnumSet.noneOf(SegmentField.class);
        Set<Integer> windows = new TreeSet<>();
        condition.fields().forEach(f -> {
            used.add(f.field());
            f.windowDays().ifPresent(windows::add);
        });
        List<String> notes = new ArrayList<>();

        // The store decides what it can evaluate itself (a SQL store: conditions on the profile alone).
        Optional<List<CustomerId>> pushed = customers.findIdsMatching(condition, end);
        if (pushed.isPresent()) {
            // The store found them; only their profiles are read, and the base is counted by its shapes.
            long[] base = {0};
            customers.forEachShape(s -> base[0] += s.createdAt().isBefore(end) ? 1 : 0);
            Map<CustomerId, Customer> found = customers.findByIds(pushed.get());
            return new Members(segment, asOf, base[0], pushed.get().stream().map(found::get)
                    .map(SegmentFacts::ofProfile).toList(), notes);
        }

        // Three independent reads, each on a thread of its own: the profiles, the RFM analysis, and (here) the
        // pass over the histories that values the base and derives stages and windows.
        Background<List<Customer>> reading = Background.start(() -> {
            List<Customer> all = new ArrayList<>();
            customers.forEachCustomer(c -> {
                if (c.createdAt().isBefore(end)) {
                    all.add(c);
                }
            });
            all.sort(Comparator.comparing(Customer::id));
            return all;
        }, "segment-profiles");
        Background<Map<CustomerId, RfmAnalysis.Scored>> scoring = Background.start(() -> {
            Map<CustomerId, RfmAnalysis.Scored> byId = new HashMap<>();
            if (used.stream().anyMatch(RFM_FIELDS::contains)) {
                rfm.analyse(asOf, 5, RfmValues.Monetary.AVERAGE, RfmSegmentMap.STANDARD).ifPresent(a ->
                        a.analysis().customers().forEach(sc -> byId.put(sc.values().customerId(), sc)));
            }
            return byId;
        }, "segment-rfm");

        Histories histories = new Histories(used.contains(SegmentField.STAGE) ? new CurrentStages(rules, asOf) : null,
                windows, asOf);
        boolean readHistories = used.contains(SegmentField.STAGE) || !windows.isEmpty();
        Valued valued = Valued.NONE;
        if (used.stream().anyMatch(VALUE_FIELDS::contains)) {
            if (valuation.canValueAt(asOf, ValueAssumptions.DEFAULT)) {
                valued = valued(valuation.valueAt(List.of(asOf), ValueAssumptions.DEFAULT,
                        readHistories ? histories : h -> { }).snapshots().get(0));
                readHistories = false;
            } else {
                notes.add("no " + valuation.policy().purchaseModel().code() + " and gamma-gamma fits calibrated on or "
                        + "before " + asOf + " (crm model fit): tier, loyalty, p_alive and clv are unknown, so every "
                        + "comparison on them is false");
            }
        }
        if (readHistories) {
            valuation.forEachHistory(histories);
        }
        Map<CustomerId, RfmAnalysis.Scored> scored = scoring.join();
        List<Customer> base = reading.join();

        List<SegmentFacts> members = new ArrayList<>();
        for (Customer c : base) {
            CustomerId id = c.id();
            Optional<LifecycleStage> stage = histories.stages == null ? Optional.empty()
                    : Optional.of(histories.stages.stages().getOrDefault(id, LifecycleStage.PROSPECT));
            ValuedCustomer v = valued.customers.get(id);
            RfmAnalysis.Scored s = scored.get(id);
            SegmentFacts facts = new SegmentFacts(c, stage, Optional.ofNullable(valued.tiers.get(id)),
                    Optional.ofNullable(valued.loyalty.get(id)), Optional.ofNullable(s).map(RfmAnalysis.Scored::score),
                    Optional.ofNullable(s).map(RfmAnalysis.Scored::segment),
                    v == null ? OptionalDouble.empty() : OptionalDouble.of(v.probabilityAlive()),
                    Optional.ofNullable(v).map(x -> x.clv().amount()),
                    histories.windows.getOrDefault(id, Map.of()));
            if (condition.test(facts)) {
                members.add(facts);
            }
        }
        return new Members(segment, asOf, base.size(), members, notes);
    }

    private Valued valued(CustomerValuation.Snapshot snapshot) {
        Map<CustomerId, ValuedCustomer> byId = new HashMap<>();
        snapshot.customers().forEach(v -> byId.put(v.customerId(), v));
        return new Valued(byId, CustomerTiers.of(snapshot, TierPolicy.DEFAULT),
                LoyaltyClasses.of(snapshot, valuation.policy().thresholds().atRiskBelow()).classes());
    }

    /** The value engine's view of the base, empty when it was not needed or not computable. */
    private record Valued(Map<CustomerId, ValuedCustomer> customers, Map<CustomerId, RelationshipTier> tiers,
                          Map<CustomerId, ReinartzKumarClass> loyalty) {
        static final Valued NONE = new Valued(Map.of(), Map.of(), Map.of());
    }

    /** Stages and purchase windows from each history; fed by the valuation's scoring threads, so thread-safe. */
    private static final class Histories implements Consumer<PurchaseHistory> {
        private final CurrentStages stages; // null: stages are not asked for
        private final Set<Integer> windowDays;
        private final LocalDate asOf;
        private final Map<CustomerId, Map<Integer, SegmentFacts.Window>> windows = new ConcurrentHashMap<>();

        Histories(CurrentStages stages, Set<Integer> windowDays, LocalDate asOf) {
            this.stages = stages;
            this.windowDays = windowDays;
            this.asOf = asOf;
        }

        @Override
        public void accept(PurchaseHistory history) {
            if (stages != null) {
                stages.accept(history);
            }
            if (windowDays.isEmpty()) {
                return;
            }
            Map<Integer, SegmentFacts.Window> own = new HashMap<>();
            for (int days : windowDays) {
                LocalDate from = asOf.minusDays(days - 1L);
                long purchaseDays = 0;
                long minor = 0;
                int scale = 0;
                LocalDate last = null;
                for (PurchaseFact p : history.purchases()) {
                    if (p.day().isBefore(from) || p.day().isAfter(asOf)) {
                        continue;
                    }
                    if (!p.day().equals(last)) {
                        purchaseDays++;
                        last = p.day();
                    }
                    minor = Math.addExact(minor, p.minorUnits());
                    scale = Math.max(0, p.currency().getDefaultFractionDigits());
                }
                own.put(days, new SegmentFacts.Window(purchaseDays, BigDecimal.valueOf(minor, scale)));
            }
            windows.put(history.customerId(), own);
        }
    }
}
