package org.opencrm.adapter.rest.survey;

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
import org.opencrm.application.port.in.survey.FindSurveyResponsesUseCase;
import org.opencrm.application.port.in.survey.RecordSurveyResponseUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.survey.SurveyResponseId;
import org.opencrm.formats.Items;
import org.opencrm.formats.SurveyResponseJson;

/** {@code /customers/{id}/survey-responses}: record a customer's answers (idempotent by id) and list them. */
@Tag(name = "surveys")
@Path("/customers/{customerId}/survey-responses")
@Produces(MediaType.APPLICATION_JSON)
public final class SurveyResource {

    private final RecordSurveyResponseUseCase record;
    private final FindSurveyResponsesUseCase find;
    private final IdempotencyKeys idempotency;

    public SurveyResource(RecordSurveyResponseUseCase record, FindSurveyResponsesUseCase find,
                          IdempotencyKeys idempotency) {
        this.record = Objects.requireNonNull(record);
        this.find = Objects.requireNonNull(find);
        this.idempotency = Objects.requireNonNull(idempotency);
    }

    /** Records answers: 201 when new, 200 with the stored ones when the id is known, 409 for other content. */
    @Operation(operationId = "recordSurveyResponse", summary = "Record a customer's survey answers (idempotent by id)")
    @ApiResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = SurveyResponseJson.class)))
    @ApiResponse(responseCode = "200", description = "Already recorded: the stored response",
            content = @Content(schema = @Schema(implementation = SurveyResponseJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("customerId") String customerId, NewSurveyResponseJson body,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context SecurityContext security) {
        if (body == null) {
            throw new IllegalArgumentException("'body' must be a JSON object with at least one answer");
        }
        return idempotency.run(IdempotencyKeys.owner(security), idempotencyKey,
                IdempotencyKeys.fingerprint(List.of(customerId, body)), IdempotentRequestUseCase.Mode.ONE_TRANSACTION,
                () -> {
                    RecordSurveyResponseUseCase.Result result = record.record(new RecordSurveyResponseUseCase.Command(
                            Optional.ofNullable(body.responseId()).map(SurveyResponseId::of), CustomerId.of(customerId),
                            Optional.ofNullable(body.answeredAt()), SurveyResponseJson.answers(body.satisfaction(),
                            body.recommend(), body.repurchaseIntention(), body.trust(), body.commitment(),
                            body.involvement(), body.otherProviders())));
                    return Response.status(result.created() ? 201 : 200)
                            .location(URI.create("/customers/" + customerId + "/survey-responses"))
                            .entity(SurveyResponseJson.of(result.response())).build();
                });
    }

    @Operation(operationId = "listSurveyResponses", summary = "A customer's survey responses, oldest first")
    @GET
    public Items<SurveyResponseJson> list(@PathParam("customerId") String customerId) {
        return Items.all(find.ofCustomer(CustomerId.of(customerId)).stream().map(SurveyResponseJson::of).toList());
    }
}
