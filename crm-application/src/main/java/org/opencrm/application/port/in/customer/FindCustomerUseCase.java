package org.opencrm.application.port.in.customer;

import java.util.Optional;
import org.opencrm.application.port.Page;
import org.opencrm.application.port.PageRequest;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;

/** Driving port: looks a customer up by id, by external id, or by e-mail, or customers up by name. */
public interface FindCustomerUseCase {

    Optional<Customer> byId(CustomerId id);

    Optional<Customer> byExternalId(ExternalId externalId);

    Optional<Customer> byEmail(String email);

    /** Customers whose name contains {@code text} (ASCII case ignored), a page at a time in id order. */
    Page<Customer> byName(String text, PageRequest page);
}
