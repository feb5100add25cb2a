package org.opencrm.adapter.rest.recommendation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.opencrm.adapter.rest.media.CsvReports;
import org.opencrm.adapter.rest.request.Params;
import org.opencrm.application.port.in.recommendation.NextBestActionsUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.formats.NextBestActionsJson;

/** {@code GET /customers/{id}/next-best-actions}: a customer's next best actions, as {@code crm nba CUSTOMER}. */
@Tag(name = "next best action")
@Path("/customers/{customerId}/next-best-actions")
@Produces({MediaType.APPLICATION_JSON, CsvReports.MEDIA_TYPE})
public final class NextBestActionResource {

    private final NextBestActionsUseCase one;

    public NextBestActionResource(NextBestActionsUseCase one) {
        this.one = Objects.requireNonNull(one);
    }

    @Operation(operationId = "customerNextBestActions", summary = "A customer's next best actions as of a date, ranked "
            + "by expected value (P(response) x value at stake x margin) within the tier's budget, each with its reason "
            + "and figures")
    @GET
    public NextBestActionsJson customer(@PathParam("customerId") String customerId, @QueryParam("asOf") String asOf) {
        return NextBestActionsJson.of(one.plan(new NextBestActionsUseCase.Query(CustomerId.of(customerId),
                Params.date("asOf", asOf))));
    }
}
