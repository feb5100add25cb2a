package org.opencrm.adapter.rest.segment;

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
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.application.port.in.segment.FindSegmentsUseCase;
import org.opencrm.application.port.in.segment.SaveSegmentUseCase;
import org.opencrm.application.port.in.segment.SegmentMembersUseCase;
import org.opencrm.formats.Items;
import org.opencrm.formats.SegmentJson;
import org.opencrm.formats.SegmentMembersJson;

/** {@code /segments}: save a segment (a new version when its condition changes), list them, list members. */
@Tag(name = "segments")
@Path("/segments")
@Produces(MediaType.APPLICATION_JSON)
public final class SegmentResource {

    private final SaveSegmentUseCase save;
    private final FindSegmentsUseCase find;
    private final SegmentMembersUseCase members;
    private final IdempotencyKeys idempotency;

    public SegmentResource(SaveSegmentUseCase save, FindSegmentsUseCase find, SegmentMembersUseCase members,
                           IdempotencyKeys idempotency) {
        this.save = Objects.requireNonNull(save);
        this.find = Objects.requireNonNull(find);
        this.members = Objects.requireNonNull(members);
        this.idempotency = Objects.requireNonNull(idempotency);
    }

    @Operation(operationId = "saveSegment", summary = "Save a segment's condition (a changed one is the next version)",
            description = "A condition that cannot be read is refused with the column and what was expected there.")
    @ApiResponse(responseCode = "201", description = "A new version",
            content = @Content(schema = @Schema(implementation = SegmentJson.class)))
    @ApiResponse(responseCode = "200", description = "The latest version has this condition already",
            content = @Content(schema = @Schema(implementation = SegmentJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(NewSegmentJson body, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                         @Context SecurityContext security) {
        if (body == null || body.name() == null || body.expression() == null) {
            throw new IllegalArgumentException("'body' must be a JSON object with name and expression");
        }
        return idempotency.run(IdempotencyKeys.owner(security), idempotencyKey, IdempotencyKeys.fingerprint(List.of(body)),
                IdempotentRequestUseCase.Mode.ONE_TRANSACTION, () -> {
                    SaveSegmentUseCase.Result r = save.save(new SaveSegmentUseCase.Command(body.name(),
                            body.expression()));
                    return Response.status(r.created() ? 201 : 200)
                            .location(URI.create("/segments/" + r.segment().name() + "?version=" + r.segment().version()))
                            .entity(SegmentJson.of(r.segment())).build();
                });
    }

    @Operation(operationId = "listSegments", summary = "The latest version of every segment, by name")
    @GET
    public Items<SegmentJson> list() {
        return Items.all(find.latest().stream().map(SegmentJson::of).toList());
    }

    @Operation(operationId = "getSegment", summary = "One segment: the latest version, or the one asked for")
    @GET
    @Path("{name}")
    public SegmentJson get(@PathParam("name") String name, @QueryParam("version") String version) {
        return SegmentJson.of(find.find(name, Params.positive("version", version)));
    }

    @Operation(operationId = "listSegmentVersions", summary = "Every version of a segment, oldest first")
    @GET
    @Path("{name}/versions")
    public Items<SegmentJson> versions(@PathParam("name") String name) {
        find.find(name, Optional.empty()); // 404 for an unknown name, not an empty list
        return Items.all(find.versions(name).stream().map(SegmentJson::of).toList());
    }

    @Operation(operationId = "listSegmentMembers", summary = "The customers meeting a segment's condition as of a "
            + "date, with the facts the condition read")
    @GET
    @Path("{name}/members")
    public SegmentMembersJson members(@PathParam("name") String name, @QueryParam("version") String version,
                                      @QueryParam("asOf") String asOf) {
        return SegmentMembersJson.of(members.members(new SegmentMembersUseCase.Query(name,
                Params.positive("version", version), Params.date("asOf", asOf))));
    }
}
