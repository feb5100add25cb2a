package org.opencrm.adapter.rest.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.opencrm.adapter.rest.media.CsvReports;
import org.opencrm.adapter.rest.media.HtmlReports;
import org.opencrm.adapter.rest.request.Params;
import org.opencrm.application.port.in.complaint.ComplaintReport;
import org.opencrm.application.port.in.complaint.ComplaintReportUseCase;
import org.opencrm.application.port.in.relationship.QualityReport;
import org.opencrm.application.port.in.relationship.QualityReportUseCase;
import org.opencrm.application.port.in.relationship.SixIReport;
import org.opencrm.application.port.in.relationship.SixIReportUseCase;
import org.opencrm.application.port.in.report.LifecycleReport;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import org.opencrm.application.port.in.report.RfmReport;
import org.opencrm.application.port.in.report.RfmReportUseCase;
import org.opencrm.application.port.in.survey.SurveyReport;
import org.opencrm.application.port.in.survey.SurveyReportUseCase;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyModel;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyReport;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyReportUseCase;
import org.opencrm.application.port.in.value.ChurnReport;
import org.opencrm.application.port.in.value.ChurnReportUseCase;
import org.opencrm.application.port.in.value.LoyaltyReport;
import org.opencrm.application.port.in.value.LoyaltyReportUseCase;
import org.opencrm.application.port.in.value.TierReport;
import org.opencrm.application.port.in.value.TierReportUseCase;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.application.port.in.value.ValueReport;
import org.opencrm.application.port.in.value.ValueReportUseCase;
import org.opencrm.application.port.in.value.ValueTypesReportUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.ChurnThresholds;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.grid.TierPolicy;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;
import org.opencrm.domain.value.rfm.RfmSegmentMap;
import org.opencrm.domain.value.rfm.RfmValues;
import org.opencrm.formats.ValueTypesReportJson;

/** {@code /reports/...}: the reports of the command line, with the same parameters, as JSON. */
@Tag(name = "reports")
@Path("/reports")
@Produces({MediaType.APPLICATION_JSON, CsvReports.MEDIA_TYPE, HtmlReports.MEDIA_TYPE})
public final class ReportResource {

    static final String IN_SEGMENT = "count only the members of this saved segment (its latest version, as of "
            + "the report date); scores, tiers and classes stay the whole base's. 404 for an unknown segment";

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final LifecycleReportUseCase lifecycle;
    private final RfmReportUseCase rfm;
    private final ValueReportUseCase value;
    private final ChurnReportUseCase churn;
    private final LoyaltyReportUseCase loyalty;
    private final TierReportUseCase tiers;
    private final ValueTypesReportUseCase valueTypes;
    private final AttitudinalLoyaltyReportUseCase attitudinal;
    private final SurveyReportUseCase surveys;
    private final ComplaintReportUseCase complaints;
    private final QualityReportUseCase quality;
    private final SixIReportUseCase sixI;

    public ReportResource(LifecycleReportUseCase lifecycle, RfmReportUseCase rfm, ValueReportUseCase value,
                          ChurnReportUseCase churn, LoyaltyReportUseCase loyalty, TierReportUseCase tiers,
                          ValueTypesReportUseCase valueTypes, AttitudinalLoyaltyReportUseCase attitudinal,
                          SurveyReportUseCase surveys, ComplaintReportUseCase complaints, QualityReportUseCase quality,
                          SixIReportUseCase sixI) {
        this.quality = Objects.requireNonNull(quality);
        this.sixI = Objects.requireNonNull(sixI);
        this.complaints = Objects.requireNonNull(complaints);
        this.attitudinal = Objects.requireNonNull(attitudinal);
        this.surveys = Objects.requireNonNull(surveys);
        this.tiers = Objects.requireNonNull(tiers);
        this.valueTypes = Objects.requireNonNull(valueTypes);
        this.lifecycle = Objects.requireNonNull(lifecycle);
        this.rfm = Objects.requireNonNull(rfm);
        this.value = Objects.requireNonNull(value);
        this.churn = Objects.requireNonNull(churn);
        this.loyalty = Objects.requireNonNull(loyalty);
    }

    @Operation(operationId = "valueReport", summary = "Customer value: CLV distribution, value grid and tiers")
    @GET
    @Path("value")
    public ValueReport value(@QueryParam("asOf") String asOf, @BeanParam Assumptions assumptions,
                             @Parameter(description = IN_SEGMENT) @QueryParam("inSegment") String inSegment) {
        return value.report(new ValueReportUseCase.Query(Params.date("asOf", asOf), assumptions.toValueAssumptions(),
                Optional.ofNullable(inSegment)));
    }

