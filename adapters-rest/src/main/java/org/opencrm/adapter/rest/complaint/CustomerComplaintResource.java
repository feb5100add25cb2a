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
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.adapter.rest.request.Params;
import org.opencrm.application.port.in.complaint.FindComplaintsUseCase;
import org.opencrm.application.port.in.complaint.OpenComplaintUseCase;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.Severity;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.formats.ComplaintJson;
import org.opencrm.formats.Items;

/** {@code /customers/{id}/complaints}: open a case for a customer (idempotent by its id) and list theirs. */
@Tag(name = "complaints")
@Path("/customers/{customerId}/complaints")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerComplaintResource {

    private final OpenComplaintUseCase open;
    private final FindComplaintsUseCase find;
    private final IdempotencyKeys idempotency;

    public CustomerComplaintResource(OpenComplaintUseCase open, FindComplaintsUseCase find, IdempotencyKeys idempotency) {
        this.open = Objects.requireNonNull(open);
        this.find = Objects.requireNonNull(find);
        this.idempotency = Objects.requireNonNull(idempotency);
    }

    @Operation(operationId = "openComplaint", summary = "Open a complaint case (idempotent by complaint id)")
    @ApiResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = ComplaintJson.class)))
    @ApiResponse(responseCode = "200", description = "Opened before: the case as it stands",
            content = @Content(schema = @Schema(implementation = ComplaintJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("customerId") String customerId, NewComplaintJson body,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context SecurityContext security) {
        if (body == null) {
            throw new IllegalArgumentException("'body' must be a JSON object with category and summary");
        }
        return idempotency.run(IdempotencyKeys.owner(security), idempotencyKey,
                IdempotencyKeys.fingerprint(List.of(customerId, body)), IdempotentRequestUseCase.Mode.ONE_TRANSACTION,
                () -> {
                    OpenComplaintUseCase.Result r = open.open(new OpenComplaintUseCase.Command(
                            Optional.ofNullable(body.complaintId()).map(ComplaintId::of), CustomerId.of(customerId),
                            Optional.ofNullable(body.openedAt()), body.category(),
                            Severity.ofCode(Optional.ofNullable(body.severity()).orElse("medium")), body.summary()));
                    return Response.status(r.created() ? 201 : 200)
                            .location(URI.create("/complaints/" + r.complaint().id().value()))
                            .entity(ComplaintJson.of(r.complaint())).build();
                });
    }

    @Operation(operationId = "listCustomerComplaints", summary = "A customer's cases as of a date, oldest first")
    @GET
    public Items<ComplaintJson> list(@PathParam("customerId") String customerId, @QueryParam("asOf") String asOf,
                                     @QueryParam("open") @DefaultValue("false") String unresolved, @QueryParam("overdue") @DefaultValue("false") String overdue) {
        return Items.all(find.find(new FindComplaintsUseCase.Query(Optional.of(CustomerId.of(customerId)),
                Params.bool("open", unresolved), Params.bool("overdue", overdue), Params.date("asOf", asOf)))
                .stream().map(ComplaintJson::of).toList());
    }
}
