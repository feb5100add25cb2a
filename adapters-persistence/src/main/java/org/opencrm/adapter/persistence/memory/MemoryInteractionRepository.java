package org.opencrm.adapter.persistence.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.out.InteractionRepository;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.interaction.InteractionId;

/** Interactions in a map by id; a customer's are sorted when asked for (they are few). */
final class MemoryInteractionRepository implements InteractionRepository {

    private final MemoryUnitOfWork unitOfWork;
    private final MemoryCustomerRepository customers;
    private final Map<InteractionId, Interaction> interactions = new HashMap<>();

    MemoryInteractionRepository(MemoryUnitOfWork unitOfWork, MemoryCustomerRepository customers) {
        this.unitOfWork = unitOfWork;
        this.customers = customers;
    }

    @Override
    public boolean add(Interaction interaction) {
        return unitOfWork.inTransaction(() -> {
            if (!customers.isStored(interaction.customerId())) {
                throw new CustomerNotFoundException(interaction.customerId().value());
            }
            if (interactions.containsKey(interaction.id())) {
                return false;
            }
            unitOfWork.change(() -> interactions.put(interaction.id(), interaction),
                    () -> interactions.remove(interaction.id()));
            return true;
        });
    }

    @Override
    public int addBatch(List<Interaction> batch) {
        // All or nothing, like one SQL transaction.
        return unitOfWork.inTransaction(() -> InteractionRepository.super.addBatch(batch));
    }

    @Override
    public Optional<Interaction> findById(InteractionId id) {
        return unitOfWork.read(() -> Optional.ofNullable(interactions.get(id)));
    }

    @Override
    public List<Interaction> findByCustomer(CustomerId customer) {
        return unitOfWork.read(() -> interactions.values().stream().filter(i -> i.customerId().equals(customer))
                .sorted(Comparator.comparing(Interaction::occurredAt).thenComparing(Interaction::id)).toList());
    }

    @Override
    public long count() {
        return unitOfWork.read(() -> (long) interactions.size());
    }

    @Override
    public List<Interaction> findAfter(Optional<InteractionId> after, int limit) {
        return unitOfWork.read(() -> interactions.values().stream()
                .filter(i -> after.map(a -> i.id().compareTo(a) > 0).orElse(true))
                .sorted(Comparator.comparing(Interaction::id)).limit(limit).toList());
    }

    /** Makes every interaction of {@code from} one of {@code to}: a merge. */
    long reassign(CustomerId from, CustomerId to) {
        return MemoryFacts.reassign(unitOfWork, interactions, Interaction::customerId, Interaction::withCustomer, from, to);
    }
}
