package org.opencrm.application.port.in.customer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;

/** Driving port: one customer's profile with their standing in every report as of a date (default today). */
public interface CustomerProfileUseCase {

    CustomerProfile profile(Query query);

    /** The customer and the as-of date. */
    record Query(CustomerId customer, Optional<LocalDate> asOf) {
        public Query {
            Objects.requireNonNull(customer, "'customer' must not be null");
            Objects.requireNonNull(asOf, "'asOf' must not be null");
        }
    }
}
