package org.opencrm.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.opencrm.application.port.in.report.TierHistory;
import org.opencrm.application.port.in.report.ValuedCustomer;
import org.opencrm.domain.money.Money;

/** One customer's relationship tier at a series of dates, as the API shows it. */
public record TierHistoryJson(String customerId, List<Step> steps) {

    /** The customer at one date; only the date before their first purchase. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(LocalDate date,
                       @Schema(allowableValues = {"strategic", "major", "transactional", "risk"}) String tier,
                       @Schema(allowableValues = {"low", "medium", "high"}) String historicalTercile,
                       @Schema(allowableValues = {"low", "medium", "high"}) String potentialTercile,
                       String purchaseModel, LocalDate calibrationEnd,
                       Money historicalValue,
                       @Schema(description = "predicted, rounded to the currency's minor unit") Money clv,
                       Double probabilityAlive) {
    }

    static TierHistoryJson of(TierHistory h) {
        return new TierHistoryJson(h.customerId().value(), h.steps().stream().map(s -> new Step(s.date(),
                s.tier().map(t -> code(t.name())).orElse(null),
                s.cell().map(c -> code(c.historical().name())).orElse(null),
                s.cell().map(c -> code(c.potential().name())).orElse(null),
                s.purchaseModel().kind().code(), s.purchaseModel().calibrationEnd(),
                s.value().map(ValuedCustomer::historicalValue).orElse(null),
                s.value().map(ValuedCustomer::clv).orElse(null),
                s.value().map(ValuedCustomer::probabilityAlive).orElse(null))).toList());
    }

    private static String code(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
