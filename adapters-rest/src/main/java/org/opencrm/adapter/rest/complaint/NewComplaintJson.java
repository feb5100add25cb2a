package org.opencrm.adapter.rest.complaint;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** The body of {@code POST /customers/{id}/complaints}: {@code complaintId} is the idempotency key. */
public record NewComplaintJson(String complaintId, Instant openedAt,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String category,
                               @Schema(allowableValues = {"low", "medium", "high", "critical"},
                                       description = "default medium") String severity,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String summary) {
}
