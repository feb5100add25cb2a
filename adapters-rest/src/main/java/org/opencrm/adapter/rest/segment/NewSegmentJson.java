package org.opencrm.adapter.rest.segment;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /segments}: a name and the condition its members meet. */
public record NewSegmentJson(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "lower-case letters, digits, '-' and '_'")
        String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "the condition, e.g. spend(90d) > 100 and stage = at_risk and not tier = risk")
        String expression) {
}
