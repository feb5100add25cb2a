package org.opencrm.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencrm.application.port.out.CustomerMergeRepository;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.identity.CustomerMerge;
import org.opencrm.domain.identity.MovedFacts;

/** Merges over the other in-memory repositories, the log in a list; undone with the transaction like them. */
final class MemoryCustomerMergeRepository implements CustomerMergeRepository {

    private static final Comparator<CustomerMerge> OLDEST_FIRST = Comparator.comparing(CustomerMerge::mergedAt)
            .thenComparing(m -> m.absorbed().value());

    private final MemoryUnitOfWork unitOfWork;
    private final MemoryStorage storage;
    private final List<CustomerMerge> log = new ArrayList<>();

    MemoryCustomerMergeRepository(MemoryUnitOfWork unitOfWork, MemoryStorage storage) {
        this.unitOfWork = unitOfWork;
        this.storage = storage;
    }

    @Override
    public MovedFacts moveFacts(CustomerId absorbed, CustomerId survivor) {
        return unitOfWork.inTransaction(() -> {
            long purchases = storage.memoryPurchases().reassign(absorbed, survivor);
            long interactions = storage.memoryInteractions().reassign(absorbed, survivor);
            long complaints = storage.memoryComplaints().reassign(absorbed, survivor);
            long followUps = storage.memoryFollowUps().reassign(absorbed, survivor);
            long responses = storage.memorySurveyResponses().reassign(absorbed, survivor);
            long externalIds = storage.memoryCustomers().absorb(absorbed, survivor);
            long campaigns = storage.memoryCampaigns().reassign(absorbed, survivor);
            return new MovedFacts(purchases, interactions, complaints, followUps, responses, externalIds, campaigns);
        });
    }

    @Override
    public void record(CustomerMerge merge) {
        unitOfWork.run(() -> {
            storage.memoryCustomers().alias(merge.absorbed(), merge.survivor());
            unitOfWork.change(() -> log.add(merge), () -> log.remove(log.size() - 1));
        });
    }

    @Override
    public List<CustomerMerge> findBySurvivor(CustomerId survivor) {
        return unitOfWork.read(() -> log.stream().filter(m -> m.survivor().equals(survivor)).sorted(OLDEST_FIRST)
                .toList());
    }

    @Override
    public List<CustomerMerge> findAll() {
        return unitOfWork.read(() -> log.stream().sorted(OLDEST_FIRST).toList());
    }
}
