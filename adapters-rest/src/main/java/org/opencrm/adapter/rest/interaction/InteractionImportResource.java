package org.opencrm.adapter.rest.interaction;

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
import org.opencrm.application.port.in.interaction.ImportInteractionsUseCase;

/**
 * {@code POST /interactions/import}: contacts from CSV in the layout of {@code crm interactions import}, into the
 * same use case: committed batches, interaction ids as idempotency keys, bad rows rejected with line and field.
 */
@Tag(name = "interactions")
@Path("/interactions/import")
@Produces(MediaType.APPLICATION_JSON)
public final class InteractionImportResource {

    private static final String CSV = "text/csv";

    private final ImportInteractionsUseCase importInteractions;
    private final BulkImport bulk;

    public InteractionImportResource(ImportInteractionsUseCase importInteractions, BulkImport bulk) {
        this.importInteractions = Objects.requireNonNull(importInteractions);
        this.bulk = Objects.requireNonNull(bulk);
    }

    @POST
    @Consumes(CSV)
    @Operation(operationId = "importInteractions", summary = "Bulk import of contacts from CSV, rejects listed by line",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(
                    type = "string", description = "header row, then interaction_id, customer_id, channel, direction, "
                            + "type, summary, occurred_at, outcome, owner, continues"))))
    @ApiResponse(responseCode = "200", description = "What was imported, skipped as duplicates and rejected",
            content = @Content(schema = @Schema(implementation = ImportResultJson.class)))
    public Response importInteractions(@Parameter(hidden = true) InputStream body,
                                       @QueryParam("source") String source,
                                       @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                       @Context SecurityContext security) {
        String from = BulkImport.customerSource(source);
        return bulk.run(security, idempotencyKey, "import interactions " + from, "interactions",
                listener -> importInteractions.importInteractions(new ImportInteractionsUseCase.Command(
                        bulk.csv().interactions("request", body), from, BulkImport.BATCH, listener)));
    }
}
