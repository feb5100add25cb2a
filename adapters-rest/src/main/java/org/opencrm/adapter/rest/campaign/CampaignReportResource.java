package org.opencrm.adapter.rest.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.opencrm.adapter.rest.media.CsvReports;
import org.opencrm.adapter.rest.media.HtmlReports;
import org.opencrm.application.port.in.campaign.CampaignReportUseCase;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.formats.CampaignReportJson;

/** {@code GET /reports/campaign/{id}}: one campaign measured against its control group, as {@code crm report campaign}. */
@Tag(name = "reports")
@Path("/reports/campaign")
@Produces({MediaType.APPLICATION_JSON, CsvReports.MEDIA_TYPE, HtmlReports.MEDIA_TYPE})
public final class CampaignReportResource {

    private final CampaignReportUseCase reports;

    public CampaignReportResource(CampaignReportUseCase reports) {
        this.reports = Objects.requireNonNull(reports);
    }

    @Operation(operationId = "campaignReport", summary = "A campaign against its control group: rates, cost, ROI, "
            + "and lifts with 95% intervals (Newcombe for rates, bootstrap for revenue per member)")
    @GET
    @Path("{id}")
    public CampaignReportJson report(@PathParam("id") String id) {
        return CampaignReportJson.of(reports.report(CampaignId.of(id)));
    }
}
