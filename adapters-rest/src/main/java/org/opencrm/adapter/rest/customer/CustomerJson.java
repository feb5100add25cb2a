package org.opencrm.adapter.rest.customer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;

/**
 * A customer as the API shows it. {@code externalIds} lists every id in the {@code SOURCE:ID} notation that
 * {@code ?externalId=} takes: a customer may have several of one source, and each keeps resolving to them.
 */
public record CustomerJson(String id, String name, String email, String phone, List<String> externalIds,
                           Map<String, String> attributes, boolean emailConsent, boolean phoneConsent,
                           String acquisitionSource, Instant createdAt) {

    static CustomerJson of(Customer c) {
        List<String> ids = c.externalIds().stream().map(Object::toString).toList();
        return new CustomerJson(c.id().value(), c.name(), c.email().orElse(null),
                c.contact(ContactPoint.Kind.PHONE).orElse(null), ids, c.attributes(), c.consent().email(),
                c.consent().phone(), c.acquisition().name(), c.createdAt());
    }

    /** One page of customers and the cursor of the next, if any. */
    public record Page(List<CustomerJson> items, String nextCursor) {
    }
}
