package org.opencrm.formats;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.opencrm.application.port.in.complaint.ComplaintStanding;
import org.opencrm.domain.complaint.Complaint;

/**
 * A complaint case as the API and {@code --format json} show it; in a listing also its standing on the as-of date
 * (tier, deadline, overdue). Absent fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintJson(String complaintId, String customerId,
                            @Schema(allowableValues = {"open", "in-progress", "resolved", "closed"}) String status,
                            Instant openedAt, String category,
                            @Schema(allowableValues = {"low", "medium", "high", "critical"}) String severity,
                            String summary, Instant updatedAt, Instant resolvedAt, String resolution, int reopened,
                            @Schema(description = "listings: the customer's tier on the as-of date, or untiered")
                            String tier,
                            @Schema(description = "listings: opening plus the tier's deadline") Instant dueBy,
                            @Schema(description = "listings: unresolved at the end of the as-of date") Boolean unresolved,
                            @Schema(description = "listings: unresolved past its deadline") Boolean overdue) {

    public static ComplaintJson of(Complaint c) {
        return new ComplaintJson(c.id().value(), c.customerId().value(), c.status().code(), c.openedAt(), c.category(),
                c.severity().code(), c.summary(), c.updatedAt(), c.resolvedAt().orElse(null),
                c.resolution().orElse(null), c.reopened(), null, null, null, null);
    }

    public static ComplaintJson of(ComplaintStanding s) {
        Complaint c = s.complaint();
        return new ComplaintJson(c.id().value(), c.customerId().value(), c.status().code(), c.openedAt(), c.category(),
                c.severity().code(), c.summary(), c.updatedAt(), c.resolvedAt().orElse(null),
                c.resolution().orElse(null), c.reopened(), s.tier().map(Enum::name).orElse("untiered"), s.dueBy(),
                s.unresolved(), s.overdue());
    }
}
