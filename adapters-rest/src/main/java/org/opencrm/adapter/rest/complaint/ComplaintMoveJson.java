package org.opencrm.adapter.rest.complaint;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** The body of {@code POST /complaints/{id}/status}: where the case moves, when (default now), and how resolved. */
public record ComplaintMoveJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                        allowableValues = {"open", "in-progress", "resolved", "closed"}) String status,
                                Instant at,
                                @Schema(description = "required to resolve") String resolution) {
}
