package org.opencrm.adapter.rest.customer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
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
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.application.port.in.customer.MergeCustomersUseCase;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.identity.CustomerMerge;
import org.opencrm.formats.CustomerMergeJson;

/** {@code POST /customers/{id}/merge}: the path's customer absorbs another record of the same person. */
@Tag(name = "customers")
@Path("/customers/{customerId}/merge")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerMergeResource {

    private final MergeCustomersUseCase merge;
    private final IdempotencyKeys idempotency;

    public CustomerMergeResource(MergeCustomersUseCase merge, IdempotencyKeys idempotency) {
        this.merge = Objects.requireNonNull(merge);
        this.idempotency = Objects.requireNonNull(idempotency);
    }

    @Operation(operationId = "mergeCustomers", summary = "Merge another record of the same person into this customer",
            description = "Moves every purchase, interaction, complaint, follow-up, survey response and external id "
                    + "of the absorbed record to this customer in one transaction, fills this customer's empty "
                    + "fields from it (its own values and consent are kept) and keeps the absorbed id resolving here. "
                    + "The same merge again answers the first one's log entry.")
    @ApiResponse(responseCode = "200", description = "Merged: the merge-log entry",
            content = @Content(schema = @Schema(implementation = CustomerMergeJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response merge(@PathParam("customerId") String customerId, MergeRequestJson body,
                          @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context SecurityContext security) {
        if (body == null || body.absorbedId() == null) {
            throw new IllegalArgumentException("'absorbedId' is required: the id of the record to merge into "
                    + customerId);
        }
        return idempotency.run(IdempotencyKeys.owner(security), idempotencyKey,
                IdempotencyKeys.fingerprint(List.of(customerId, body)), IdempotentRequestUseCase.Mode.ONE_TRANSACTION,
                () -> {
                    CustomerMerge m = merge.merge(new MergeCustomersUseCase.Command(CustomerId.of(customerId),
                            CustomerId.of(body.absorbedId())));
                    return Response.ok(CustomerMergeJson.of(m))
                            .contentLocation(URI.create("/customers/" + m.survivor().value() + "/profile")).build();
                });
    }
}
