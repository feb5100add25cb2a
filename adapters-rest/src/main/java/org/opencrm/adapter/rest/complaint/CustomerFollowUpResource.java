package org.opencrm.adapter.rest.complaint;

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
import org.opencrm.application.port.in.complaint.FindFollowUpsUseCase;
import org.opencrm.application.port.in.complaint.ScheduleFollowUpUseCase;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.formats.FollowUpJson;
import org.opencrm.formats.Items;

/** {@code /customers/{id}/follow-ups}: schedule a revisit of a customer (idempotent by its id) and list theirs. */
@Tag(name = "follow-ups")
@Path("/customers/{customerId}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerFollowUpResource {

    private final ScheduleFollowUpUseCase schedule;
    private final FindFollowUpsUseCase find;
    private final IdempotencyKeys idempotency;

    public CustomerFollowUpResource(ScheduleFollowUpUseCase schedule, FindFollowUpsUseCase find,
                                    IdempotencyKeys idempotency) {
        this.schedule = Objects.requireNonNull(schedule);
        this.find = Objects.requireNonNull(find);
        this.idempotency = Objects.requireNonNull(idempotency);
    }

    @Operation(operationId = "scheduleFollowUp", summary = "Schedule a revisit of a customer (idempotent by id)")
    @ApiResponse(responseCode = "201", description = "Scheduled",
            content = @Content(schema = @Schema(implementation = FollowUpJson.class)))
    @ApiResponse(responseCode = "200", description = "Scheduled before",
            content = @Content(schema = @Schema(implementation = FollowUpJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("customerId") String customerId, NewFollowUpJson body,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context SecurityContext security) {
        if (body == null || body.dueOn() == null) {
            throw new IllegalArgumentException("'dueOn' is required (YYYY-MM-DD)");
        }
        return idempotency.run(IdempotencyKeys.owner(security), idempotencyKey,
                IdempotencyKeys.fingerprint(List.of(customerId, body)), IdempotentRequestUseCase.Mode.ONE_TRANSACTION,
                () -> {
                    ScheduleFollowUpUseCase.Result r = schedule.schedule(new ScheduleFollowUpUseCase.Command(
                            Optional.ofNullable(body.followUpId()).map(FollowUpId::of), CustomerId.of(customerId),
                            body.dueOn(), Optional.ofNullable(body.owner()), body.reason()));
                    return Response.status(r.created() ? 201 : 200)
                            .location(URI.create("/customers/" + customerId + "/follow-ups"))
                            .entity(FollowUpJson.of(r.followUp())).build();
                });
    }

    @Operation(operationId = "listCustomerFollowUps", summary = "A customer's follow-ups by due day")
    @GET
    public Items<FollowUpJson> list(@PathParam("customerId") String customerId) {
        return Items.all(find.find(new FindFollowUpsUseCase.Query(Optional.of(CustomerId.of(customerId)), false, false,
                Optional.empty())).stream().map(FollowUpJson::of).toList());
    }
}
