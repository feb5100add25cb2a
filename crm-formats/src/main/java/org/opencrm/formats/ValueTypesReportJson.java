package org.opencrm.formats;

import java.time.LocalDate;
import java.util.List;
import org.opencrm.application.port.in.value.ValueTypesReport;

/**
 * The value-orientation types report as {@code crm report value-types} and {@code GET /reports/value-types} both
 * write it: each type with its time and value axes spelled out, customer ids as plain strings.
 */
public record ValueTypesReportJson(LocalDate asOf, long customers, long classified, List<Type> types,
                                   List<Insufficient> insufficientData, List<Listed> listed) {

    /** One of the nine types: its name, its two axes, and the mean shares of spend that decided it. */
    public record Type(String type, String time, String value, long customers, double share, double meanNewShare,
                       double meanEstablishedRepeatShare, double meanDiscountShare, double meanPremiumShare) {
    }

    /** Customers that could not be classified for one cause, with one example. */
    public record Insufficient(String cause, long customers, String example) {
    }

    /** One classified customer, when asked for a list. */
    public record Listed(String customerId, String name, String type, double newShare, double establishedRepeatShare,
                         double discountShare, double premiumShare) {
    }

    public static ValueTypesReportJson of(ValueTypesReport r) {
        return new ValueTypesReportJson(r.asOf(), r.customers(), r.classified(),
                r.types().stream().map(t -> new Type(t.type().name(), t.type().time().name(), t.type().kind().name(),
                        t.customers(), t.share(), t.meanNewShare(), t.meanEstablishedRepeatShare(),
                        t.meanDiscountShare(), t.meanPremiumShare())).toList(),
                r.unclassified().stream().map(u -> new Insufficient(u.cause().name(), u.customers(), u.example()))
                        .toList(),
                r.listed().stream().map(c -> new Listed(c.customerId().value(), c.name(), c.type().name(),
                        c.newShare(), c.establishedRepeatShare(), c.discountShare(), c.premiumShare())).toList());
    }
}
