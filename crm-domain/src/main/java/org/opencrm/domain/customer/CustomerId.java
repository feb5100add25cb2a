package org.opencrm.domain.customer;

import java.util.Objects;
import java.util.UUID;

/** Identity of a customer inside the CRM, independent of any source system's id. */
public record CustomerId(String value) implements Comparable<CustomerId> {

    public CustomerId {
        Objects.requireNonNull(value, "'customerId' must not be null");
        value = value.strip();
        if (value.isEmpty() || value.length() > 64) {
            throw new IllegalArgumentException("'customerId' must be 1..64 characters: '" + value + "'");
        }
    }

    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    public static CustomerId random() {
        return new CustomerId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(CustomerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
