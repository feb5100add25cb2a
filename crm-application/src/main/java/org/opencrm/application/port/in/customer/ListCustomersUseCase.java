package org.opencrm.application.port.in.customer;

import org.opencrm.application.port.Page;
import org.opencrm.application.port.PageRequest;
import org.opencrm.domain.customer.Customer;

/** Driving port: pages through all customers in id order. */
public interface ListCustomersUseCase {

    Page<Customer> list(PageRequest request);

    long count();
}
