package org.opencrm.adapter.rest.campaign;

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
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.application.port.in.campaign.CampaignReportUseCase;
import org.opencrm.application.port.in.campaign.RecordCampaignResponseUseCase;
import org.opencrm.application.port.in.campaign.StartCampaignUseCase;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.money.Money;
import org.opencrm.formats.CampaignJson;
import org.opencrm.formats.CampaignResponseJson;
import org.opencrm.formats.Items;

/** {@code /campaigns}: start a campaign from a segment, list them, record members' responses. */
@Tag(name = "campaigns")
@Path("/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public final class CampaignResource {

    private final StartCampaignUseCase start;
    private final RecordCampaignResponseUseCase respond;
    private final CampaignReportUseCase campaigns;
    private final IdempotencyKeys idempotency;

    public CampaignResource(StartCampaignUseCase start, RecordCampaignResponseUseCase respond,
                            CampaignReportUseCase campaigns, IdempotencyKeys idempotency) {
        this.start = Objects.requireNonNull(start);
        this.respond = Objects.requireNonNull(respond);
        this.campaigns = Objects.requireNonNull(campaigns);
        this.idempotency = Objects.requireNonNull(idempotency);
    }

    @Operation(operationId = "startCampaign", summary = "Start a campaign: snapshot the segment, hold out the control "
            + "group", description = "Members without consent for the channel are left out and counted; the seed "
            + "makes the control group reproducible. 404 for an unknown segment, 400 for one with no one to contact.")
    @ApiResponse(responseCode = "201", description = "Started",
            content = @Content(schema = @Schema(implementation = CampaignJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(NewCampaignJson body, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                          @Context SecurityContext security) {
        if (body == null || body.costPerContact() == null) {
            throw new IllegalArgumentException("'body' must be a JSON object with name, segment, channel, offer and "
                    + "costPerContact");
        }
        return idempotency.run(IdempotencyKeys.owner(security), idempotencyKey, IdempotencyKeys.fingerprint(List.of(body)),
                IdempotentRequestUseCase.Mode.ONE_TRANSACTION, () -> {
                    var currency = Money.currency(Optional.ofNullable(body.currency()).orElse("USD"));
                    StartCampaignUseCase.Started s = start.start(new StartCampaignUseCase.Command(
                            Optional.ofNullable(body.campaignId()).map(CampaignId::of), body.name(), body.segment(),
                            Optional.ofNullable(body.segmentVersion()), ContactChannel.ofCode(body.channel()),
                            body.offer(), Money.of(body.costPerContact(), currency),
                            Money.of(Optional.ofNullable(body.fixedCost()).orElse(BigDecimal.ZERO), currency),
                            Optional.ofNullable(body.controlFraction()).orElse(0.1),
                            Optional.ofNullable(body.seed()).orElse(1L), Optional.ofNullable(body.startOn()),
                            Optional.ofNullable(body.attributionDays()).orElse(30)));
                    return Response.status(201).location(URI.create("/campaigns/" + s.campaign().id().value()))
                            .entity(CampaignJson.of(s.campaign())).build();
                });
    }

    @Operation(operationId = "listCampaigns", summary = "The campaigns, newest start first")
    @GET
    public Items<CampaignJson> list() {
        return Items.all(campaigns.campaigns().stream().map(CampaignJson::of).toList());
    }

    @Operation(operationId = "getCampaign", summary = "One campaign")
    @GET
    @Path("{id}")
    public CampaignJson get(@PathParam("id") String id) {
        return CampaignJson.of(campaigns.campaign(CampaignId.of(id)));
    }

    @Operation(operationId = "recordCampaignResponse", summary = "Record a member's response, once",
            description = "400 for a customer not in the campaign or a different second response of one member.")
    @ApiResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = CampaignResponseJson.class)))
    @ApiResponse(responseCode = "200", description = "The same response was recorded before",
            content = @Content(schema = @Schema(implementation = CampaignResponseJson.class)))
    @POST
    @Path("{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response respond(@PathParam("id") String id, NewCampaignResponseJson body,
                            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context SecurityContext security) {
        if (body == null || body.customerId() == null) {
            throw new IllegalArgumentException("'customerId' is required");
        }
        return idempotency.run(IdempotencyKeys.owner(security), idempotencyKey,
                IdempotencyKeys.fingerprint(List.of(id, body)), IdempotentRequestUseCase.Mode.ONE_TRANSACTION, () -> {
                    CampaignId campaign = CampaignId.of(id);
                    Optional<Money> revenue = Optional.ofNullable(body.revenue()).map(r -> Money.of(r,
                            campaigns.campaign(campaign).costPerContact().currency()));
                    RecordCampaignResponseUseCase.Result r = respond.record(new RecordCampaignResponseUseCase.Command(
                            campaign, CustomerId.of(body.customerId()), body.didRespond(), body.didConvert(), revenue, Optional.ofNullable(body.at())));
                    return Response.status(r.created() ? 201 : 200).entity(CampaignResponseJson.of(r.response()))
                            .build();
                });
    }
}
