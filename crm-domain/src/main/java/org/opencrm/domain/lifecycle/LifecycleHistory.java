package org.opencrm.domain.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;

/** A customer's lifecycle as derived on a date: every transition in order, the last one being the current stage. */
public record LifecycleHistory(CustomerId customerId, LocalDate asOf, List<LifecycleTransition> transitions) {

    public LifecycleHistory {
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        Objects.requireNonNull(asOf, "'asOf' must not be null");
        transitions = List.copyOf(Objects.requireNonNull(transitions, "'transitions' must not be null"));
        if (transitions.isEmpty()) {
            throw new IllegalArgumentException("a lifecycle history has at least its first stage");
        }
        for (int i = 1; i < transitions.size(); i++) {
            if (transitions.get(i).on().isBefore(transitions.get(i - 1).on())) {
                throw new IllegalArgumentException("transitions must be in date order");
            }
        }
        if (transitions.get(transitions.size() - 1).on().isAfter(asOf)) {
            throw new IllegalArgumentException("a transition lies after the as-of date " + asOf);
        }
    }

    public LifecycleStage current() {
        return transitions.get(transitions.size() - 1).to();
    }

    /** The stage in force at the end of the day, or empty if the customer did not exist yet. */
    public Optional<LifecycleStage> stageOn(LocalDate day) {
        LifecycleStage stage = null;
        for (LifecycleTransition t : transitions) {
            if (t.on().isAfter(day)) {
                break;
            }
            stage = t.to();
        }
        return Optional.ofNullable(stage);
    }

    /** Transitions dated after {@code from} and on or before {@code to}. */
    public List<LifecycleTransition> between(LocalDate from, LocalDate to) {
        return transitions.stream().filter(t -> t.on().isAfter(from) && !t.on().isAfter(to)).toList();
    }
}
