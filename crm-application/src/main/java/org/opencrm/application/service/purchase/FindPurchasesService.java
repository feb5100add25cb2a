package org.opencrm.application.service.purchase;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.in.purchase.FindPurchasesUseCase;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.Purchase;

/** Reads a known customer's purchases. */
public class FindPurchasesService implements FindPurchasesUseCase {

    private final CustomerRepository customers;
    private final PurchaseRepository purchases;

    @Inject
    public FindPurchasesService(CustomerRepository customers, PurchaseRepository purchases) {
        this.customers = Objects.requireNonNull(customers);
        this.purchases = Objects.requireNonNull(purchases);
    }

    @Override
    public List<Purchase> ofCustomer(CustomerId customer) {
        if (customers.findById(customer).isEmpty()) {
            throw new CustomerNotFoundException(customer.value());
        }
        return purchases.findByCustomer(customer);
    }
}
