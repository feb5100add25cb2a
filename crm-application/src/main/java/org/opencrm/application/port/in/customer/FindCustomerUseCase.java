package org.opencrm.application.port.in.customer;

import java.util.Optional;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;

/** Driving port: looks a customer up by id, by external id, or by e-mail. */
public interface FindCustomerUseCase {

    Optional<Customer> byId(CustomerId id);

    Optional<Customer> byExternalId(ExternalId externalId);

    Optional<Customer> byEmail(String email);
}
