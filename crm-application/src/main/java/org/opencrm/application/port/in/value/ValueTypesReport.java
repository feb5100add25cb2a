package org.opencrm.application.port.in.value;

import java.time.LocalDate;
import java.util.List;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;
import org.opencrm.domain.value.orientation.ValueOrientationType;

/**
 * Customers per value-orientation type with the mean signals behind them, and the customers left unclassified
 * per cause: the report says "insufficient data" rather than guess.
 */
public record ValueTypesReport(LocalDate asOf, long customers, long classified, List<TypeRow> types,
                               List<UnclassifiedRow> unclassified, List<CustomerRow> listed) {

    public ValueTypesReport {
        types = List.copyOf(types);
        unclassified = List.copyOf(unclassified);
        listed = List.copyOf(listed);
    }

    /** One of the nine types, with the mean shares of spend that decided it. */
    public record TypeRow(ValueOrientationType type, long customers, double share, double meanNewShare,
                          double meanEstablishedRepeatShare, double meanDiscountShare, double meanPremiumShare) {
    }

    /** Customers that could not be classified for one cause, with one example of the reason. */
    public record UnclassifiedRow(ValueOrientationClassifier.Result.Cause cause, long customers, String example) {
    }

    /** One classified customer. */
    public record CustomerRow(CustomerId customerId, String name, ValueOrientationType type, double newShare,
                              double establishedRepeatShare, double discountShare, double premiumShare) {
    }
}
