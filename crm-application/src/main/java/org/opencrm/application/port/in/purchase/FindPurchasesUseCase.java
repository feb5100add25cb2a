package org.opencrm.application.port.in.purchase;

import java.util.List;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;

/** Driving port: a customer's purchases, oldest first. */
public interface FindPurchasesUseCase {

    /** Refuses with {@code CustomerNotFoundException} when there is no such customer. */
    List<Purchase> ofCustomer(CustomerId customer);

    /** One purchase of the customer; empty when there is none of that id or it is another customer's. */
    Optional<Purchase> ofCustomer(CustomerId customer, PurchaseId purchase);
}
