package org.opencrm.adapter.rest.interaction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.Optional;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.application.port.in.interaction.FindInteractionsUseCase;
import org.opencrm.application.port.in.interaction.RecordInteractionUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.interaction.Direction;
import org.opencrm.domain.interaction.InteractionId;
import org.opencrm.formats.InteractionJson;
import org.opencrm.formats.Items;

/** {@code /customers/{id}/interactions}: record a contact (idempotent by its id) and list a customer's contacts. */
@Tag(name = "interactions")
@Path("/customers/{customerId}/interactions")
@Produces(MediaType.APPLICATION_JSON)
public final class InteractionResource {

    private final RecordInteractionUseCase record;
    private final FindInteractionsUseCase find;
    private final IdempotencyKeys idempotency;

    public InteractionResource(RecordInteractionUseCase record, FindInteractionsUseCase find,
                               IdempotencyKeys idempotency) {
        this.record = Objects.requireNonNull(record);
        this.find = Objects.requireNonNull(find);
        this.idempotency = Objects.requireNonNull(idempotency);
    }

    /** Records a contact: 201 when new, 200 with the stored one when its id is known, 409 for other content. */
    @Operation(operationId = "recordInteraction",
            summary = "Record a contact with a customer (idempotent by interaction id)")
    @ApiResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = InteractionJson.class)))
    @ApiResponse(responseCode = "200", description = "Already recorded: the stored interaction",
            content = @Content(schema = @Schema(implementation = InteractionJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("customerId") String customerId, NewInteractionJson body,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context SecurityContext security) {
        if (body == null) {
            throw new IllegalArgumentException("'body' must be a JSON object with channel, direction, type and summary");
        }
        return idempotency.run(IdempotencyKeys.owner(security), idempotencyKey,
                IdempotencyKeys.fingerprint(List.of(customerId, body)), IdempotentRequestUseCase.Mode.ONE_TRANSACTION,
                () -> {
                    RecordInteractionUseCase.Result result = record.record(new RecordInteractionUseCase.Command(
                            Optional.ofNullable(body.interactionId()).map(InteractionId::of), CustomerId.of(customerId),
                            ContactChannel.ofCode(body.channel()), Direction.ofCode(body.direction()), body.type(),
                            body.summary(), Optional.ofNullable(body.outcome()), Optional.ofNullable(body.occurredAt()),
                            Optional.ofNullable(body.owner()), Optional.ofNullable(body.continues()).map(InteractionId::of)));
                    return Response.status(result.created() ? 201 : 200)
                            .location(URI.create("/customers/" + customerId + "/interactions"))
                            .entity(InteractionJson.of(result.interaction())).build();
                });
    }

    @Operation(operationId = "listInteractions", summary = "A customer's contacts, oldest first")
    @GET
    public Items<InteractionJson> list(@PathParam("customerId") String customerId) {
        return Items.all(find.ofCustomer(CustomerId.of(customerId)).stream().map(InteractionJson::of).toList());
    }
}
