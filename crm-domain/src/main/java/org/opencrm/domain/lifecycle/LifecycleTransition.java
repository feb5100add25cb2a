package org.opencrm.domain.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A change of lifecycle stage: from (absent for the first), to, on which day, and why. */
public record LifecycleTransition(Optional<LifecycleStage> from, LifecycleStage to, LocalDate on, String reason) {

    public LifecycleTransition {
        Objects.requireNonNull(from, "'from' must not be null");
        Objects.requireNonNull(to, "'to' must not be null");
        Objects.requireNonNull(on, "'on' must not be null");
        Objects.requireNonNull(reason, "'reason' must not be null");
        if (from.isPresent() && from.get() == to) {
            throw new IllegalArgumentException("a transition must change the stage: " + to + " -> " + to);
        }
    }

    public static LifecycleTransition first(LifecycleStage to, LocalDate on, String reason) {
        return new LifecycleTransition(Optional.empty(), to, on, reason);
    }

    public static LifecycleTransition of(LifecycleStage from, LifecycleStage to, LocalDate on, String reason) {
        return new LifecycleTransition(Optional.of(from), to, on, reason);
    }
}
