package org.opencrm.formats;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.opencrm.domain.segment.Segment;

/** A saved segment as {@code crm segments ... --format json} and the API show it. */
public record SegmentJson(String name, int version,
                          @Schema(description = "the condition, in the language of docs/domain.md, e.g. "
                                  + "spend(90d) > 100 and stage = at_risk") String expression,
                          Instant savedAt) {

    public static SegmentJson of(Segment s) {
        return new SegmentJson(s.name(), s.version(), s.expression(), s.savedAt());
    }
}
