package org.opencrm.adapter.rest.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.adapter.rest.media.CsvReports;
import org.opencrm.adapter.rest.media.HtmlReports;
import org.opencrm.adapter.rest.request.Params;
import org.opencrm.application.port.in.acquisition.ProspectReportUseCase;
import org.opencrm.formats.ProspectReportJson;

/** {@code GET /reports/prospects}: prospects ranked by likeness to the best customers, as {@code crm report prospects}. */
@Tag(name = "reports")
@Path("/reports/prospects")
@Produces({MediaType.APPLICATION_JSON, CsvReports.MEDIA_TYPE, HtmlReports.MEDIA_TYPE})
public final class ProspectReportResource {

    private final ProspectReportUseCase prospects;

    public ProspectReportResource(ProspectReportUseCase prospects) {
        this.prospects = Objects.requireNonNull(prospects);
    }

    @Operation(operationId = "prospectReport", summary = "Prospects ranked by their likeness to the strategic and "
            + "major customers, each with the weightiest features (weights of evidence)")
    @GET
    public ProspectReportJson report(@QueryParam("asOf") String asOf, @QueryParam("top") String top,
                                     @Parameter(description = ReportResource.IN_SEGMENT) @QueryParam("inSegment")
                                     String inSegment) {
        return ProspectReportJson.of(prospects.report(Params.date("asOf", asOf), Params.positive("top", top).orElse(20),
                Optional.ofNullable(inSegment)));
    }
}
