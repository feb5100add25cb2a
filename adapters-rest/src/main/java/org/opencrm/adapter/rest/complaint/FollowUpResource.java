package org.opencrm.adapter.rest.complaint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.adapter.rest.request.Params;
import org.opencrm.application.port.in.complaint.CompleteFollowUpUseCase;
import org.opencrm.application.port.in.complaint.FindFollowUpsUseCase;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.formats.FollowUpJson;
import org.opencrm.formats.Items;

/** {@code /follow-ups}: every follow-up by due day (the overdue ones with {@code overdue=true}), and marking one done. */
@Tag(name = "follow-ups")
@Path("/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
public final class FollowUpResource {

    private final FindFollowUpsUseCase find;
    private final CompleteFollowUpUseCase complete;
    private final IdempotencyKeys idempotency;

    public FollowUpResource(FindFollowUpsUseCase find, CompleteFollowUpUseCase complete, IdempotencyKeys idempotency) {
        this.find = Objects.requireNonNull(find);
        this.complete = Objects.requireNonNull(complete);
        this.idempotency = Objects.requireNonNull(idempotency);
    }

    @Operation(operationId = "listFollowUps", summary = "Follow-ups by due day; overdue: still to do after their day")
    @GET
    public Items<FollowUpJson> list(@QueryParam("asOf") String asOf, @QueryParam("open") @DefaultValue("false") String open,
                                    @QueryParam("overdue") @DefaultValue("false") String overdue) {
        boolean late = Params.bool("overdue", overdue);
        return Items.all(find.find(new FindFollowUpsUseCase.Query(Optional.empty(), Params.bool("open", open) || late,
                late, Params.date("asOf", asOf))).stream().map(FollowUpJson::of).toList());
    }

    @Operation(operationId = "completeFollowUp", summary = "Mark a follow-up done (done twice: 400)")
    @ApiResponse(responseCode = "200", description = "The follow-up, done",
            content = @Content(schema = @Schema(implementation = FollowUpJson.class)))
    @POST
    @Path("{followUpId}/done")
    public Response done(@PathParam("followUpId") String followUpId,
                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context SecurityContext security) {
        return idempotency.run(IdempotencyKeys.owner(security), idempotencyKey,
                IdempotencyKeys.fingerprint(List.of(followUpId)), IdempotentRequestUseCase.Mode.ONE_TRANSACTION,
                () -> Response.ok(FollowUpJson.of(complete.complete(FollowUpId.of(followUpId), Optional.empty())))
                        .build());
    }
}
