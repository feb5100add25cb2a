package org.opencrm.application.port.in.interaction;

import java.util.List;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.Interaction;

/** Driving port: a customer's interactions, oldest first. */
public interface FindInteractionsUseCase {

    /** @throws org.opencrm.application.error.CustomerNotFoundException for an unknown customer */
    List<Interaction> ofCustomer(CustomerId customer);
}