    @Operation(operationId = "churnReport", summary = "Churn: alive, at risk and lapsed customers by P(alive)")
    @GET
    @Path("churn")
    public ChurnReport churn(@QueryParam("asOf") String asOf, @BeanParam Assumptions assumptions,
                             @Parameter(description = "default: the churn policy's (0.5 unless configured)")
                             @QueryParam("atRiskBelow") Double atRiskBelow,
                             @Parameter(description = "default: the churn policy's (0.2 unless configured)")
                             @QueryParam("lapsedBelow") Double lapsedBelow,
                             @QueryParam("limit") @DefaultValue("20") int limit,
                             @Parameter(description = IN_SEGMENT) @QueryParam("inSegment") String inSegment) {
        if ((atRiskBelow == null) != (lapsedBelow == null)) {
            throw new IllegalArgumentException("'atRiskBelow' and 'lapsedBelow' go together: give both or neither");
        }
        Optional<ChurnThresholds> thresholds = atRiskBelow == null ? Optional.empty()
                : Optional.of(new ChurnThresholds(atRiskBelow, lapsedBelow));
        return churn.report(new ChurnReportUseCase.Query(Params.date("asOf", asOf), assumptions.toValueAssumptions(),
                thresholds, limit, Optional.ofNullable(inSegment)));
    }

    @Operation(operationId = "loyaltyReport", summary = "Loyalty: Reinartz and Kumar's four customer classes")
    @GET
    @Path("loyalty")
    public LoyaltyReport loyalty(@QueryParam("asOf") String asOf, @BeanParam Assumptions assumptions,
                                 @Parameter(description = "default: the churn policy's at-risk threshold (0.5 unless configured)")
                                 @QueryParam("aliveCut") Double aliveCut, @Parameter(description = IN_SEGMENT) @QueryParam("inSegment") String inSegment) {
        return loyalty.report(new LoyaltyReportUseCase.Query(Params.date("asOf", asOf), assumptions.toValueAssumptions(),
                aliveCut == null ? OptionalDouble.empty() : OptionalDouble.of(aliveCut), Optional.ofNullable(inSegment)));
    }

    @Operation(operationId = "attitudinalLoyaltyReport",
            summary = "Loyalty by Dick and Basu, Knox or Bradt, from each customer's latest survey answers")
    @GET
    @Path("loyalty/{model}")
    public AttitudinalLoyaltyReport attitudinalLoyalty(
            @Parameter(schema = @Schema(allowableValues = {"dick-basu", "knox", "bradt"})) @PathParam("model") String model,
            @QueryParam("asOf") String asOf, @BeanParam AttitudeParams thresholds,
            @Parameter(description = IN_SEGMENT) @QueryParam("inSegment") String inSegment) {
        return attitudinal.report(thresholds.query(Params.date("asOf", asOf), AttitudinalLoyaltyModel.ofCode(model))
                .within(Optional.ofNullable(inSegment)));
    }

    @Operation(operationId = "surveyReport", summary = "Surveys: the NPS and the mean answer to each question")
    @GET
    @Path("surveys")
    public SurveyReport surveys(@QueryParam("asOf") String asOf, @Parameter(description = IN_SEGMENT) @QueryParam("inSegment") String inSegment) {
        return surveys.report(Params.date("asOf", asOf), Optional.ofNullable(inSegment));
    }

    @Operation(operationId = "complaintReport",
            summary = "Complaints: opened, unresolved, overdue and median resolution time per tier and category")
    @GET
    @Path("complaints")
    public ComplaintReport complaints(@QueryParam("asOf") String asOf, @Parameter(description = IN_SEGMENT) @QueryParam("inSegment") String inSegment) {
        return complaints.report(Params.date("asOf", asOf), Optional.ofNullable(inSegment));
    }

    @Operation(operationId = "qualityReport", summary = "Relationship quality index: the base, per tier and stage, "
            + "and one customer's with customerId")
    @GET
    @Path("quality")
    public QualityReport quality(@QueryParam("asOf") String asOf, @QueryParam("customerId") String customerId,
                                 @Parameter(description = IN_SEGMENT) @QueryParam("inSegment") String inSegment) {
        return quality.report(new QualityReportUseCase.Query(Params.date("asOf", asOf),
                Optional.ofNullable(customerId).map(CustomerId::of), Optional.ofNullable(inSegment)));
    }

    @Operation(operationId = "sixIReport", summary = "The 6I scorecard of the portfolio, or of one customer with customerId")
    @GET
    @Path("6i")
    public SixIReport sixI(@QueryParam("asOf") String asOf, @QueryParam("customerId") String customerId,
                           @Parameter(description = IN_SEGMENT) @QueryParam("inSegment") String inSegment) {
        return sixI.scorecard(new QualityReportUseCase.Query(Params.date("asOf", asOf),
                Optional.ofNullable(customerId).map(CustomerId::of), Optional.ofNullable(inSegment)));
    }

