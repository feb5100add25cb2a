package org.opencrm.application.port.in.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.loyalty.ReinartzKumarClass;

/**
 * The four loyalty classes as of a date: the cuts used (median lifetime duration in days, median CLV) and per
 * class its size, mean duration, mean P(alive), CLV and strategy. A lapsed customer (by the churn policy) is never
 * counted loyal, whatever their past lifetime; an empty class has no means.
 */
public record LoyaltyReport(LocalDate asOf, FittedModel purchaseModel, double aliveCut, List<String> warnings,
                            long customers, double durationCutDays, Money clvCut, List<ClassRow> classes) {

    public LoyaltyReport {
        warnings = List.copyOf(warnings);
        classes = List.copyOf(classes);
    }

    /** One class. */
    public record ClassRow(ReinartzKumarClass loyaltyClass, long customers, BigDecimal share, double meanDurationDays,
                           double meanProbabilityAlive, Optional<Money> meanClv, Money totalClv, String strategy) {
    }
}
