package org.opencrm.adapter.rest.customer;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.Page;
import org.opencrm.application.port.PageRequest;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.customer.ListCustomersUseCase;
import org.opencrm.application.port.in.customer.RegisterCustomerUseCase;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.CustomerUpdate;
import org.opencrm.domain.customer.ExternalId;

/** {@code /customers}: register, read, and page through customers. Thin: parse, call a use case, map. */
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerResource {

    private final RegisterCustomerUseCase register;
    private final FindCustomerUseCase find;
    private final ListCustomersUseCase list;

    public CustomerResource(RegisterCustomerUseCase register, FindCustomerUseCase find, ListCustomersUseCase list) {
        this.register = Objects.requireNonNull(register);
        this.find = Objects.requireNonNull(find);
        this.list = Objects.requireNonNull(list);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewCustomerJson body, @jakarta.ws.rs.core.Context UriInfo uri) {
        if (body == null) {
            throw new IllegalArgumentException("'body' must be a JSON object with at least a name");
        }
        List<ContactPoint> contacts = new ArrayList<>();
        Optional.ofNullable(body.email()).ifPresent(e -> contacts.add(ContactPoint.email(e)));
        Optional.ofNullable(body.phone()).ifPresent(p -> contacts.add(ContactPoint.phone(p)));
        List<ExternalId> ids = new ArrayList<>();
        Optional.ofNullable(body.externalIds()).orElse(Map.of()).forEach((source, value) -> ids.add(ExternalId.of(source, value)));
        CustomerUpdate profile = new CustomerUpdate(Optional.ofNullable(body.name()), ids, contacts, Optional.empty(),
                Optional.ofNullable(body.attributes()).orElse(Map.of()), Optional.empty());
        Customer created = register.register(new RegisterCustomerUseCase.Command(profile, Optional.empty()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().value()).build())
                .entity(CustomerJson.of(created)).build();
    }

    @GET
    @Path("{id}")
    public CustomerJson get(@PathParam("id") String id) {
        return find.byId(CustomerId.of(id)).map(CustomerJson::of).orElseThrow(() -> new CustomerNotFoundException(id));
    }

    @GET
    public CustomerJson.Page page(@QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("after") String after) {
        Page<Customer> page = list.list(new PageRequest(Optional.ofNullable(after), limit));
        return new CustomerJson.Page(page.items().stream().map(CustomerJson::of).toList(), page.nextCursor().orElse(null));
    }
}
