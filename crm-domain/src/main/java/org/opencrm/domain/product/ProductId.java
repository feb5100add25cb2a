package org.opencrm.domain.product;

import java.util.Objects;

/** Identity of a product in the catalog (a SKU or the source system's product code). */
public record ProductId(String value) {

    public ProductId {
        Objects.requireNonNull(value, "'productId' must not be null");
        value = value.strip();
        if (value.isEmpty() || value.length() > 128) {
            throw new IllegalArgumentException("'productId' must be 1..128 characters: '" + value + "'");
        }
    }

    public static ProductId of(String value) {
        return new ProductId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
