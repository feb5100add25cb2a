package org.opencrm.application.port.in.recommendation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.recommendation.RuleSet;
import org.opencrm.domain.recommendation.RuleThresholds;

/**
 * Driving port: mines the association rules from the purchase line items bought up to a date (a basket is the
 * lines one customer bought on one day) and stores them, replacing a set mined as of the same date.
 */
public interface MineAssociationRulesUseCase {

    RuleSet mine(Command command);

    /** As of a date (default: today), under thresholds. */
    record Command(Optional<LocalDate> asOf, RuleThresholds thresholds) {
        public Command {
            Objects.requireNonNull(asOf, "'asOf' must not be null");
            Objects.requireNonNull(thresholds, "'thresholds' must not be null");
        }
    }
}
