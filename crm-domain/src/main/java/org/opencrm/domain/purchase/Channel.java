package org.opencrm.domain.purchase;

import java.util.Locale;
import java.util.Objects;

/** The sales channel a purchase came through (web, store, phone, ...), normalised to lower case. */
public record Channel(String name) {

    public static final Channel UNSPECIFIED = new Channel("unspecified");

    public Channel {
        Objects.requireNonNull(name, "'channel' must not be null");
        name = name.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > 64) {
            throw new IllegalArgumentException("'channel' must be 1..64 characters: '" + name + "'");
        }
    }

    public static Channel of(String name) {
        return name == null || name.isBlank() ? UNSPECIFIED : new Channel(name);
    }
}
