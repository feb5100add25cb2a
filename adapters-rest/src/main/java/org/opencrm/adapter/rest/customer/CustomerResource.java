package org.opencrm.adapter.rest.customer;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.opencrm.application.port.in.customer.CustomerVersion;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.customer.ListCustomersUseCase;
import org.opencrm.application.port.in.customer.RegisterCustomerUseCase;
import org.opencrm.application.port.in.customer.UpdateCustomerUseCase;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.CustomerUpdate;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.UpdatePolicy;

/** {@code /customers}: register, read (with an ETag), update (If-Match) and page through customers. */
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerResource {

    private final RegisterCustomerUseCase register;
    private final UpdateCustomerUseCase update;
    private final FindCustomerUseCase find;
    private final ListCustomersUseCase list;

    public CustomerResource(RegisterCustomerUseCase register, UpdateCustomerUseCase update, FindCustomerUseCase find,
                            ListCustomersUseCase list) {
        this.register = Objects.requireNonNull(register);
        this.update = Objects.requireNonNull(update);
        this.find = Objects.requireNonNull(find);
        this.list = Objects.requireNonNull(list);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewCustomerJson body, @jakarta.ws.rs.core.Context UriInfo uri) {
        if (body == null) {
            throw new IllegalArgumentException("'body' must be a JSON object with at least a name");
        }
        Customer created = register.register(new RegisterCustomerUseCase.Command(profile(body), Optional.empty()));
        return withVersion(Response.created(uri.getAbsolutePathBuilder().path(created.id().value()).build()), created);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Customer c = find.byId(CustomerId.of(id)).orElseThrow(() -> new CustomerNotFoundException(id));
        return withVersion(Response.ok(), c);
    }

    /**
     * Changes the fields the body gives. {@code If-Match} with the ETag of the version read is required: an
     * update made on an older version is refused with 412, so no one overwrites a change they have not seen.
     */
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          NewCustomerJson body) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        if (body == null) {
            throw new IllegalArgumentException("'body' must be a JSON object with the fields to change");
        }
        String expected = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        Customer updated = update.update(new UpdateCustomerUseCase.Command(CustomerId.of(id), profile(body),
                UpdatePolicy.OVERWRITE, Optional.of(expected)));
        return withVersion(Response.ok(), updated);
    }

    private static CustomerUpdate profile(NewCustomerJson body) {
        List<ContactPoint> contacts = new ArrayList<>();
        Optional.ofNullable(body.email()).ifPresent(e -> contacts.add(ContactPoint.email(e)));
        Optional.ofNullable(body.phone()).ifPresent(p -> contacts.add(ContactPoint.phone(p)));
        List<ExternalId> ids = new ArrayList<>();
        Optional.ofNullable(body.externalIds()).orElse(Map.of())
                .forEach((source, value) -> ids.add(ExternalId.of(source, value)));
        return new CustomerUpdate(Optional.ofNullable(body.name()), ids, contacts, Optional.empty(),
                Optional.ofNullable(body.attributes()).orElse(Map.of()), Optional.empty());
    }

    private static Response withVersion(Response.ResponseBuilder response, Customer c) {
        return response.tag(new EntityTag(CustomerVersion.of(c))).entity(CustomerJson.of(c)).build();
    }

    /** 428: updates must say which version they were made on. */
    public static final class PreconditionRequiredException extends jakarta.ws.rs.ClientErrorException {
        private static final long serialVersionUID = 1L;

        PreconditionRequiredException() {
            super("If-Match with the ETag of the version the change was made on is required", 428);
        }
    }

    @GET
    public CustomerJson.Page page(@QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("after") String after) {
        Page<Customer> page = list.list(new PageRequest(Optional.ofNullable(after), limit));
        return new CustomerJson.Page(page.items().stream().map(CustomerJson::of).toList(), page.nextCursor().orElse(null));
    }
}
