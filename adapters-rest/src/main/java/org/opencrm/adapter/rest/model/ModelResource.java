package org.opencrm.adapter.rest.model;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.formats.Items;
import org.opencrm.adapter.rest.request.Params;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.application.port.in.model.FindModelUseCase;
import org.opencrm.application.port.in.model.FitModelUseCase;
import org.opencrm.application.port.in.model.ValidateModelUseCase;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ModelTimeUnit;
import org.opencrm.formats.ValidationJson;

/** {@code /models}: fit the customer-base models on the store's purchases and read the stored fits. */
@Tag(name = "models")
@Path("/models")
@Produces(MediaType.APPLICATION_JSON)
public final class ModelResource {

    private final FitModelUseCase fit;
    private final FindModelUseCase find;
    private final ValidateModelUseCase validate;
    private final IdempotencyKeys idempotency;

    public ModelResource(FitModelUseCase fit, FindModelUseCase find, ValidateModelUseCase validate,
                         IdempotencyKeys idempotency) {
        this.fit = Objects.requireNonNull(fit);
        this.find = Objects.requireNonNull(find);
        this.validate = Objects.requireNonNull(validate);
        this.idempotency = Objects.requireNonNull(idempotency);
    }

    /** What to fit on: purchases up to the calibration end, in a time unit. */
    public record FitRequest(String calibrationEnd, String unit) {
    }

    @Operation(operationId = "listModels", summary = "The latest stored fit of each model (bgnbd, mbgnbd, pareto-nbd, gamma-gamma)")
    @GET
    public Items<FittedModel> latest() {
        List<FittedModel> fits = new ArrayList<>();
        for (ModelKind kind : ModelKind.values()) {
            find.latest(kind).ifPresent(fits::add);
        }
        return Items.all(fits);
    }

    @Operation(operationId = "getModel", summary = "The stored fits of one model, newest first (only the latest unless history=true)")
    @GET
    @Path("{model}")
    public Items<FittedModel> fits(@PathParam("model") String model,
                                  @QueryParam("history") @DefaultValue("false") @Parameter(schema = @Schema(type = "boolean"))
                                  String historyParam) {
        ModelKind kind = ModelKind.ofCode(model);
        boolean history = Params.bool("history", historyParam);
        List<FittedModel> fits = history ? find.history(kind) : find.latest(kind).stream().toList();
        if (fits.isEmpty()) {
            throw new NotFoundException("no fit of " + kind.code() + " yet; POST /models/" + kind.code() + "/fits");
        }
        return Items.all(fits);
    }

    @Operation(operationId = "fitModel", summary = "Fit a model on every customer's purchases up to calibrationEnd, and store the fit")
    @ApiResponse(responseCode = "201", description = "The stored fit",
            content = @Content(schema = @Schema(implementation = FittedModel.class)))
    @POST
    @Path("{model}/fits")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response fit(@PathParam("model") String model, FitRequest body,
                        @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context SecurityContext security) {
        if (body == null) {
            throw new IllegalArgumentException("'body' must be a JSON object with calibrationEnd (YYYY-MM-DD)");
        }
        ModelTimeUnit unit;
        try {
            unit = body.unit() == null ? ModelTimeUnit.WEEKS : ModelTimeUnit.valueOf(body.unit().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'unit' must be days or weeks, got '" + body.unit() + "'");
        }
        FitModelUseCase.Command command = new FitModelUseCase.Command(ModelKind.ofCode(model),
                Params.requiredDate("calibrationEnd", body.calibrationEnd()), unit);
        // A retry with the same key gets the first fit back instead of fitting (seconds of work) and storing twice.
        // The fit stores itself in a short transaction of its own, so the store is not locked while it computes.
        return idempotency.run(IdempotencyKeys.owner(security), idempotencyKey,
                IdempotencyKeys.fingerprint(List.of(model, body)), IdempotentRequestUseCase.Mode.OWN_TRANSACTIONS,
                () -> {
                    FittedModel fitted = fit.fit(command);
                    return Response.created(URI.create("/models/" + fitted.kind().code())).entity(fitted).build();
                });
    }

    @Operation(operationId = "validateModel", summary = "Check the latest fit against the purchases made between its "
            + "calibration end and holdoutEnd: mean actual and predicted purchases per calibration frequency")
    @GET
    @Path("{model}/validation")
    public ValidationJson validation(@PathParam("model") String model, @QueryParam("holdoutEnd") String holdoutEnd) {
        LocalDate end = Params.requiredDate("holdoutEnd", holdoutEnd);
        return ValidationJson.of(validate.validate(new ValidateModelUseCase.Query(ModelKind.ofCode(model), end)), end);
    }
}
