package org.opencrm.adapter.rest.product;

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
import java.util.Objects;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.adapter.rest.importing.BulkImport;
import org.opencrm.adapter.rest.importing.ImportResultJson;
import org.opencrm.application.port.in.product.ImportProductsUseCase;
import org.opencrm.domain.money.Money;

/**
 * {@code POST /products/import}: the product catalog from CSV in the layout of {@code crm import products}
 * (what the value-orientation report classifies purchases by); a stored product is replaced, an identical one
 * counted as a duplicate.
 */
@Tag(name = "products")
@Path("/products/import")
@Produces(MediaType.APPLICATION_JSON)
public final class ProductImportResource {

    private static final String CSV = "text/csv";

    private final ImportProductsUseCase importProducts;
    private final BulkImport bulk;

    public ProductImportResource(ImportProductsUseCase importProducts, BulkImport bulk) {
        this.importProducts = Objects.requireNonNull(importProducts);
        this.bulk = Objects.requireNonNull(bulk);
    }

    @POST
    @Consumes(CSV)
    @Operation(operationId = "importProducts", summary = "Load the product catalog from CSV, rejects listed by line",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = "string",
                    description = "header row, then product_id, category, launch_date, list_price, currency, premium"))))
    @ApiResponse(responseCode = "200", description = "What was stored, replaced, left unchanged and rejected",
            content = @Content(schema = @Schema(implementation = ImportResultJson.class)))
    public Response importProducts(@Parameter(hidden = true) InputStream body,
                                   @QueryParam("currency") @DefaultValue("USD") String currency,
                                   @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                   @Context SecurityContext security) {
        String defaultCurrency = Money.currency(currency).getCurrencyCode();
        return bulk.run(security, idempotencyKey, "import products " + defaultCurrency, "products",
                listener -> importProducts.importProducts(new ImportProductsUseCase.Command(
                        bulk.csv().products("request", body, defaultCurrency), BulkImport.BATCH, listener)));
    }
}
