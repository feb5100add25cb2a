package org.opencrm.domain.recommendation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.money.Money;

/**
 * One proposed action: its kind, what it is about (a complaint, a follow-up, a product), why in words, the figures
 * behind it in the order they explain it, its expected value (chance of response × margin at stake), its cost,
 * and whether it fits the customer's tier budget.
 */
public record NextBestAction(ActionKind kind, Optional<String> subject, String reason, Map<String, String> figures,
                             double responseProbability, Money valueAtStake, Money expectedValue, Money cost,
                             boolean withinBudget) {

    public NextBestAction {
        Objects.requireNonNull(kind, "'kind' must not be null");
        Objects.requireNonNull(subject, "'subject' must not be null");
        Objects.requireNonNull(reason, "'reason' must not be null");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        if (!(responseProbability >= 0 && responseProbability <= 1)) {
            throw new IllegalArgumentException("'responseProbability' must be in [0, 1], got " + responseProbability);
        }
        Objects.requireNonNull(valueAtStake, "'valueAtStake' must not be null");
        Objects.requireNonNull(expectedValue, "'expectedValue' must not be null");
        Objects.requireNonNull(cost, "'cost' must not be null");
    }

    /** This action, marked as fitting the budget or not. */
    NextBestAction budgeted(boolean fits) {
        return new NextBestAction(kind, subject, reason, figures, responseProbability, valueAtStake, expectedValue,
                cost, fits);
    }
}
