package org.opencrm.application.service.report;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.opencrm.application.concurrent.Prefetch;
import org.opencrm.application.port.in.report.LifecycleReport;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import org.opencrm.application.port.in.report.MoneyTotals;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.service.lifecycle.LifecycleRules;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.LifecycleHistory;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.lifecycle.LifecycleTransition;
import org.opencrm.domain.lifecycle.ManagementPhase;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.purchase.PurchaseHistory;

/**
 * Builds the lifecycle report in one streaming pass over all purchase histories; memory holds the
 * counters only, not the customers. Histories are derived on two threads, each counting its share.
 */
public class LifecycleReportService implements LifecycleReportUseCase {

    /** Threads deriving beside the store's reading: on two cores two did best (docs/performance.md). */
    private static final int DERIVING_THREADS = 2;

    private final PurchaseRepository purchases;
    private final LifecycleRules rules;
    private final Clock clock;
    private final int derivingThreads;
    private final ReportPopulation population;

    @Inject
    public LifecycleReportService(PurchaseRepository purchases, LifecycleRules rules, ReportPopulation population,
                                  Clock clock) {
        this(purchases, rules, clock, Math.min(DERIVING_THREADS, Runtime.getRuntime().availableProcessors()),
                population);
    }

    /** Over the whole base only. */
    public LifecycleReportService(PurchaseRepository purchases, LifecycleRules rules, Clock clock) {
        this(purchases, rules, ReportPopulation.wholeBase(), clock);
    }

    /** Derives on {@code derivingThreads} threads (at least one), the caller's among them; the whole base only. */
    public LifecycleReportService(PurchaseRepository purchases, LifecycleRules rules, Clock clock,
                                  int derivingThreads) {
        this(purchases, rules, clock, derivingThreads, ReportPopulation.wholeBase());
    }

    private LifecycleReportService(PurchaseRepository purchases, LifecycleRules rules, Clock clock,
                                   int derivingThreads, ReportPopulation population) {
        this.population = Objects.requireNonNull(population);
        this.purchases = Objects.requireNonNull(purchases);
        this.rules = Objects.requireNonNull(rules);
        this.clock = Objects.requireNonNull(clock);
        if (derivingThreads < 1) {
            throw new IllegalArgumentException("'derivingThreads' must be at least 1: " + derivingThreads);
        }
        this.derivingThreads = derivingThreads;
    }

    @Override
    public LifecycleReport report(Query query) {
        LocalDate asOf = query.asOf().orElseGet(() -> LocalDate.now(clock));
        LocalDate start = query.periodStart().orElse(asOf.minusMonths(12));
        if (!start.isBefore(asOf)) {
            throw new IllegalArgumentException("'from' " + start + " must be before 'asOf' " + asOf);
        }
        LifecycleRules.Applied applied = rules.asOf(asOf);
        var derivation = applied.derivation();
        Predicate<CustomerId> counted = population.of(query.inSegment(), asOf);
        // The store streams histories on one thread while others derive and count, each into a tally of its own.
        List<Tally> tallies = new ArrayList<>();
        Prefetch.<PurchaseHistory>pipe(sink -> purchases.forEachHistory(clock.getZone(), sink), () -> {
            Tally tally = new Tally();
            tallies.add(tally);
            return history -> {
                if (counted.test(history.customerId())) {
                    derivation.derive(history, asOf).ifPresent(lifecycle -> tally.add(history, lifecycle, start, asOf));
                }
            };
        }, derivingThreads, "history-reader");
        Tally total = new Tally();
        tallies.forEach(total::addAll);
        return total.toReport(start, asOf, applied);
    }

    /** Counters of one report run: arrays indexed by stage, so counting a customer allocates nothing. */
    private static final class Tally {
        private static final int STAGES = LifecycleStage.values().length;
        private final long[] customers = new long[STAGES];
        /** Revenue per stage and currency, in minor units. */
        private final Map<Currency, StageSums> revenue = new HashMap<>();
        /** [from + 1][to], from = -1 for "not yet a customer". */
        private final long[][] transitions = new long[STAGES + 1][STAGES];
        private final long[][] conversions = new long[STAGES + 1][STAGES];
        private long total;

        void add(PurchaseHistory history, LifecycleHistory lifecycle, LocalDate start, LocalDate asOf) {
            int stage = lifecycle.current().ordinal();
            total++;
            customers[stage]++;
            Currency last = null;
            StageSums lastRevenue = null;
            for (PurchaseFact p : history.purchases()) {
                if (p.day().isAfter(start) && !p.day().isAfter(asOf)) {
                    if (p.currency() != last) {
                        last = p.currency();
                        lastRevenue = revenue.computeIfAbsent(last, c -> new StageSums());
                    }
                    lastRevenue.add(stage, p.minorUnits());
                }
            }
            for (LifecycleTransition t : lifecycle.transitions()) {
                if (t.on().isAfter(start) && !t.on().isAfter(asOf)) {
                    transitions[t.from().map(s -> s.ordinal() + 1).orElse(0)][t.to().ordinal()]++;
                }
            }
            conversions[lifecycle.stageOn(start).map(s -> s.ordinal() + 1).orElse(0)][stage]++;
        }

