package org.opencrm.adapter.rest.customer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.opencrm.adapter.rest.request.Params;
import org.opencrm.adapter.rest.report.ReportResource;
import org.opencrm.application.port.in.value.TierReportUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.formats.TierHistoryJson;

/** {@code /customers/{id}/tiers}: one customer's relationship tier in time ({@code crm report tiers --customer}). */
@Tag(name = "customers")
@Path("/customers/{customerId}/tiers")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerTiersResource {

    private final TierReportUseCase tiers;

    public CustomerTiersResource(TierReportUseCase tiers) {
        this.tiers = Objects.requireNonNull(tiers);
    }

    @Operation(operationId = "customerTierHistory",
            summary = "A customer's value-grid cell and relationship tier at from, every few months, and at to")
    @GET
    public TierHistoryJson get(@PathParam("customerId") String customerId, @QueryParam("from") String from,
                               @QueryParam("to") String to,
                               @QueryParam("every") @DefaultValue("3")
                               @Parameter(description = "months between the dates, at least 1") int every,
                               @BeanParam ReportResource.Assumptions assumptions) {
        if (every < 1) {
            throw new IllegalArgumentException("'every' must be at least 1 month, got " + every);
        }
        return TierHistoryJson.of(tiers.history(CustomerId.of(customerId), new TierReportUseCase.Query(
                Params.requiredDate("from", from), Params.requiredDate("to", to), assumptions.toValueAssumptions()),
                every));
    }
}
