package org.opencrm.adapter.rest.survey;

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
import org.opencrm.application.port.in.survey.ImportSurveyResponsesUseCase;

/** {@code POST /survey-responses/import}: responses from CSV in the layout of {@code crm surveys import}. */
@Tag(name = "surveys")
@Path("/survey-responses/import")
@Produces(MediaType.APPLICATION_JSON)
public final class SurveyImportResource {

    private static final String CSV = "text/csv";

    private final ImportSurveyResponsesUseCase importResponses;
    private final BulkImport bulk;

    public SurveyImportResource(ImportSurveyResponsesUseCase importResponses, BulkImport bulk) {
        this.importResponses = Objects.requireNonNull(importResponses);
        this.bulk = Objects.requireNonNull(bulk);
    }

    @POST
    @Consumes(CSV)
    @Operation(operationId = "importSurveyResponses", summary = "Bulk import of survey responses from CSV, rejects "
            + "listed by line", requestBody = @RequestBody(required = true, content = @Content(mediaType = CSV,
            schema = @Schema(type = "string", description = "header row, then response_id, customer_id, answered_at, "
                    + "satisfaction, recommend, repurchase_intention, trust, commitment, involvement, other_providers"))))
    @ApiResponse(responseCode = "200", description = "What was imported, skipped as duplicates and rejected",
            content = @Content(schema = @Schema(implementation = ImportResultJson.class)))
    public Response importResponses(@Parameter(hidden = true) InputStream body, @QueryParam("source") String source,
                                    @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                    @Context SecurityContext security) {
        String from = BulkImport.customerSource(source);
        return bulk.run(security, idempotencyKey, "import survey responses " + from, "survey responses",
                listener -> importResponses.importResponses(new ImportSurveyResponsesUseCase.Command(
                        bulk.csv().surveyResponses("request", body), from, BulkImport.BATCH, listener)));
    }
}
