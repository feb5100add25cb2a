package org.opencrm.application.port.in.report;

import java.time.LocalDate;
import java.util.List;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.loyalty.ReinartzKumarClass;

/**
 * The four loyalty classes as of a date: the cuts used (median lifetime duration in days, median CLV) and per
 * class its size, mean duration, mean P(alive), CLV and strategy.
 */
public record LoyaltyReport(LocalDate asOf, FittedModel purchaseModel, double aliveCut, long customers,
                            double durationCutDays, double clvCut, List<ClassRow> classes) {

    public LoyaltyReport {
        classes = List.copyOf(classes);
    }

    /** One class. */
    public record ClassRow(ReinartzKumarClass loyaltyClass, long customers, double share, double meanDurationDays,
                           double meanProbabilityAlive, double meanClv, double totalClv, String strategy) {
    }
}
