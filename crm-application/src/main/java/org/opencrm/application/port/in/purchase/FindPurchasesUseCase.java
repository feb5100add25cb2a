package org.opencrm.application.port.in.purchase;

import java.util.List;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.Purchase;

/** Driving port: a customer's purchases, oldest first. */
public interface FindPurchasesUseCase {

    /** Refuses with {@code CustomerNotFoundException} when there is no such customer. */
    List<Purchase> ofCustomer(CustomerId customer);
}
