package org.opencrm.formats;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.money.Money;

/**
 * A customer as {@code crm customers show|list --format json} and {@code GET /customers/{id}} both write it.
 * {@code externalIds} lists every id in the {@code SOURCE:ID} notation that {@code --external-id} and
 * {@code ?externalId=} take: a customer may have several of one source, and each keeps resolving to them.
 * Absent contacts and cost are null; the cost is money as {@link MoneyJson} writes it.
 */
public record CustomerJson(String id, String name, String email, String phone, String address,
                           List<String> externalIds, Map<String, String> attributes, boolean emailConsent,
                           boolean phoneConsent, String acquisitionSource, Money acquisitionCost, Instant createdAt) {

    public static CustomerJson of(Customer c) {
        List<String> ids = c.externalIds().stream().map(Object::toString).toList();
        return new CustomerJson(c.id().value(), c.name(), c.email().orElse(null),
                c.contact(ContactPoint.Kind.PHONE).orElse(null), c.contact(ContactPoint.Kind.ADDRESS).orElse(null),
                ids, c.attributes(), c.consent().email(), c.consent().phone(), c.acquisition().name(),
                c.acquisition().cost().orElse(null), c.createdAt());
    }
}
