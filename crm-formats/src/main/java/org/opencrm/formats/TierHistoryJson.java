package org.opencrm.formats;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.opencrm.application.port.in.value.TierHistory;
import org.opencrm.application.port.in.value.ValuedCustomer;
import org.opencrm.domain.money.Money;

/**
 * One customer's relationship tier at a series of dates, as {@code crm report tiers --customer} and
 * {@code GET /customers/{id}/tiers} both show it: tiers and terciles by name (as every document), the fit
 * that valued each date, money as {@link MoneyJson} writes it.
 */
public record TierHistoryJson(String customerId, List<Step> steps) {

    /** The customer at one date; before their first purchase only the date and the fit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(LocalDate date,
                       String tier, String historicalTercile, String potentialTercile,
                       String purchaseModel, LocalDate calibrationEnd, Money historicalValue, Money clv,
                       Double probabilityAlive) {
    }

    public static TierHistoryJson of(TierHistory h) {
        return new TierHistoryJson(h.customerId().value(), h.steps().stream().map(s -> new Step(s.date(),
                s.tier().map(Enum::name).orElse(null),
                s.cell().map(c -> c.historical().name()).orElse(null),
                s.cell().map(c -> c.potential().name()).orElse(null),
                s.purchaseModel().map(m -> m.kind().code()).orElse(null),
                s.purchaseModel().map(m -> m.calibrationEnd()).orElse(null),
                s.value().map(ValuedCustomer::historicalValue).orElse(null),
                s.value().map(ValuedCustomer::clv).orElse(null),
                s.value().map(ValuedCustomer::probabilityAlive).orElse(null))).toList());
    }

}
