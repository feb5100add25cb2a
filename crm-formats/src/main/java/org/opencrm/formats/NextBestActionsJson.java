package org.opencrm.formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencrm.application.port.in.recommendation.Plan;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.recommendation.NextBestAction;
import org.opencrm.domain.recommendation.NextBestActions;

/**
 * Next best actions as {@code crm nba --format json} and {@code GET /customers/{id}/next-best-actions} write them:
 * each customer's tier and budget, and every action as one row (customer, rank, ...), so the CSV form is one
 * line per action.
 */
public record NextBestActionsJson(LocalDate asOf, String scope, LocalDate rulesAsOf, List<PlannedCustomerJson> customers,
                                  List<PlannedActionJson> actions, List<String> notes) {

    /** A customer planned for: tier (null before value fits), the budget its actions were fitted into. */
    public record PlannedCustomerJson(String customerId, String tier, Money budget, int actions) {
    }

    /** One action, ranked within its customer's list. */
    public record PlannedActionJson(String customerId, int rank, String action, String subject, String reason,
                             double responseProbability, Money valueAtStake, Money expectedValue, Money cost,
                             boolean withinBudget, Map<String, String> figures) {
    }

    public static NextBestActionsJson of(Plan plan) {
        List<PlannedCustomerJson> customers = new ArrayList<>(plan.customers().size());
        List<PlannedActionJson> actions = new ArrayList<>();
        for (NextBestActions c : plan.customers()) {
            String id = c.customerId().value();
            customers.add(new PlannedCustomerJson(id, c.tier().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse(null),
                    c.budget(), c.actions().size()));
            int rank = 1;
            for (NextBestAction a : c.actions()) {
                actions.add(new PlannedActionJson(id, rank++, a.kind().code(), a.subject().orElse(null), a.reason(),
                        Math.round(a.responseProbability() * 10_000) / 10_000.0, a.valueAtStake(), a.expectedValue(),
                        a.cost(), a.withinBudget(), a.figures()));
            }
        }
        return new NextBestActionsJson(plan.asOf(), plan.scope(), plan.rulesAsOf().orElse(null), customers, actions,
                plan.notes());
    }
}