        /** Adds another run's counts to these: tallies of shares of the customers add up to the whole. */
        void addAll(Tally other) {
            total += other.total;
            for (int s = 0; s < STAGES; s++) {
                customers[s] += other.customers[s];
            }
            other.revenue.forEach((currency, perStage) -> revenue.computeIfAbsent(currency, c -> new StageSums())
                    .addAll(perStage));
            for (int from = 0; from <= STAGES; from++) {
                for (int to = 0; to < STAGES; to++) {
                    transitions[from][to] += other.transitions[from][to];
                    conversions[from][to] += other.conversions[from][to];
                }
            }
        }

        LifecycleReport toReport(LocalDate start, LocalDate asOf, LifecycleRules.Applied applied) {
            LifecycleStage[] stages = LifecycleStage.values();
            List<LifecycleReport.StageRow> stageRows = new ArrayList<>();
            Map<ManagementPhase, Long> phaseCustomers = new EnumMap<>(ManagementPhase.class);
            Map<ManagementPhase, Map<Currency, BigInteger>> phaseRevenue = new EnumMap<>(ManagementPhase.class);
            Map<Currency, BigInteger> allRevenue = new HashMap<>();
            for (LifecycleStage stage : stages) {
                Map<Currency, BigInteger> r = new HashMap<>();
                revenue.forEach((currency, perStage) -> {
                    BigInteger sum = perStage.total(stage.ordinal());
                    if (sum.signum() != 0) {
                        r.put(currency, sum);
                    }
                });
                long n = customers[stage.ordinal()];
                stageRows.add(new LifecycleReport.StageRow(stage, stage.phase(), n, Shares.of(n, total), totals(r)));
                phaseCustomers.merge(stage.phase(), n, Long::sum);
                r.forEach((c, v) -> {
                    phaseRevenue.computeIfAbsent(stage.phase(), p -> new HashMap<>()).merge(c, v, BigInteger::add);
                    allRevenue.merge(c, v, BigInteger::add);
                });
            }
            List<LifecycleReport.PhaseRow> phases = new ArrayList<>();
            for (ManagementPhase phase : ManagementPhase.values()) {
                long n = phaseCustomers.getOrDefault(phase, 0L);
                phases.add(new LifecycleReport.PhaseRow(phase, n, Shares.of(n, total),
                        totals(phaseRevenue.getOrDefault(phase, Map.of()))));
            }
            List<LifecycleReport.TransitionRow> transitionRows = new ArrayList<>();
            List<LifecycleReport.ConversionRow> conversionRows = new ArrayList<>();
            for (int from = 0; from <= stages.length; from++) {
                Optional<LifecycleStage> fromStage = from == 0 ? Optional.empty() : Optional.of(stages[from - 1]);
                long fromTotal = 0;
                for (long n : conversions[from]) {
                    fromTotal += n;
                }
                for (int to = 0; to < stages.length; to++) {
                    if (transitions[from][to] > 0) {
                        transitionRows.add(new LifecycleReport.TransitionRow(fromStage, stages[to], transitions[from][to]));
                    }
                    if (conversions[from][to] > 0) {
                        conversionRows.add(new LifecycleReport.ConversionRow(fromStage, stages[to], conversions[from][to],
                                Shares.of(conversions[from][to], fromTotal)));
                    }
                }
            }
            return new LifecycleReport(asOf, start, applied.churnSignal(), applied.warnings(), total,
                    totals(allRevenue), phases, stageRows, transitionRows, conversionRows);
        }

        private static MoneyTotals totals(Map<Currency, BigInteger> minorUnits) {
            Map<String, BigDecimal> amounts = new TreeMap<>();
            minorUnits.forEach((currency, minor) -> amounts.put(currency.getCurrencyCode(),
                    new BigDecimal(minor, Money.ofMinor(0, currency).amount().scale())));
            return new MoneyTotals(amounts);
        }
    }

    /**
     * Sums of minor units per stage that cannot wrap: in longs while they fit (the usual case, and fast), then
     * carried into a BigInteger, however many of the largest amounts a store holds are added up.
     */
    private static final class StageSums {
        private final long[] sums = new long[LifecycleStage.values().length];
        private final BigInteger[] carried = new BigInteger[sums.length];

        void add(int stage, long minorUnits) {
            long sum = sums[stage] + minorUnits;
            // Overflow iff both operands have the sign the result lacks (Math.addExact's test, without the throw).
            if (((sums[stage] ^ sum) & (minorUnits ^ sum)) < 0) {
                carried[stage] = total(stage);
                sums[stage] = minorUnits;
            } else {
                sums[stage] = sum;
            }
        }

        void addAll(StageSums other) {
            for (int s = 0; s < sums.length; s++) {
                if (other.carried[s] != null) {
                    carried[s] = (carried[s] == null ? BigInteger.ZERO : carried[s]).add(other.carried[s]);
                }
                add(s, other.sums[s]);
            }
        }

        BigInteger total(int stage) {
            BigInteger sum = BigInteger.valueOf(sums[stage]);
            return carried[stage] == null ? sum : carried[stage].add(sum);
        }
    }
}
