package org.opencrm.adapter.rest.customer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.opencrm.adapter.rest.request.Params;
import org.opencrm.application.port.in.customer.CustomerTimelineUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.formats.TimelineJson;

/** {@code /customers/{id}/timeline}: a customer's registration, purchases and lifecycle stage changes. */
@Tag(name = "customers")
@Path("/customers/{customerId}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerTimelineResource {

    private final CustomerTimelineUseCase timeline;

    public CustomerTimelineResource(CustomerTimelineUseCase timeline) {
        this.timeline = Objects.requireNonNull(timeline);
    }

    @Operation(operationId = "customerTimeline",
            summary = "A customer's timeline: registration, purchases and lifecycle stage changes, oldest first")
    @GET
    public TimelineJson get(@PathParam("customerId") String customerId, @QueryParam("asOf") String asOf) {
        return TimelineJson.of(timeline.timeline(CustomerId.of(customerId), Params.date("asOf", asOf)));
    }
}
