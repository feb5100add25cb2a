package org.opencrm.adapter.rest.purchase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.formats.Items;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.application.port.in.purchase.FindPurchasesUseCase;
import org.opencrm.application.port.in.purchase.RecordPurchaseUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;
import org.opencrm.formats.PurchaseJson;

/** {@code /customers/{id}/purchases}: record a purchase (idempotent by its id) and list a customer's purchases. */
@Tag(name = "purchases")
@Path("/customers/{customerId}/purchases")
@Produces(MediaType.APPLICATION_JSON)
public final class PurchaseResource {

    private final RecordPurchaseUseCase record;
    private final FindPurchasesUseCase find;
    private final IdempotencyKeys idempotency;

    public PurchaseResource(RecordPurchaseUseCase record, FindPurchasesUseCase find, IdempotencyKeys idempotency) {
        this.record = Objects.requireNonNull(record);
        this.find = Objects.requireNonNull(find);
        this.idempotency = Objects.requireNonNull(idempotency);
    }

    /**
     * Records a purchase: 201 when new, 200 with the stored one when its id is known. Without an id, send an
     * Idempotency-Key so a retry cannot record it twice.
     */
    @Operation(operationId = "recordPurchase", summary = "Record a purchase of a customer (idempotent by purchase id)")
    @ApiResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = PurchaseJson.class)))
    @ApiResponse(responseCode = "200", description = "Already recorded: the stored purchase",
            content = @Content(schema = @Schema(implementation = PurchaseJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("customerId") String customerId, NewPurchaseJson body,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context SecurityContext security) {
        if (body == null) {
            throw new IllegalArgumentException("'body' must be a JSON object with occurredAt and amount");
        }
        if (body.occurredAt() == null) {
            throw new IllegalArgumentException("'occurredAt' is required (ISO-8601, e.g. 2026-11-23T10:15:30Z)");
        }
        if (body.amount() == null) {
            throw new IllegalArgumentException("'amount' is required (a decimal, e.g. 12.50)");
        }
        Money amount = Money.of(body.amount(), Money.currency(Optional.ofNullable(body.currency()).orElse("USD")));
        return idempotency.run(IdempotencyKeys.owner(security), idempotencyKey,
                IdempotencyKeys.fingerprint(List.of(customerId, body)), IdempotentRequestUseCase.Mode.ONE_TRANSACTION,
                () -> {
                    RecordPurchaseUseCase.Result result = record.record(new RecordPurchaseUseCase.Command(
                            Optional.ofNullable(body.purchaseId()).map(PurchaseId::of), CustomerId.of(customerId),
                            body.occurredAt(), amount, List.of(), Channel.of(body.channel())));
                    Purchase stored = result.purchase();
                    return Response.status(result.created() ? 201 : 200)
                            .location(URI.create("/customers/" + customerId + "/purchases/" + stored.id().value()))
                            .entity(PurchaseJson.of(stored)).build();
                });
    }

    @Operation(operationId = "getPurchase", summary = "One purchase of a customer (404 for another customer's)")
    @GET
    @Path("{purchaseId}")
    public PurchaseJson get(@PathParam("customerId") String customerId, @PathParam("purchaseId") String purchaseId) {
        return find.ofCustomer(CustomerId.of(customerId), PurchaseId.of(purchaseId)).map(PurchaseJson::of)
                .orElseThrow(() -> new NotFoundException("no purchase " + purchaseId + " of customer " + customerId));
    }

    @Operation(operationId = "listPurchases", summary = "A customer's purchases, oldest first")
    @GET
    public Items<PurchaseJson> list(@PathParam("customerId") String customerId) {
        return Items.all(find.ofCustomer(CustomerId.of(customerId)).stream().map(PurchaseJson::of).toList());
    }
}
