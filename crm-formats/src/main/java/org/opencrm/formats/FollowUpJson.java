package org.opencrm.formats;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.opencrm.domain.complaint.FollowUp;

/** A follow-up as the API and {@code --format json} show it; absent fields are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowUpJson(String followUpId, String customerId, LocalDate dueOn, String owner, String reason,
                           Instant createdAt, Instant doneAt) {

    public static FollowUpJson of(FollowUp f) {
        return new FollowUpJson(f.id().value(), f.customerId().value(), f.dueOn(), f.owner().orElse(null), f.reason(),
                f.createdAt(), f.doneAt().orElse(null));
    }
}
