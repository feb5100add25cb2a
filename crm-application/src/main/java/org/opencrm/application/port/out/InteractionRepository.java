package org.opencrm.application.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.interaction.InteractionId;
import org.opencrm.domain.relationship.ContactTally;

/** Driven port: interactions, idempotent by id, read back per customer in time order. */
public interface InteractionRepository {

    /** Stores the interaction unless its id is stored already; returns whether it was new. */
    boolean add(Interaction interaction);

    /**
     * Stores the interactions whose ids are not stored yet (the first of several with one id wins) and returns
     * how many it stored; an unknown customer fails the call. The default adds them one by one.
     */
    default int addBatch(List<Interaction> batch) {
        int added = 0;
        for (Interaction interaction : batch) {
            if (add(interaction)) {
                added++;
            }
        }
        return added;
    }

    Optional<Interaction> findById(InteractionId id);

    /** The customer of each of the stored interactions among {@code ids}; unknown ids are absent. */
    default Map<InteractionId, CustomerId> customersOf(Collection<InteractionId> ids) {
        Map<InteractionId, CustomerId> owners = new HashMap<>();
        for (InteractionId id : ids) {
            findById(id).ifPresent(i -> owners.put(id, i.customerId()));
        }
        return owners;
    }

    /** A customer's interactions, oldest first (ties by id). */
    List<Interaction> findByCustomer(CustomerId customer);

    long count();

    /** Every one, in id order, a page at a time (the default reads {@link #findAfter} pages of 10,000). */
    default void forEachInteraction(Consumer<Interaction> sink) {
        KeyPages.forEach(after -> findAfter(after, 10_000), Interaction::id, 10_000, page -> page.forEach(sink));
    }

    /**
     * Each customer's contacts with {@code from <= occurredAt < to}, counted as the relationship measures read
     * them; a customer without one is absent. This default tallies the stream of every contact; a SQL store
     * counts in one grouped query.
     */
    default Map<CustomerId, ContactTally> tallies(Instant from, Instant to) {
        Map<CustomerId, List<Interaction>> inWindow = new HashMap<>();
        forEachInteraction(i -> {
            if (!i.occurredAt().isBefore(from) && i.occurredAt().isBefore(to)) {
                inWindow.computeIfAbsent(i.customerId(), c -> new ArrayList<>()).add(i);
            }
        });
        Map<CustomerId, ContactTally> tallies = new HashMap<>();
        inWindow.forEach((customer, contacts) -> tallies.put(customer, ContactTally.of(contacts)));
        return tallies;
    }

    /** Up to {@code limit} interactions in id order after {@code after} (from the first when empty). */
    List<Interaction> findAfter(Optional<InteractionId> after, int limit);
}
