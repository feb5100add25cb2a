package org.opencrm.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.out.ComplaintRepository;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.customer.CustomerId;

/** Complaint cases in a map by id, in id order. */
final class MemoryComplaintRepository implements ComplaintRepository {

    private final MemoryUnitOfWork unitOfWork;
    private final MemoryCustomerRepository customers;
    private final Map<ComplaintId, Complaint> complaints = new TreeMap<>();

    MemoryComplaintRepository(MemoryUnitOfWork unitOfWork, MemoryCustomerRepository customers) {
        this.unitOfWork = unitOfWork;
        this.customers = customers;
    }

    @Override
    public boolean add(Complaint complaint) {
        return unitOfWork.inTransaction(() -> {
            if (!customers.isStored(complaint.customerId())) {
                throw new CustomerNotFoundException(complaint.customerId().value());
            }
            if (complaints.containsKey(complaint.id())) {
                return false;
            }
            unitOfWork.change(() -> complaints.put(complaint.id(), complaint), () -> complaints.remove(complaint.id()));
            return true;
        });
    }

    @Override
    public void update(Complaint complaint) {
        unitOfWork.run(() -> {
            Complaint before = complaints.get(complaint.id());
            if (before == null) {
                throw new IllegalArgumentException("no complaint " + complaint.id().value());
            }
            unitOfWork.change(() -> complaints.put(complaint.id(), complaint), () -> complaints.put(before.id(), before));
        });
    }

    @Override
    public Optional<Complaint> findById(ComplaintId id) {
        return unitOfWork.read(() -> Optional.ofNullable(complaints.get(id)));
    }

    @Override
    public List<Complaint> findByCustomer(CustomerId customer) {
        return unitOfWork.read(() -> complaints.values().stream().filter(c -> c.customerId().equals(customer))
                .sorted(Comparator.comparing(Complaint::openedAt).thenComparing(Complaint::id)).toList());
    }

    @Override
    public void forEachComplaint(Consumer<Complaint> sink) {
        unitOfWork.read(() -> List.copyOf(complaints.values())).forEach(sink);
    }

    @Override
    public long count() {
        return unitOfWork.read(() -> (long) complaints.size());
    }

    @Override
    public List<Complaint> findAfter(Optional<ComplaintId> after, int limit) {
        return unitOfWork.read(() -> complaints.values().stream()
                .filter(c -> after.map(a -> c.id().compareTo(a) > 0).orElse(true)).limit(limit).toList());
    }

    /** Makes every complaint of {@code from} one of {@code to}: a merge. */
    long reassign(CustomerId from, CustomerId to) {
        return MemoryFacts.reassign(unitOfWork, complaints, Complaint::customerId, Complaint::withCustomer, from, to);
    }
}
