package org.opencrm.application.port;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of items and the cursor of the next page, absent on the last one. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "'items' must not be null"));
        Objects.requireNonNull(nextCursor, "'nextCursor' must not be null");
    }
}
