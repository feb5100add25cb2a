package org.opencrm.application.port.in.value;

import java.time.LocalDate;
import java.util.List;
import org.opencrm.domain.lifecycle.ChurnStatus;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.value.clv.AliveByRecency;
import org.opencrm.domain.value.clv.FittedModel;

/**
 * Who is slipping away: counts by churn status, the historical value of the customers at risk or lapsed,
 * those customers listed by historical value (what the business stands to lose), highest first, and every
 * customer's P(alive) against days since the last purchase, binned.
 */
public record ChurnReport(LocalDate asOf, FittedModel purchaseModel, double atRiskBelow, double lapsedBelow,
                          List<String> warnings, long customers, long alive, long atRisk, long lapsed,
                          Money historicalValueAtRisk, List<ChurnRow> rows,
                          List<AliveByRecency.Cell> aliveByRecency) {

    public ChurnReport {
        warnings = List.copyOf(warnings);
        rows = List.copyOf(rows);
        aliveByRecency = List.copyOf(aliveByRecency);
    }

    /** One customer at risk or lapsed. */
    public record ChurnRow(ValuedCustomer customer, String name, ChurnStatus status) {
    }
}
