package org.opencrm.domain.complaint;

import java.util.Objects;
import java.util.UUID;

/** Identity of a follow-up; the ones the system schedules have ids derived from their cause, so never twice. */
public record FollowUpId(String value) implements Comparable<FollowUpId> {

    public FollowUpId {
        Objects.requireNonNull(value, "'followUpId' must not be null");
        value = value.strip();
        if (value.isEmpty() || value.length() > 160) {
            throw new IllegalArgumentException("'followUpId' must be 1..160 characters: '" + value + "'");
        }
    }

    public static FollowUpId of(String value) {
        return new FollowUpId(value);
    }

    public static FollowUpId random() {
        return new FollowUpId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(FollowUpId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
