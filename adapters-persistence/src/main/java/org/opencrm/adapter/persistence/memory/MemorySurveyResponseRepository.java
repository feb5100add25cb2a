package org.opencrm.adapter.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.out.SurveyResponseRepository;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.survey.SurveyResponseId;

/** Survey responses in a map by id; per-customer views are computed when asked for. */
final class MemorySurveyResponseRepository implements SurveyResponseRepository {

    private static final Comparator<SurveyResponse> IN_TIME = Comparator.comparing(SurveyResponse::answeredAt)
            .thenComparing(SurveyResponse::id);

    private final MemoryUnitOfWork unitOfWork;
    private final MemoryCustomerRepository customers;
    private final Map<SurveyResponseId, SurveyResponse> responses = new HashMap<>();

    MemorySurveyResponseRepository(MemoryUnitOfWork unitOfWork, MemoryCustomerRepository customers) {
        this.unitOfWork = unitOfWork;
        this.customers = customers;
    }

    @Override
    public boolean add(SurveyResponse response) {
        return unitOfWork.inTransaction(() -> {
            if (!customers.isStored(response.customerId())) {
                throw new CustomerNotFoundException(response.customerId().value());
            }
            if (responses.containsKey(response.id())) {
                return false;
            }
            unitOfWork.change(() -> responses.put(response.id(), response), () -> responses.remove(response.id()));
            return true;
        });
    }

    @Override
    public int addBatch(List<SurveyResponse> batch) {
        return unitOfWork.inTransaction(() -> SurveyResponseRepository.super.addBatch(batch));
    }

    @Override
    public Optional<SurveyResponse> findById(SurveyResponseId id) {
        return unitOfWork.read(() -> Optional.ofNullable(responses.get(id)));
    }

    @Override
    public List<SurveyResponse> findByCustomer(CustomerId customer) {
        return unitOfWork.read(() -> responses.values().stream().filter(r -> r.customerId().equals(customer))
                .sorted(IN_TIME).toList());
    }

    @Override
    public List<SurveyResponse> latestPerCustomer(Instant before) {
        return unitOfWork.read(() -> {
            Map<CustomerId, SurveyResponse> latest = new TreeMap<>();
            for (SurveyResponse r : responses.values()) {
                if (r.answeredAt().isBefore(before)) {
                    latest.merge(r.customerId(), r, (a, b) -> IN_TIME.compare(a, b) >= 0 ? a : b);
                }
            }
            return List.copyOf(latest.values());
        });
    }

    @Override
    public long count() {
        return unitOfWork.read(() -> (long) responses.size());
    }

    @Override
    public List<SurveyResponse> findAfter(Optional<SurveyResponseId> after, int limit) {
        return unitOfWork.read(() -> responses.values().stream()
                .filter(r -> after.map(a -> r.id().compareTo(a) > 0).orElse(true))
                .sorted(Comparator.comparing(SurveyResponse::id)).limit(limit).toList());
    }

    /** Makes every survey response of {@code from} one of {@code to}: a merge. */
    long reassign(CustomerId from, CustomerId to) {
        return MemoryFacts.reassign(unitOfWork, responses, SurveyResponse::customerId, SurveyResponse::withCustomer, from, to);
    }
}
