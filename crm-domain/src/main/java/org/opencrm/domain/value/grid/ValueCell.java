package org.opencrm.domain.value.grid;

import java.util.Objects;

/** A customer's cell in the 3×3 value grid: historical value tercile × potential value tercile. */
public record ValueCell(Tercile historical, Tercile potential) {

    public ValueCell {
        Objects.requireNonNull(historical, "'historical' must not be null");
        Objects.requireNonNull(potential, "'potential' must not be null");
    }
}
