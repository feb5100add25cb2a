package org.opencrm.adapter.rest.customer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.Locale;
import java.util.Objects;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.adapter.rest.importing.BulkImport;
import org.opencrm.adapter.rest.importing.ImportResultJson;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.NaturalKey;
import org.opencrm.domain.customer.UpdatePolicy;
import org.opencrm.domain.money.Money;

/**
 * {@code POST /customers/import}: a bulk upsert of customers from CSV in the layout of {@code crm import
 * customers}, through the same use case: committed batches, a natural key so that a re-import updates instead
 * of duplicating, bad rows rejected with line, field and reason while the rest is imported.
 */
@Tag(name = "customers")
@Path("/customers/import")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerImportResource {

    private static final String CSV = "text/csv";

    private final ImportCustomersUseCase importCustomers;
    private final BulkImport bulk;

    public CustomerImportResource(ImportCustomersUseCase importCustomers, BulkImport bulk) {
        this.importCustomers = Objects.requireNonNull(importCustomers);
        this.bulk = Objects.requireNonNull(bulk);
    }

    @POST
    @Consumes(CSV)
    @Operation(operationId = "importCustomers",
            summary = "Bulk upsert of customers from CSV on a natural key (externalId or email), rejects listed by line",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = "string",
                    description = "header row, then external_id, name, email, phone, address, email_consent, "
                            + "phone_consent, acquisition_source, acquisition_cost, currency, created_at, attr.NAME"))))
    @ApiResponse(responseCode = "200", description = "What was registered, updated, left unchanged and rejected",
            content = @Content(schema = @Schema(implementation = ImportResultJson.class)))
    public Response importCustomers(@Parameter(hidden = true) InputStream body,
                                    @QueryParam("key") @DefaultValue("externalId")
                                    @Parameter(description = "externalId or email") String key,
                                    @QueryParam("source") @Parameter(description = "system of the external_id column")
                                    String source,
                                    @QueryParam("update") @DefaultValue("overwrite")
                                    @Parameter(description = "overwrite or fillEmpty, for customers already stored")
                                    String update,
                                    @QueryParam("currency") @DefaultValue("USD") String currency,
                                    @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                    @Context SecurityContext security) {
        NaturalKey naturalKey = switch (key.toLowerCase(Locale.ROOT)) {
            case "externalid", "external_id" -> NaturalKey.EXTERNAL_ID;
            case "email" -> NaturalKey.EMAIL;
            default -> throw new IllegalArgumentException("'key' must be externalId or email, got '" + key + "'");
        };
        UpdatePolicy policy = switch (update.toLowerCase(Locale.ROOT)) {
            case "overwrite" -> UpdatePolicy.OVERWRITE;
            case "fillempty", "fill_empty" -> UpdatePolicy.FILL_EMPTY;
            default -> throw new IllegalArgumentException("'update' must be overwrite or fillEmpty, got '" + update + "'");
        };
        String from = BulkImport.customerSource(source);
        String defaultCurrency = Money.currency(currency).getCurrencyCode();
        return bulk.run(security, idempotencyKey,
                "import customers " + naturalKey + " " + from + " " + policy + " " + defaultCurrency, "customers",
                listener -> importCustomers.importCustomers(new ImportCustomersUseCase.Command(
                        bulk.csv().customers("request", body, naturalKey, from, defaultCurrency), naturalKey, from,
                        policy, BulkImport.BATCH, listener)));
    }
}
