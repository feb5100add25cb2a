package org.opencrm.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer to a request sent with an idempotency key, as the store keeps it: opaque text the driving adapter
 * wrote (over HTTP: status, headers and body), replayed as it is.
 */
public record StoredResponse(String owner, String key, String fingerprint, String answer, Instant storedAt) {

    public StoredResponse {
        Objects.requireNonNull(owner, "'owner' must not be null");
        Objects.requireNonNull(key, "'key' must not be null");
        Objects.requireNonNull(fingerprint, "'fingerprint' must not be null");
        Objects.requireNonNull(answer, "'answer' must not be null");
        Objects.requireNonNull(storedAt, "'storedAt' must not be null");
        if (key.isEmpty() || key.length() > 255) {
            throw new IllegalArgumentException("an idempotency key has 1..255 characters");
        }
    }
}
