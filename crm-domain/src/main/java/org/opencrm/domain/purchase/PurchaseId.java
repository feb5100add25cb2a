package org.opencrm.domain.purchase;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity and idempotency key of a purchase: the source system's transaction id, or a generated UUID.
 *
 * <p>Recording the same id twice is one purchase, which is what makes re-imports safe.
 */
public record PurchaseId(String value) implements Comparable<PurchaseId> {

    public PurchaseId {
        Objects.requireNonNull(value, "'purchaseId' must not be null");
        value = value.strip();
        if (value.isEmpty() || value.length() > 128) {
            throw new IllegalArgumentException("'purchaseId' must be 1..128 characters: '" + value + "'");
        }
    }

    public static PurchaseId of(String value) {
        return new PurchaseId(value);
    }

    public static PurchaseId random() {
        return new PurchaseId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(PurchaseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
