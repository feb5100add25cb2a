package org.opencrm.application.port.out;

import java.util.List;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.interaction.InteractionId;

/** Driven port: interactions, idempotent by id, read back per customer in time order. */
public interface InteractionRepository {

    /** Stores the interaction unless its id is stored already; returns whether it was new. */
    boolean add(Interaction interaction);

    Optional<Interaction> findById(InteractionId id);

    /** A customer's interactions, oldest first (ties by id). */
    List<Interaction> findByCustomer(CustomerId customer);

    long count();

    /** Up to {@code limit} interactions in id order after {@code after} (from the first when empty). */
    List<Interaction> findAfter(Optional<InteractionId> after, int limit);
}
