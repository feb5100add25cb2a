package org.opencrm.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** Driven port: the answers to requests sent with an idempotency key, one per (owner, key). */
public interface StoredResponseRepository {

    Optional<StoredResponse> find(String owner, String key);

    /** Stores the answer unless one is stored for its (owner, key) already; {@code false} then. */
    boolean add(StoredResponse response);

    /** Forgets the answers stored before {@code cutoff}; returns how many. */
    int removeStoredBefore(Instant cutoff);
}
