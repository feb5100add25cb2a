package org.opencrm.adapter.rest.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opencrm.adapter.rest.paging.Cursors;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.adapter.rest.media.Json;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.Page;
import org.opencrm.application.port.PageRequest;
import org.opencrm.application.port.in.customer.CustomerVersion;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.customer.ListCustomersUseCase;
import org.opencrm.application.port.in.customer.RegisterCustomerUseCase;
import org.opencrm.application.port.in.customer.UpdateCustomerUseCase;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.CustomerUpdate;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.UpdatePolicy;
import org.opencrm.formats.CustomerJson;
import org.opencrm.formats.Items;

/** {@code /customers}: register, read (with an ETag), update (If-Match) and page through customers. */
@Tag(name = "customers")
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerResource {

    private final RegisterCustomerUseCase register;
    private final UpdateCustomerUseCase update;
    private final FindCustomerUseCase find;
    private final ListCustomersUseCase list;
    private final IdempotencyKeys idempotency;

    public CustomerResource(RegisterCustomerUseCase register, UpdateCustomerUseCase update, FindCustomerUseCase find,
                            ListCustomersUseCase list, IdempotencyKeys idempotency) {
        this.register = Objects.requireNonNull(register);
        this.update = Objects.requireNonNull(update);
        this.find = Objects.requireNonNull(find);
        this.list = Objects.requireNonNull(list);
        this.idempotency = Objects.requireNonNull(idempotency);
    }

    @Operation(operationId = "createCustomer", summary = "Register a customer")
    @ApiResponse(responseCode = "201", description = "Registered; Location and ETag of the new customer",
            content = @Content(schema = @Schema(implementation = CustomerJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewCustomerJson body, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Context SecurityContext security) {
        if (body == null) {
            throw new IllegalArgumentException("'body' must be a JSON object with at least a name");
        }
        return idempotency.run(IdempotencyKeys.owner(security), idempotencyKey, IdempotencyKeys.fingerprint(body),
                IdempotentRequestUseCase.Mode.ONE_TRANSACTION, () -> {
            Customer created = register.register(new RegisterCustomerUseCase.Command(profile(body), Optional.empty()));
            // Relative: an absolute one would be built from the Host header, which the client chose.
            return withVersion(Response.created(URI.create("/customers/" + created.id().value())), created);
        });
    }

    @Operation(operationId = "getCustomer", summary = "Read a customer (with its ETag)")
    @ApiResponse(responseCode = "200", description = "The customer",
            content = @Content(schema = @Schema(implementation = CustomerJson.class)))
    @GET
    @Path("{customerId}")
    public Response get(@PathParam("customerId") String id) {
        Customer c = find.byId(CustomerId.of(id)).orElseThrow(() -> new CustomerNotFoundException(id));
        return withVersion(Response.ok(), c);
    }

    /**
     * Changes the fields the body gives. {@code If-Match} with the ETag of the version read is required: an
     * update made on an older version is refused with 412, so no one overwrites a change they have not seen.
     */
    @Operation(operationId = "updateCustomer", summary = "Change some fields of a customer (If-Match required)")
    @ApiResponse(responseCode = "200", description = "The updated customer and its new ETag",
            content = @Content(schema = @Schema(implementation = CustomerJson.class)))
    @PATCH
    @Path("{customerId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response patch(@PathParam("customerId") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A JSON merge patch "
                                  + "(RFC 7396): the fields to change; null clears email, phone or an attribute",
                                  content = @Content(schema = @Schema(implementation = NewCustomerJson.class)))
                          JsonNode patch) throws JsonProcessingException {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        if (patch == null || !patch.isObject()) {
            throw new IllegalArgumentException("'body' must be a JSON object with the fields to change");
        }
        // Merge-patch nulls mean "remove": taken out here, what remains is read as a customer's fields.
        ObjectNode given = ((ObjectNode) patch).deepCopy();
        Set<ContactPoint.Kind> clearedContacts = EnumSet.noneOf(ContactPoint.Kind.class);
        for (Map.Entry<String, ContactPoint.Kind> contact : Map.of("email", ContactPoint.Kind.EMAIL, "phone",
                ContactPoint.Kind.PHONE).entrySet()) {
            if (given.has(contact.getKey()) && given.get(contact.getKey()).isNull()) {
                clearedContacts.add(contact.getValue());
                given.remove(contact.getKey());
            }
        }
        if (given.has("name") && given.get("name").isNull()) {
            throw new IllegalArgumentException("'name' cannot be cleared: a customer has a name");
        }
        Set<String> clearedAttributes = new java.util.HashSet<>();
        if (given.get("attributes") instanceof ObjectNode attributes) {
            attributes.properties().removeIf(e -> e.getValue().isNull() && clearedAttributes.add(e.getKey()));
        }
        NewCustomerJson body = Json.MAPPER.treeToValue(given, NewCustomerJson.class);
        // "*" (RFC 9110 §13.1.1) matches any current version of a customer that exists: no version check.
        Optional<String> expected = ifMatch.strip().equals("*") ? Optional.empty()
                : Optional.of(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
        CustomerUpdate changes = profile(body);
        changes = new CustomerUpdate(changes.name(), changes.externalIds(), changes.contactPoints(), changes.consent(),
                changes.attributes(), changes.acquisition(), clearedContacts, clearedAttributes);
        Customer updated = update.update(new UpdateCustomerUseCase.Command(CustomerId.of(id), changes,
                UpdatePolicy.OVERWRITE, expected));
        return withVersion(Response.ok(), updated);
    }

    private static CustomerUpdate profile(NewCustomerJson body) {
        List<ContactPoint> contacts = new ArrayList<>();
        Optional.ofNullable(body.email()).ifPresent(e -> contacts.add(ContactPoint.email(e)));
        Optional.ofNullable(body.phone()).ifPresent(p -> contacts.add(ContactPoint.phone(p)));
        List<ExternalId> ids = new ArrayList<>();
        Optional.ofNullable(body.externalIds()).orElse(Map.of()).forEach((source, value) -> {
            if (value == null) {
                throw new IllegalArgumentException("'externalIds." + source + "' must not be null");
            }
            ids.add(ExternalId.of(source, value));
        });
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

    /**
     * A page of customers in id order (all, or those whose name contains {@code name}), or the customer with an external id ({@code source:value}, or a value of
     * the default source) or e-mail address (then a page of at most one, without a cursor).
     */
    @Operation(operationId = "listCustomers", summary = "Page through customers in id order (all, or those whose name contains "
            + "'name', ASCII case ignored), or find one by external id or e-mail")
    @GET
    public Items<CustomerJson> page(@QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("after") String after,
                                  @QueryParam("externalId") String externalId, @QueryParam("email") String email,
                                  @QueryParam("name") String name) {
        if ((externalId != null ? 1 : 0) + (email != null ? 1 : 0) + (name != null ? 1 : 0) > 1) {
            throw new IllegalArgumentException("'externalId', 'email' and 'name' are alternatives: give one");
        }
        if (name != null) {
            return json(find.byName(name, new PageRequest(Cursors.decode(after, "after"), limit)));
        }
        if (externalId != null || email != null) {
            if (after != null) {
                throw new IllegalArgumentException("'after' pages the whole list; a search by externalId or email has one page");
            }
            Optional<Customer> found = externalId != null ? find.byExternalId(externalId(externalId)) : find.byEmail(email);
            return Items.all(found.stream().map(CustomerJson::of).toList());
        }
        return json(list.list(new PageRequest(Cursors.decode(after, "after"), limit)));
    }

    private static Items<CustomerJson> json(Page<Customer> page) {
        return new Items<>(page.items().stream().map(CustomerJson::of).toList(),
                page.nextCursor().map(Cursors::encode).orElse(null));
    }

    private static ExternalId externalId(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? ExternalId.of(ExternalId.DEFAULT_SOURCE, text)
                : ExternalId.of(text.substring(0, colon), text.substring(colon + 1));
    }
}
