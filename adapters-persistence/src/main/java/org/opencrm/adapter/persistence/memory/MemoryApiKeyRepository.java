package org.opencrm.adapter.persistence.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencrm.application.port.out.ApiKeyRepository;
import org.opencrm.domain.access.ApiKey;
import org.opencrm.domain.access.ApiKeyId;

/** API keys in a map. */
final class MemoryApiKeyRepository implements ApiKeyRepository {

    private final MemoryUnitOfWork unitOfWork;
    private final Map<ApiKeyId, ApiKey> keys = new HashMap<>();

    MemoryApiKeyRepository(MemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void save(ApiKey key) {
        unitOfWork.run(() -> {
            ApiKey before = keys.get(key.id());
            unitOfWork.change(() -> keys.put(key.id(), key),
                    before == null ? () -> keys.remove(key.id()) : () -> keys.put(key.id(), before));
        });
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return unitOfWork.read(() -> Optional.ofNullable(keys.get(id)));
    }

    @Override
    public List<ApiKey> findAll() {
        return unitOfWork.read(() -> keys.values().stream()
                .sorted(Comparator.comparing(ApiKey::createdAt).thenComparing(k -> k.id().value())).toList());
    }
}
