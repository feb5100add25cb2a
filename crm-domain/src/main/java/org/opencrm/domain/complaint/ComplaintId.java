package org.opencrm.domain.complaint;

import java.util.Objects;
import java.util.UUID;

/** Identity and idempotency key of a complaint case: the ticket's id or a generated UUID. */
public record ComplaintId(String value) implements Comparable<ComplaintId> {

    public ComplaintId {
        Objects.requireNonNull(value, "'complaintId' must not be null");
        value = value.strip();
        if (value.isEmpty() || value.length() > 128) {
            throw new IllegalArgumentException("'complaintId' must be 1..128 characters: '" + value + "'");
        }
    }

    public static ComplaintId of(String value) {
        return new ComplaintId(value);
    }

    public static ComplaintId random() {
        return new ComplaintId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(ComplaintId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
