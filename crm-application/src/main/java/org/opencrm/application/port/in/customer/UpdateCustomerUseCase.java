package org.opencrm.application.port.in.customer;

import java.util.Objects;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.CustomerUpdate;
import org.opencrm.domain.customer.UpdatePolicy;

/** Driving port: merges changes into a stored customer profile. */
public interface UpdateCustomerUseCase {

    /** Refuses with {@code CustomerNotFoundException} or {@code DuplicateExternalIdException}. */
    Customer update(Command command);

    /** Which customer, what to merge, and whether given fields overwrite or only fill gaps. */
    record Command(CustomerId id, CustomerUpdate update, UpdatePolicy policy) {
        public Command {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(update, "'update' must not be null");
            Objects.requireNonNull(policy, "'policy' must not be null");
        }
    }
}
