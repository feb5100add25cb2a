package org.opencrm.adapter.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencrm.application.port.out.StoredResponse;
import org.opencrm.application.port.out.StoredResponseRepository;

/** Answers to idempotent requests in a map, by owner and key. */
final class MemoryStoredResponseRepository implements StoredResponseRepository {

    private final MemoryUnitOfWork unitOfWork;
    private final Map<List<String>, StoredResponse> responses = new HashMap<>();

    MemoryStoredResponseRepository(MemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Optional<StoredResponse> find(String owner, String key) {
        return unitOfWork.read(() -> Optional.ofNullable(responses.get(List.of(owner, key))));
    }

    @Override
    public boolean add(StoredResponse response) {
        List<String> id = List.of(response.owner(), response.key());
        return unitOfWork.inTransaction(() -> {
            if (responses.containsKey(id)) {
                return false;
            }
            unitOfWork.change(() -> responses.put(id, response), () -> responses.remove(id));
            return true;
        });
    }

    @Override
    public int removeStoredBefore(Instant cutoff) {
        return unitOfWork.inTransaction(() -> {
            List<StoredResponse> old = new ArrayList<>();
            responses.values().stream().filter(r -> r.storedAt().isBefore(cutoff)).forEach(old::add);
            for (StoredResponse r : old) {
                List<String> id = List.of(r.owner(), r.key());
                unitOfWork.change(() -> responses.remove(id), () -> responses.put(id, r));
            }
            return old.size();
        });
    }
}
