package org.opencrm.application.port.in.customer;

import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.CustomerUpdate;
import org.opencrm.domain.customer.UpdatePolicy;

/** Driving port: merges changes into a stored customer profile. */
public interface UpdateCustomerUseCase {

    /** Refuses with {@code CustomerNotFoundException} or {@code DuplicateExternalIdException}. */
    Customer update(Command command);

    /** Which customer, what to merge, and whether given fields overwrite or only fill gaps. */
    /**
     * The customer, the fields to change, how, and optionally the {@link CustomerVersion} the change was made
     * on: when the stored customer is no longer that version, the update is refused and nothing changes.
     */
    record Command(CustomerId id, CustomerUpdate update, UpdatePolicy policy, Optional<String> expectedVersion) {
        public Command {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(update, "'update' must not be null");
            Objects.requireNonNull(policy, "'policy' must not be null");
            Objects.requireNonNull(expectedVersion, "'expectedVersion' must not be null");
        }
    }
}
