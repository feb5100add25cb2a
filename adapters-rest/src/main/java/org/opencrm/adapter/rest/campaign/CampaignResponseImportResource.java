package org.opencrm.adapter.rest.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.Objects;
import org.opencrm.adapter.rest.importing.BulkImport;
import org.opencrm.adapter.rest.importing.ImportResultJson;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.application.port.in.campaign.ImportCampaignResponsesUseCase;
import org.opencrm.domain.campaign.CampaignId;

/** {@code POST /campaigns/{id}/responses/import}: responses from CSV in the layout of {@code crm campaigns import}. */
@Tag(name = "campaigns")
@Path("/campaigns/{id}/responses/import")
@Produces(MediaType.APPLICATION_JSON)
public final class CampaignResponseImportResource {

    private static final String CSV = "text/csv";

    private final ImportCampaignResponsesUseCase importResponses;
    private final BulkImport bulk;

    public CampaignResponseImportResource(ImportCampaignResponsesUseCase importResponses, BulkImport bulk) {
        this.importResponses = Objects.requireNonNull(importResponses);
        this.bulk = Objects.requireNonNull(bulk);
    }

    @POST
    @Consumes(CSV)
    @Operation(operationId = "importCampaignResponses", summary = "Bulk import of a campaign's responses from CSV, "
            + "one per member, rejects listed by line", requestBody = @RequestBody(required = true,
            content = @Content(mediaType = CSV, schema = @Schema(type = "string", description = "header row, then "
                    + "customer_id, responded, converted, revenue, responded_at"))))
    @ApiResponse(responseCode = "200", description = "What was imported, skipped as duplicates and rejected",
            content = @Content(schema = @Schema(implementation = ImportResultJson.class)))
    @ApiResponse(responseCode = "404", description = "No such campaign")
    public Response importResponses(@PathParam("id") String id, @Parameter(hidden = true) InputStream body,
                                    @QueryParam("source") String source,
                                    @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                    @Context SecurityContext security) {
        String from = BulkImport.customerSource(source);
        CampaignId campaign = CampaignId.of(id);
        return bulk.run(security, idempotencyKey, "import campaign responses " + id + " " + from, "campaign responses",
                listener -> importResponses.importResponses(new ImportCampaignResponsesUseCase.Command(campaign,
                        bulk.csv().campaignResponses("request", body), from, BulkImport.BATCH, listener)));
    }
}
