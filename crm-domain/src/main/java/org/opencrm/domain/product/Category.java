package org.opencrm.domain.product;

import java.util.Objects;

/** A product category; buying into new categories is one sign of an expanding customer. */
public record Category(String name) {

    public Category {
        Objects.requireNonNull(name, "'category' must not be null");
        name = name.strip();
        if (name.isEmpty() || name.length() > 128) {
            throw new IllegalArgumentException("'category' must be 1..128 characters: '" + name + "'");
        }
        // Names are text for people; stores use control characters as separators.
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("'category' must not contain control characters: '" + name + "'");
        }
    }

    public static Category of(String name) {
        return new Category(name);
    }
}
