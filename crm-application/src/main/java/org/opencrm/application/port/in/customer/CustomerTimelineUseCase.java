package org.opencrm.application.port.in.customer;

import java.time.LocalDate;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;

/** Driving port: one customer's timeline of registration, purchases and lifecycle stage changes. */
public interface CustomerTimelineUseCase {

    /**
     * The timeline up to and including {@code asOf} (default: today in the report zone); refuses with
     * {@code CustomerNotFoundException} when there is no such customer.
     */
    CustomerTimeline timeline(CustomerId customer, Optional<LocalDate> asOf);
}
