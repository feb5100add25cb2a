package org.opencrm.application.port.out;

import java.util.List;
import java.util.Optional;
import org.opencrm.domain.access.ApiKey;
import org.opencrm.domain.access.ApiKeyId;

/** Driven port: the API keys, stored with the hash of their secret only. Saving a stored id replaces it. */
public interface ApiKeyRepository {

    void save(ApiKey key);

    Optional<ApiKey> findById(ApiKeyId id);

    /** Every key, revoked ones included, oldest first (ties by id). */
    List<ApiKey> findAll();
}
