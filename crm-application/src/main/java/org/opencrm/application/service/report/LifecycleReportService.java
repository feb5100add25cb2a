package org.opencrm.application.service.report;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.opencrm.application.port.in.report.LifecycleReport;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import org.opencrm.application.port.in.report.MoneyTotals;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.domain.lifecycle.LifecycleDerivation;
import org.opencrm.domain.lifecycle.LifecycleHistory;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.lifecycle.LifecycleTransition;
import org.opencrm.domain.lifecycle.ManagementPhase;
import org.opencrm.domain.lifecycle.PurchaseFact;
import org.opencrm.domain.lifecycle.PurchaseHistory;
import org.opencrm.domain.money.Money;

/**
 * Builds the lifecycle report in one streaming pass over all purchase histories; memory holds the
 * counters only, not the customers.
 */
public class LifecycleReportService implements LifecycleReportUseCase {

    private final PurchaseRepository purchases;
    private final LifecycleDerivation derivation;
    private final Clock clock;

    @Inject
    public LifecycleReportService(PurchaseRepository purchases, LifecycleDerivation derivation, Clock clock) {
        this.purchases = Objects.requireNonNull(purchases);
        this.derivation = Objects.requireNonNull(derivation);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public LifecycleReport report(Query query) {
        LocalDate asOf = query.asOf().orElseGet(() -> LocalDate.now(clock));
        LocalDate start = query.periodStart().orElse(asOf.minusMonths(12));
        if (!start.isBefore(asOf)) {
            throw new IllegalArgumentException("'from' " + start + " must be before 'asOf' " + asOf);
        }
        Tally tally = new Tally();
        purchases.forEachHistory(clock.getZone(), history ->
                derivation.derive(history, asOf).ifPresent(lifecycle -> tally.add(history, lifecycle, start, asOf)));
        return tally.toReport(start, asOf);
    }

    /** Counters of one report run. */
    private static final class Tally {
        private final Map<LifecycleStage, Long> customers = new EnumMap<>(LifecycleStage.class);
        private final Map<LifecycleStage, Map<Currency, Long>> revenue = new EnumMap<>(LifecycleStage.class);
        private final Map<List<Object>, Long> transitions = new HashMap<>();
        private final Map<List<Object>, Long> conversions = new HashMap<>();
        private long total;

        void add(PurchaseHistory history, LifecycleHistory lifecycle, LocalDate start, LocalDate asOf) {
            LifecycleStage stage = lifecycle.current();
            total++;
            customers.merge(stage, 1L, Long::sum);
            Map<Currency, Long> stageRevenue = revenue.computeIfAbsent(stage, s -> new HashMap<>());
            for (PurchaseFact p : history.purchases()) {
                if (p.day().isAfter(start) && !p.day().isAfter(asOf)) {
                    stageRevenue.merge(p.amount().currency(), p.amount().minorUnits(), Long::sum);
                }
            }
            for (LifecycleTransition t : lifecycle.between(start, asOf)) {
                transitions.merge(List.of(key(t.from()), t.to()), 1L, Long::sum);
            }
            conversions.merge(List.of(key(lifecycle.stageOn(start)), stage), 1L, Long::sum);
        }

        LifecycleReport toReport(LocalDate start, LocalDate asOf) {
            List<LifecycleReport.StageRow> stages = new ArrayList<>();
            Map<ManagementPhase, Long> phaseCustomers = new EnumMap<>(ManagementPhase.class);
            Map<ManagementPhase, Map<Currency, Long>> phaseRevenue = new EnumMap<>(ManagementPhase.class);
            Map<Currency, Long> allRevenue = new HashMap<>();
            for (LifecycleStage stage : LifecycleStage.values()) {
                long n = customers.getOrDefault(stage, 0L);
                Map<Currency, Long> r = revenue.getOrDefault(stage, Map.of());
                stages.add(new LifecycleReport.StageRow(stage, stage.phase(), n, share(n, total), totals(r)));
                phaseCustomers.merge(stage.phase(), n, Long::sum);
                r.forEach((c, v) -> {
                    phaseRevenue.computeIfAbsent(stage.phase(), p -> new HashMap<>()).merge(c, v, Long::sum);
                    allRevenue.merge(c, v, Long::sum);
                });
            }
            List<LifecycleReport.PhaseRow> phases = new ArrayList<>();
            for (ManagementPhase phase : ManagementPhase.values()) {
                long n = phaseCustomers.getOrDefault(phase, 0L);
                phases.add(new LifecycleReport.PhaseRow(phase, n, share(n, total),
                        totals(phaseRevenue.getOrDefault(phase, Map.of()))));
            }
            List<LifecycleReport.TransitionRow> transitionRows = new ArrayList<>();
            transitions.forEach((k, n) -> transitionRows.add(
                    new LifecycleReport.TransitionRow(stage(k.get(0)), (LifecycleStage) k.get(1), n)));
            transitionRows.sort(Comparator.comparing((LifecycleReport.TransitionRow t) -> order(t.from()))
                    .thenComparing(LifecycleReport.TransitionRow::to));

            Map<Object, Long> fromTotals = new HashMap<>();
            conversions.forEach((k, n) -> fromTotals.merge(k.get(0), n, Long::sum));
            List<LifecycleReport.ConversionRow> conversionRows = new ArrayList<>();
            conversions.forEach((k, n) -> conversionRows.add(new LifecycleReport.ConversionRow(stage(k.get(0)),
                    (LifecycleStage) k.get(1), n, share(n, fromTotals.get(k.get(0))))));
            conversionRows.sort(Comparator.comparing((LifecycleReport.ConversionRow c) -> order(c.from()))
                    .thenComparing(LifecycleReport.ConversionRow::to));

            return new LifecycleReport(asOf, start, total, totals(allRevenue), phases, stages, transitionRows,
                    conversionRows);
        }

        private static Object key(Optional<LifecycleStage> stage) {
            return stage.<Object>map(s -> s).orElse("-");
        }

        private static Optional<LifecycleStage> stage(Object key) {
            return key instanceof LifecycleStage s ? Optional.of(s) : Optional.empty();
        }

        private static int order(Optional<LifecycleStage> stage) {
            return stage.map(s -> s.ordinal() + 1).orElse(0);
        }

        private static BigDecimal share(long part, long whole) {
            return whole == 0 ? BigDecimal.ZERO.setScale(4)
                    : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
        }

        private static MoneyTotals totals(Map<Currency, Long> minorUnits) {
            Map<String, BigDecimal> amounts = new TreeMap<>();
            minorUnits.forEach((currency, minor) ->
                    amounts.put(currency.getCurrencyCode(), Money.ofMinor(minor, currency).amount()));
            return new MoneyTotals(amounts);
        }
    }
}