    @Operation(operationId = "tierReport", summary = "Relationship tiers at two dates: sizes, moves, upgrades and downgrades")
    @GET
    @Path("tiers")
    public TierReport tiers(@QueryParam("from") String from, @QueryParam("to") String to,
                            @BeanParam Assumptions assumptions, @Parameter(description = IN_SEGMENT) @QueryParam("inSegment") String inSegment) {
        return tiers.movements(new TierReportUseCase.Query(Params.requiredDate("from", from), Params.requiredDate("to", to),
                assumptions.toValueAssumptions(), Optional.ofNullable(inSegment)));
    }

    @Operation(operationId = "valueTypesReport", summary = "The nine value-orientation types, from line items and the product catalog")
    @GET
    @Path("value-types")
    public ValueTypesReportJson valueTypes(@QueryParam("asOf") String asOf,
                                           @QueryParam("list") @DefaultValue("0") int list,
                                           @Parameter(description = IN_SEGMENT) @QueryParam("inSegment") String inSegment) {
        return ValueTypesReportJson.of(valueTypes.report(new ValueTypesReportUseCase.Query(Params.date("asOf", asOf),
                ValueOrientationClassifier.DEFAULT, list, Optional.ofNullable(inSegment))));
    }

    /** The value reports' shared parameters, as on the command line (public: Swagger documents public fields only). */
    public static final class Assumptions {
        @Parameter(description = "bgnbd, mbgnbd or pareto-nbd; default: the churn policy's model (mbgnbd unless "
                + "configured), the one the lifecycle report's P(alive) uses")
        @QueryParam("purchaseModel")
        public String purchaseModel;

        @QueryParam("horizonMonths")
        @DefaultValue("12")
        public int horizonMonths;

        @QueryParam("monthlyDiscount")
        @DefaultValue("0.01")
        public double monthlyDiscount;

        @QueryParam("margin")
        @DefaultValue("1.0")
        public double margin;

        @QueryParam("currentMonths")
        @DefaultValue("12")
        public int currentMonths;

        public ValueAssumptions toValueAssumptions() {
            return new ValueAssumptions(Optional.ofNullable(purchaseModel).map(ModelKind::ofCode), horizonMonths, monthlyDiscount, margin,
                    currentMonths, TierPolicy.DEFAULT);
        }
    }

    @Operation(operationId = "lifecycleReport", summary = "Lifecycle: customers and revenue per phase and stage as of a date")
    @GET
    @Path("lifecycle")
    public LifecycleReport lifecycle(@QueryParam("asOf") String asOf, @QueryParam("from") String from,
                                     @Parameter(description = IN_SEGMENT) @QueryParam("inSegment") String inSegment) {
        return lifecycle.report(new LifecycleReportUseCase.Query(Params.date("asOf", asOf), Params.date("from", from),
                Optional.ofNullable(inSegment)));
    }

    @Operation(operationId = "rfmReport", summary = "RFM: recency, frequency and monetary scores and segments")
    @GET
    @Path("rfm")
    public RfmReport rfm(@QueryParam("asOf") String asOf, @QueryParam("bins") @DefaultValue("5") int bins,
                         @QueryParam("monetary") @DefaultValue("average") String monetary,
                         @Parameter(description = "Your own segment map instead of the standard one, a rule per "
                                 + "parameter in the order to try them: 'segment ; R ; F ; M' with ranges n, n-m or *, "
                                 + "as `crm report rfm --segments FILE` reads them a line each; the first match wins. "
                                 + "Example: segment=Best;4-5;4-5;*&segment=Rest;*;*;*")
                         @QueryParam("segment") List<String> segment, @Parameter(description = IN_SEGMENT) @QueryParam("inSegment") String inSegment) {
        RfmValues.Monetary measure;
        try {
            measure = RfmValues.Monetary.valueOf(monetary.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'monetary' must be average or total, got '" + monetary + "'");
        }
        RfmSegmentMap map = segment == null || segment.isEmpty() ? RfmSegmentMap.STANDARD : segmentMap(segment);
        return rfm.report(new RfmReportUseCase.Query(Params.date("asOf", asOf), bins, measure, map,
                Optional.ofNullable(inSegment)));
    }

    /** The rules of the repeated {@code segment} parameter, read as the lines of a segment map file. */
    private static RfmSegmentMap segmentMap(List<String> rules) {
        for (int i = 0; i < rules.size(); i++) {
            if (LINE_BREAK.matcher(rules.get(i)).find()) {
                throw new IllegalArgumentException("'segment' parameter " + (i + 1)
                        + " holds a line break: send one rule per parameter");
            }
        }
        try {
            return RfmSegmentMap.parse("from the query", String.join("\n", rules));
        } catch (IllegalArgumentException e) {
            // The problem's field comes from the quoted name that leads the message; line n is parameter n.
            throw new IllegalArgumentException("'segment' parameters are the lines of a segment map: "
                    + e.getMessage(), e);
        }
    }
}
