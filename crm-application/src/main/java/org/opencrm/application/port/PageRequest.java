package org.opencrm.application.port;

import java.util.Objects;
import java.util.Optional;

/** Keyset paging: up to {@code limit} items after the cursor, in the port's stable order. */
public record PageRequest(Optional<String> after, int limit) {

    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        Objects.requireNonNull(after, "'after' must not be null");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("'limit' must be 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(Optional.empty(), limit);
    }

    public static PageRequest after(String cursor, int limit) {
        return new PageRequest(Optional.of(cursor), limit);
    }
}
