package org.opencrm.domain.lifecycle;

import java.util.Objects;

/** A churn signal's verdict with the reason shown in the lifecycle transition history. */
public record ChurnAssessment(ChurnStatus status, String reason) {

    public ChurnAssessment {
        Objects.requireNonNull(status, "'status' must not be null");
        Objects.requireNonNull(reason, "'reason' must not be null");
    }
}
