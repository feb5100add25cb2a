package org.opencrm.application.port.in.customer;

import java.util.Objects;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.identity.CustomerMerge;

/**
 * Driving port: two records of one person become one. Everything the absorbed record owns moves to the survivor
 * in one transaction, empty profile fields are filled from it, and its id keeps resolving to the survivor.
 */
public interface MergeCustomersUseCase {

    /**
     * Refuses a customer merged into itself, an unknown customer, and a survivor or absorbed record that was itself
     * merged away; merging a pair again answers the first merge's log entry.
     */
    CustomerMerge merge(Command command);

    /** The record that stays and the one it absorbs. */
    record Command(CustomerId survivor, CustomerId absorbed) {
        public Command {
            Objects.requireNonNull(survivor, "'survivor' must not be null");
            Objects.requireNonNull(absorbed, "'absorbed' must not be null");
            if (survivor.equals(absorbed)) {
                throw new IllegalArgumentException("'absorbed' is the survivor itself (" + survivor.value()
                        + "): a customer cannot be merged into itself");
            }
        }
    }
}
