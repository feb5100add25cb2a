package org.opencrm.application.service.purchase;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.port.in.purchase.FindPurchasesUseCase;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;

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
        return purchases.findByCustomer(customers.resolve(customer));
    }

    @Override
    public Optional<Purchase> ofCustomer(CustomerId customer, PurchaseId purchase) {
        // Another customer's purchase is as absent as a missing one: its id says nothing to this caller.
        Optional<CustomerId> owner = customers.findById(customer).map(Customer::id);
        return purchases.findById(purchase).filter(p -> owner.isPresent() && p.customerId().equals(owner.get()));
    }
}
