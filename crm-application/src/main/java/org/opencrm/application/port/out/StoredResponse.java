package org.opencrm.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a request sent with an idempotency key, as the store keeps it: status, the headers a client
 * acts on, and the JSON body.
 */
public record StoredResponse(String owner, String key, String fingerprint, int status, Optional<String> location,
                             Optional<String> etag, String body, Instant storedAt) {

    public StoredResponse {
        Objects.requireNonNull(owner, "'owner' must not be null");
        Objects.requireNonNull(key, "'key' must not be null");
        Objects.requireNonNull(fingerprint, "'fingerprint' must not be null");
        Objects.requireNonNull(location, "'location' must not be null");
        Objects.requireNonNull(etag, "'etag' must not be null");
        Objects.requireNonNull(body, "'body' must not be null");
        Objects.requireNonNull(storedAt, "'storedAt' must not be null");
        if (key.isEmpty() || key.length() > 255) {
            throw new IllegalArgumentException("an idempotency key has 1..255 characters");
        }
    }
}
