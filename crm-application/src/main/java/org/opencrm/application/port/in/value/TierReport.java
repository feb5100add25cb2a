package org.opencrm.application.port.in.value;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.grid.TierMovements;

/**
 * Tier sizes at two dates, the moves of the customers present at both, and how many entered the base in
 * between (each date's grid is cut at that date's terciles, and its customers valued by the fits calibrated by
 * that date: no look-ahead).
 */
public record TierReport(LocalDate from, LocalDate to, FittedModel purchaseModelFrom, FittedModel purchaseModelTo,
                         List<String> warnings, Map<RelationshipTier, Long> sizesFrom,
                         Map<RelationshipTier, Long> sizesTo, TierMovements movements, long entered) {

    public TierReport {
        warnings = List.copyOf(warnings);
        sizesFrom = Map.copyOf(sizesFrom);
        sizesTo = Map.copyOf(sizesTo);
    }
}
