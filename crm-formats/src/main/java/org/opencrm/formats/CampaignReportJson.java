package org.opencrm.formats;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.opencrm.application.port.in.campaign.CampaignReportUseCase;
import org.opencrm.domain.campaign.CampaignResults;
import org.opencrm.domain.campaign.ResponseLift;
import org.opencrm.domain.money.Money;

/**
 * A campaign measured against its control group, as {@code crm report campaign --format json} and
 * {@code GET /reports/campaign/{id}} write it. Lifts are left out when the control group is empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignReportJson(CampaignJson campaign, GroupJson treated, GroupJson control, Money cost,
                                 @Schema(description = "(revenue of the contacted group - cost) / cost") Double roi,
                                 @Schema(description = "(revenue added over control - cost) / cost")
                                 Double incrementalRoi,
                                 @Schema(description = "response rate, contacted minus control, Newcombe 95 % interval")
                                 LiftJson responseLift,
                                 @Schema(description = "conversion rate, contacted minus control, Newcombe 95 % interval")
                                 LiftJson conversionLift,
                                 @Schema(description = "revenue per member, contacted minus control, bootstrap 95 % "
                                         + "interval") RevenueLiftJson revenueLift,
                                 @Schema(description = "what members bought in the attribution window, responses "
                                         + "recorded or not") PurchasesJson attributedPurchases,
                                 @Schema(description = "the results per tier and per RFM segment, as of the start")
                                 List<BreakdownJson> breakdown,
                                 List<String> notes) {

    /** One kind of member (a tier, an RFM segment): each group there, and its response lift over control. */
    public record BreakdownJson(String dimension, String value, GroupJson treated, GroupJson control,
                                @Schema(description = "response rate, contacted minus control, Newcombe 95 % "
                                        + "interval; null without control members of this kind") LiftJson responseLift) {
    }

    /** Members who bought in the attribution window, and for how much, per group; the buying rate's lift. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PurchasesJson(long treatedBuyers, Money treatedRevenue, long controlBuyers, Money controlRevenue,
                                LiftJson buyingLift) {
    }

    /** One group's size, responders, converters, rates and revenue. */
    public record GroupJson(long members, long responded, long converted, double responseRate, double conversionRate,
                            Money revenue) {
    }

    /** A difference of rates with its interval; significant when the whole interval is above zero. */
    public record LiftJson(double difference, double lower, double upper, boolean significant) {
    }

    /** A difference of revenue per member with its interval. */
    public record RevenueLiftJson(double difference, double lower, double upper) {
    }

    public static CampaignReportJson of(CampaignReportUseCase.CampaignReport report) {
        CampaignResults r = report.results();
        return new CampaignReportJson(CampaignJson.of(report.campaign()), group(r.treated()), group(r.control()),
                r.cost(), r.roi().isPresent() ? round(r.roi().getAsDouble()) : null,
                r.incrementalRoi().isPresent() ? round(r.incrementalRoi().getAsDouble()) : null,
                r.responseLift().map(CampaignReportJson::lift).orElse(null),
                r.conversionLift().map(CampaignReportJson::lift).orElse(null),
                r.revenueLift().map(l -> new RevenueLiftJson(round(l.difference()), round(l.lower()), round(l.upper())))
                        .orElse(null),
                new PurchasesJson(report.purchases().treatedBuyers(), report.purchases().treatedRevenue(),
                        report.purchases().controlBuyers(), report.purchases().controlRevenue(),
                        report.purchases().buyingLift().map(CampaignReportJson::lift).orElse(null)),
                report.breakdown().stream().map(b -> new BreakdownJson(b.dimension(), b.value(), group(b.treated()),
                        group(b.control()), b.responseLift().map(CampaignReportJson::lift).orElse(null))).toList(),
                report.notes());
    }

    private static GroupJson group(CampaignResults.Group g) {
        return new GroupJson(g.members(), g.responded(), g.converted(), round(g.responseRate()),
                round(g.conversionRate()), g.revenue());
    }

    private static LiftJson lift(ResponseLift l) {
        return new LiftJson(round(l.difference()), round(l.lower()), round(l.upper()), l.significant());
    }

    private static double round(double x) {
        return Math.round(x * 1_000_000) / 1_000_000.0;
    }
}
