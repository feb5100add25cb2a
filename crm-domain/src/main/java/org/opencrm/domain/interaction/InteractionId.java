package org.opencrm.domain.interaction;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity and idempotency key of an interaction: the source system's id (a ticket, a call record) or a
 * generated UUID. Recording the same id twice is one interaction.
 */
public record InteractionId(String value) implements Comparable<InteractionId> {

    public InteractionId {
        Objects.requireNonNull(value, "'interactionId' must not be null");
        value = value.strip();
        if (value.isEmpty() || value.length() > 128) {
            throw new IllegalArgumentException("'interactionId' must be 1..128 characters: '" + value + "'");
        }
    }

    public static InteractionId of(String value) {
        return new InteractionId(value);
    }

    public static InteractionId random() {
        return new InteractionId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(InteractionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
