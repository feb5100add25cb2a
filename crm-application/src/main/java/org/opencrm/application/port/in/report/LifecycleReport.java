package org.opencrm.application.port.in.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.lifecycle.ManagementPhase;

/**
 * The lifecycle report: customers and revenue per phase and per stage as of a date, the transitions in
 * the period (periodStart, asOf], and the conversion from each customer's stage at the period's start to
 * their stage at its end. {@code churnSignal} says which rule (and which model fit) moved customers to at risk
 * and lapsed; {@code warnings}, for instance a fit calibrated long before the as-of date.
 */
public record LifecycleReport(LocalDate asOf, LocalDate periodStart, String churnSignal, List<String> warnings,
                              long customers, MoneyTotals revenue,
                              List<PhaseRow> phases, List<StageRow> stages, List<TransitionRow> transitions,
                              List<ConversionRow> conversions) {

    public LifecycleReport {
        java.util.Objects.requireNonNull(churnSignal, "'churnSignal' must not be null");
        warnings = List.copyOf(warnings);
        phases = List.copyOf(phases);
        stages = List.copyOf(stages);
        transitions = List.copyOf(transitions);
        conversions = List.copyOf(conversions);
    }

    /** Customers in a management phase as of the date, their share, and their revenue in the period. */
    public record PhaseRow(ManagementPhase phase, long customers, BigDecimal share, MoneyTotals revenue) {
    }

    /** Customers in a stage as of the date, their share, and their revenue in the period. */
    public record StageRow(LifecycleStage stage, ManagementPhase phase, long customers, BigDecimal share,
                           MoneyTotals revenue) {
    }

    /** How many customers moved from one stage (empty: became known) to another during the period. */
    public record TransitionRow(Optional<LifecycleStage> from, LifecycleStage to, long count) {
    }

    /**
     * Of the customers in {@code from} at the period's start (empty: not yet known), how many are in
     * {@code to} at its end, and which share of {@code from} that is.
     */
    public record ConversionRow(Optional<LifecycleStage> from, LifecycleStage to, long customers, BigDecimal share) {
    }
}
