package org.opencrm.adapter.rest.recommendation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.opencrm.adapter.rest.media.CsvReports;
import org.opencrm.adapter.rest.media.HtmlReports;
import org.opencrm.adapter.rest.request.Params;
import org.opencrm.application.port.in.recommendation.AssociationRulesReportUseCase;
import org.opencrm.formats.RuleSetJson;

/** {@code GET /reports/rules}: the stored association rules, as {@code crm report rules}. */
@Tag(name = "reports")
@Path("/reports/rules")
public final class RulesReportResource {

    private final AssociationRulesReportUseCase report;

    public RulesReportResource(AssociationRulesReportUseCase report) {
        this.report = Objects.requireNonNull(report);
    }

    @Operation(operationId = "rulesReport", summary = "The stored association rules mined as of the latest date on "
            + "or before asOf, strongest first, with support, confidence, lift and their basket counts")
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvReports.MEDIA_TYPE, HtmlReports.MEDIA_TYPE})
    public RuleSetJson rules(@QueryParam("asOf") String asOf, @QueryParam("top") String top) {
        return RuleSetJson.of(report.rules(Params.date("asOf", asOf)), Params.positive("top", top).orElse(20));
    }
}
