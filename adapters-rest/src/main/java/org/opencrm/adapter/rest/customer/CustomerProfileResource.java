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
import org.opencrm.application.port.in.customer.CustomerProfile;
import org.opencrm.application.port.in.customer.CustomerProfileUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.formats.CustomerProfileJson;

/** {@code /customers/{id}/profile}: one customer on one screen, as {@code crm customers show} shows them. */
@Tag(name = "customers")
@Path("/customers/{customerId}/profile")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerProfileResource {

    private final CustomerProfileUseCase profiles;

    public CustomerProfileResource(CustomerProfileUseCase profiles) {
        this.profiles = Objects.requireNonNull(profiles);
    }

    @Operation(operationId = "customerProfile", summary = "A customer's profile and standing as of a date: lifecycle "
            + "stage, RFM, P(alive), historical/current/potential value, tier, loyalty class, value-orientation type")
    @GET
    public CustomerProfileJson get(@PathParam("customerId") String customerId, @QueryParam("asOf") String asOf) {
        CustomerProfile p = profiles.profile(new CustomerProfileUseCase.Query(CustomerId.of(customerId),
                Params.date("asOf", asOf)));
        return CustomerProfileJson.of(p);
    }
}
