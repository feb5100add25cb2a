package org.opencrm.application.port.in.customer;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerUpdate;

/** Driving port: registers a new customer profile. */
public interface RegisterCustomerUseCase {

    /** Refuses with {@code DuplicateExternalIdException} if an external id belongs to someone else. */
    Customer register(Command command);

    /** The new profile (its name is required); {@code createdAt} defaults to now. */
    record Command(CustomerUpdate profile, Optional<Instant> createdAt) {
        public Command {
            Objects.requireNonNull(profile, "'profile' must not be null");
            if (profile.name().isEmpty()) {
                throw new IllegalArgumentException("'name' is required for a new customer");
            }
            Objects.requireNonNull(createdAt, "'createdAt' must not be null");
        }
    }
}
