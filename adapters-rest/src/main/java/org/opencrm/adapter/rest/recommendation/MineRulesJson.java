package org.opencrm.adapter.rest.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /rules}: the date to mine up to and the thresholds (each optional). */
public record MineRulesJson(
        @Schema(description = "baskets up to this day, YYYY-MM-DD (default: today)") String asOf,
        @Schema(description = "least support, in (0, 1] (default 0.001)") Double minSupport,
        @Schema(description = "least confidence, in (0, 1] (default 0.10)") Double minConfidence,
        @Schema(description = "least lift, > 0 (default 1.2)") Double minLift) {
}
