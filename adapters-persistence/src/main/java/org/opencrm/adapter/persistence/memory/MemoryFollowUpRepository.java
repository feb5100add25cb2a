package org.opencrm.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.out.FollowUpRepository;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.domain.customer.CustomerId;

/** Follow-ups in a map by id, in id order. */
final class MemoryFollowUpRepository implements FollowUpRepository {

    private final MemoryUnitOfWork unitOfWork;
    private final MemoryCustomerRepository customers;
    private final Map<FollowUpId, FollowUp> followUps = new TreeMap<>();

    MemoryFollowUpRepository(MemoryUnitOfWork unitOfWork, MemoryCustomerRepository customers) {
        this.unitOfWork = unitOfWork;
        this.customers = customers;
    }

    @Override
    public boolean add(FollowUp followUp) {
        return unitOfWork.inTransaction(() -> {
            if (!customers.isStored(followUp.customerId())) {
                throw new CustomerNotFoundException(followUp.customerId().value());
            }
            if (followUps.containsKey(followUp.id())) {
                return false;
            }
            unitOfWork.change(() -> followUps.put(followUp.id(), followUp), () -> followUps.remove(followUp.id()));
            return true;
        });
    }

    @Override
    public void update(FollowUp followUp) {
        unitOfWork.run(() -> {
            FollowUp before = followUps.get(followUp.id());
            if (before == null) {
                throw new IllegalArgumentException("no follow-up " + followUp.id().value());
            }
            unitOfWork.change(() -> followUps.put(followUp.id(), followUp), () -> followUps.put(before.id(), before));
        });
    }

    @Override
    public Optional<FollowUp> findById(FollowUpId id) {
        return unitOfWork.read(() -> Optional.ofNullable(followUps.get(id)));
    }

    @Override
    public List<FollowUp> findByCustomer(CustomerId customer) {
        return unitOfWork.read(() -> followUps.values().stream().filter(c -> c.customerId().equals(customer))
                .sorted(Comparator.comparing(FollowUp::dueOn).thenComparing(FollowUp::id)).toList());
    }

    @Override
    public void forEachFollowUp(Consumer<FollowUp> sink) {
        unitOfWork.read(() -> List.copyOf(followUps.values())).forEach(sink);
    }

    @Override
    public long count() {
        return unitOfWork.read(() -> (long) followUps.size());
    }

    @Override
    public List<FollowUp> findAfter(Optional<FollowUpId> after, int limit) {
        return unitOfWork.read(() -> followUps.values().stream()
                .filter(c -> after.map(a -> c.id().compareTo(a) > 0).orElse(true)).limit(limit).toList());
    }

    /** Makes every followup of {@code from} one of {@code to}: a merge. */
    long reassign(CustomerId from, CustomerId to) {
        return MemoryFacts.reassign(unitOfWork, followUps, FollowUp::customerId, FollowUp::withCustomer, from, to);
    }
}
