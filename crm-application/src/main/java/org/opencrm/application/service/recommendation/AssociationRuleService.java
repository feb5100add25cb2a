package org.opencrm.application.service.recommendation;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.concurrent.Prefetch;
import org.opencrm.application.error.ReportNotComputableException;
import org.opencrm.application.port.in.recommendation.AssociationRulesReportUseCase;
import org.opencrm.application.port.in.recommendation.MineAssociationRulesUseCase;
import org.opencrm.application.port.out.AssociationRuleRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.recommendation.BasketAnalysis;
import org.opencrm.domain.recommendation.RuleSet;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier.BoughtLine;

/** Mines association rules from the line items in one streaming pass and keeps them; reads the stored sets. */
public class AssociationRuleService implements MineAssociationRulesUseCase, AssociationRulesReportUseCase {

    private final PurchaseRepository purchases;
    private final AssociationRuleRepository rules;
    private final Clock clock;

    @Inject
    public AssociationRuleService(PurchaseRepository purchases, AssociationRuleRepository rules, Clock clock) {
        this.purchases = Objects.requireNonNull(purchases);
        this.rules = Objects.requireNonNull(rules);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public RuleSet mine(Command command) {
        LocalDate asOf = command.asOf().orElseGet(() -> LocalDate.now(clock));
        BasketAnalysis analysis = new BasketAnalysis();
        // The store reads and groups the lines on one thread while this one counts the baskets.
        Prefetch.<PurchaseRepository.LineHistory>pipe(sink -> purchases.forEachLineHistory(clock.getZone(), sink),
                history -> baskets(history.lines(), asOf, analysis), "line-reader");
        RuleSet set = analysis.rules(command.thresholds(), asOf, clock.instant());
        rules.save(set);
        return set;
    }

    /** Cuts one customer's lines (in day order) into a basket per day, none after {@code asOf}. */
    private static void baskets(List<BoughtLine> lines, LocalDate asOf, BasketAnalysis analysis) {
        List<LineItem> basket = new ArrayList<>();
        LocalDate day = null;
        for (BoughtLine line : lines) {
            if (line.day().isAfter(asOf)) {
                break;
            }
            if (!line.day().equals(day)) {
                analysis.add(basket);
                basket = new ArrayList<>();
                day = line.day();
            }
            basket.add(line.line());
        }
        analysis.add(basket);
    }

    @Override
    public RuleSet rules(Optional<LocalDate> asOf) {
        LocalDate day = asOf.orElseGet(() -> LocalDate.now(clock));
        return rules.findLatest(day).orElseThrow(() -> new ReportNotComputableException(
                "no association rules mined as of " + day + " or before (crm rules mine --as-of " + day + ")"));
    }
}
