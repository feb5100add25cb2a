package org.opencrm.adapter.rest.complaint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
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
import org.opencrm.application.port.in.complaint.FindComplaintsUseCase;
import org.opencrm.application.port.in.complaint.UpdateComplaintUseCase;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.ComplaintStatus;
import org.opencrm.formats.ComplaintJson;
import org.opencrm.formats.Items;

/** {@code /complaints}: every case as of a date (the overdue ones first to work), and a case's moves. */
@Tag(name = "complaints")
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
public final class ComplaintResource {

    private final UpdateComplaintUseCase update;
    private final FindComplaintsUseCase find;
    private final IdempotencyKeys idempotency;

    public ComplaintResource(UpdateComplaintUseCase update, FindComplaintsUseCase find, IdempotencyKeys idempotency) {
        this.update = Objects.requireNonNull(update);
        this.find = Objects.requireNonNull(find);
        this.idempotency = Objects.requireNonNull(idempotency);
    }

    @Operation(operationId = "listComplaints", summary = "Every case opened by a date, oldest first, with its standing")
    @GET
    public Items<ComplaintJson> list(@QueryParam("asOf") String asOf, @QueryParam("open") @DefaultValue("false") String unresolved,
                                     @QueryParam("overdue") @DefaultValue("false") String overdue) {
        return Items.all(find.find(new FindComplaintsUseCase.Query(Optional.empty(), Params.bool("open", unresolved),
                Params.bool("overdue", overdue), Params.date("asOf", asOf))).stream().map(ComplaintJson::of).toList());
    }

    /** Moves a case; an illegal move is 400 naming the allowed ones, and nothing is written. */
    @Operation(operationId = "moveComplaint", summary = "Move a case: in-progress, resolved, closed, or open again")
    @ApiResponse(responseCode = "200", description = "The case after the move",
            content = @Content(schema = @Schema(implementation = ComplaintJson.class)))
    @POST
    @Path("{complaintId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("complaintId") String complaintId, ComplaintMoveJson body,
                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context SecurityContext security) {
        if (body == null || body.status() == null) {
            throw new IllegalArgumentException("'status' is required: open, in-progress, resolved or closed");
        }
        return idempotency.run(IdempotencyKeys.owner(security), idempotencyKey,
                IdempotencyKeys.fingerprint(List.of(complaintId, body)), IdempotentRequestUseCase.Mode.ONE_TRANSACTION,
                () -> Response.ok(ComplaintJson.of(update.update(new UpdateComplaintUseCase.Command(
                        ComplaintId.of(complaintId), ComplaintStatus.ofCode(body.status()),
                        Optional.ofNullable(body.at()), Optional.ofNullable(body.resolution()))).complaint())).build());
    }
}
