package org.opencrm.application.port.in.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The classes of one attitudinal loyalty model as of a date, over every customer registered by then: each class
 * with its size, share and strategy, the rules that drew the lines, and the customers the model could not
 * classify counted by why (no survey answer, a question the model needs left unanswered), never guessed.
 */
public record AttitudinalLoyaltyReport(LocalDate asOf, String model, Map<String, Object> thresholds, long customers,
                                       long classified, List<AttitudeClassRow> classes, List<UnclassifiedRow> unclassified) {

    public AttitudinalLoyaltyReport {
        thresholds = Map.copyOf(thresholds);
        classes = List.copyOf(classes);
        unclassified = List.copyOf(unclassified);
    }

    /** One class: {@code share} is of all customers in the report. */
    public record AttitudeClassRow(String loyaltyClass, long customers, BigDecimal share, String strategy) {
    }

    /** Customers left out, by reason. */
    public record UnclassifiedRow(String reason, long customers, BigDecimal share) {
    }
}
