package org.opencrm.domain.access;

import java.util.Objects;

/** The public half of an API key: names it in listings and logs, and finds its stored hash. */
public record ApiKeyId(String value) {

    public ApiKeyId {
        Objects.requireNonNull(value, "'keyId' must not be null");
        if (!value.matches("[a-z0-9]{8,32}")) {
            throw new IllegalArgumentException("'keyId' must be 8..32 lower-case letters or digits: '" + value + "'");
        }
    }

    public static ApiKeyId of(String value) {
        return new ApiKeyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
