package org.opencrm.adapter.rest.recommendation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.opencrm.adapter.rest.request.Params;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.application.port.in.recommendation.MineAssociationRulesUseCase;
import org.opencrm.domain.recommendation.RuleSet;
import org.opencrm.domain.recommendation.RuleThresholds;
import org.opencrm.formats.RuleSetJson;

/** {@code POST /rules}: mines and stores association rules, as {@code crm rules mine}. */
@Tag(name = "next best action")
@Path("/rules")
public final class RulesResource {

    private final MineAssociationRulesUseCase mine;
    private final IdempotencyKeys idempotency;

    public RulesResource(MineAssociationRulesUseCase mine, IdempotencyKeys idempotency) {
        this.mine = Objects.requireNonNull(mine);
        this.idempotency = Objects.requireNonNull(idempotency);
    }

    @Operation(operationId = "mineRules", summary = "Mine the association rules from the line items bought up to a "
            + "date and store them (replacing a set mined as of the same date), as crm rules mine")
    @ApiResponse(responseCode = "201", description = "The stored set with its 20 strongest rules",
            content = @Content(schema = @Schema(implementation = RuleSetJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response mine(MineRulesJson body, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                         @Context SecurityContext security) {
        MineRulesJson b = body == null ? new MineRulesJson(null, null, null, null) : body;
        RuleThresholds d = RuleThresholds.DEFAULT;
        MineAssociationRulesUseCase.Command command = new MineAssociationRulesUseCase.Command(Params.date("asOf", b.asOf()),
                new RuleThresholds(Optional.ofNullable(b.minSupport()).orElse(d.minSupport()),
                        Optional.ofNullable(b.minConfidence()).orElse(d.minConfidence()),
                        Optional.ofNullable(b.minLift()).orElse(d.minLift())));
        return idempotency.run(IdempotencyKeys.owner(security), idempotencyKey, IdempotencyKeys.fingerprint(List.of(b)),
                IdempotentRequestUseCase.Mode.ONE_TRANSACTION, () -> {
                    RuleSet set = mine.mine(command);
                    return Response.status(201).location(URI.create("/reports/rules?asOf=" + set.asOf()))
                            .entity(RuleSetJson.of(set, 20)).build();
                });
    }
}
