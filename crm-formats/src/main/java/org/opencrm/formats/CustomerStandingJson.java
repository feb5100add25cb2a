package org.opencrm.formats;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.opencrm.application.port.in.customer.CustomerProfile;
import org.opencrm.domain.money.Money;

/**
 * Where one customer stands in every report as of a date, as {@code crm customers show} and
 * {@code GET /customers/{id}/profile} both write it: absent parts are left out and {@code notes} say why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerStandingJson(LocalDate asOf, Lifecycle lifecycle, Rfm rfm, Value value, ValueType valueType,
                                   Relationship relationship,
                                   @Schema(description = "the merge log: records absorbed into this customer, "
                                           + "oldest first") List<CustomerMergeJson> merges,
                                   List<String> notes) {

    /** Stage (as the lifecycle report names it), since when, and by which churn signal. */
    public record Lifecycle(String stage, LocalDate since, String churnSignal) {
    }

    /** RFM values, the three scores and their code (R, F, M), and the segment. */
    public record Rfm(long recencyDays, int purchaseDays, Money monetary, int recencyScore, int frequencyScore,
                      int monetaryScore, String code, String segment) {
    }

    /** The value engine's figures for the customer, and the fit they came from. */
    public record Value(String purchaseModel, LocalDate calibrationEnd, double probabilityAlive, String status,
                        Money historical, Money current, Money potential, String historicalTercile,
                        String potentialTercile, String tier, String loyaltyClass) {
    }

    /** The value-orientation type, or why there is not enough data to tell. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ValueType(String type, String insufficientData) {
    }

    /** Unresolved and overdue complaints, the next follow-up, the latest satisfaction and the quality index. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Relationship(long openComplaints, long overdueComplaints, FollowUpJson nextFollowUp,
                               Integer latestSatisfaction, Double qualityIndex) {
    }

    public static CustomerStandingJson of(CustomerProfile p) {
        CustomerProfile.Relationship rel = p.relationship();
        return new CustomerStandingJson(p.asOf(),
                p.lifecycle().map(l -> new Lifecycle(l.stage().name(), l.since(), l.churnSignal())).orElse(null),
                p.rfm().map(r -> new Rfm(r.recencyDays(), r.purchaseDays(), r.monetary(), r.score().recency(),
                        r.score().frequency(), r.score().monetary(), r.score().code(), r.segment())).orElse(null),
                p.value().map(v -> new Value(v.purchaseModel().kind().code(), v.purchaseModel().calibrationEnd(),
                        v.probabilityAlive(), v.status().name(), v.historical(), v.current(), v.potential(),
                        v.cell().historical().name(), v.cell().potential().name(), v.tier().name(),
                        v.loyaltyClass().name())).orElse(null),
                p.valueOrientation().map(o -> new ValueType(o.type().map(Enum::name).orElse(null),
                        o.insufficientData().orElse(null))).orElse(null),
                new Relationship(rel.openComplaints(), rel.overdueComplaints(), rel.nextFollowUp().map(FollowUpJson::of)
                        .orElse(null), rel.latestSatisfaction().isPresent() ? rel.latestSatisfaction().getAsInt() : null,
                        rel.qualityIndex().isPresent() ? Math.round(rel.qualityIndex().getAsDouble() * 10) / 10.0 : null),
                p.merges().stream().map(CustomerMergeJson::of).toList(), p.notes());
    }
}
