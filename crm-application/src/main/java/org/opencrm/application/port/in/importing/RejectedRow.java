package org.opencrm.application.port.in.importing;

import java.util.Objects;

/** A row an import refused: where it was, which field, and why. */
public record RejectedRow(SourcePosition position, String field, String reason) {

    public RejectedRow {
        Objects.requireNonNull(position, "'position' must not be null");
        Objects.requireNonNull(field, "'field' must not be null");
        Objects.requireNonNull(reason, "'reason' must not be null");
    }
}
