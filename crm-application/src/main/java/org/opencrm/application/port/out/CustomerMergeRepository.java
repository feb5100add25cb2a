package org.opencrm.application.port.out;

import java.util.List;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.identity.CustomerMerge;
import org.opencrm.domain.identity.MovedFacts;

/**
 * Driven port: merges two stored records of one person. Both calls run inside the merge's transaction, so a merge
 * cut off anywhere leaves the store as before it began.
 */
public interface CustomerMergeRepository {

    /**
     * Moves every purchase, interaction, complaint, follow-up, survey response and external id of {@code absorbed}
     * to {@code survivor} and removes the absorbed profile; counts what moved. Both must be stored customers, not
     * aliases; the caller has checked.
     */
    MovedFacts moveFacts(CustomerId absorbed, CustomerId survivor);

    /**
     * Writes the log entry and makes the absorbed id resolve to the survivor from now on, as do ids that resolved
     * to the absorbed one ({@link CustomerRepository#findById} follows them).
     */
    void record(CustomerMerge merge);

    /** The merges into this customer, oldest first. */
    List<CustomerMerge> findBySurvivor(CustomerId survivor);

    /** The whole log, oldest first (ties by absorbed id): what {@code crm migrate} copies. */
    List<CustomerMerge> findAll();
}
