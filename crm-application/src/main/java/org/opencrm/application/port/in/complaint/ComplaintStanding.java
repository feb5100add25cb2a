package org.opencrm.application.port.in.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.value.grid.RelationshipTier;

/**
 * A case as of a date: the customer's tier then (absent without value fits), the deadline it sets, whether the
 * case was still unresolved at the end of that day and whether it was past its deadline.
 */
public record ComplaintStanding(Complaint complaint, Optional<RelationshipTier> tier, Duration sla, Instant dueBy,
                                boolean unresolved, boolean overdue) {
}
