package org.opencrm.application.port.in.importing;

import java.util.Objects;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.error.DuplicateExternalIdException;

/** A row an import refused: where it was, which field, and why. */
public record RejectedRow(SourcePosition position, String field, String reason) {

    public RejectedRow {
        Objects.requireNonNull(position, "'position' must not be null");
        Objects.requireNonNull(field, "'field' must not be null");
        Objects.requireNonNull(reason, "'reason' must not be null");
    }

    /**
     * The reject for a refusal: the field is the one the refusal names (invariant messages quote their field
     * first, as in "'amount' must not be negative"), "row" when it names none.
     */
    public static RejectedRow of(SourcePosition position, RuntimeException refusal) {
        return new RejectedRow(position, fieldOf(refusal), String.valueOf(refusal.getMessage()));
    }

    private static String fieldOf(RuntimeException e) {
        if (e instanceof DuplicateExternalIdException) {
            return "externalId";
        }
        if (e instanceof CustomerNotFoundException) {
            return "customer";
        }
        String message = String.valueOf(e.getMessage());
        int end = message.startsWith("'") ? message.indexOf('\'', 1) : -1;
        return end > 1 ? message.substring(1, end) : "row";
    }
}
