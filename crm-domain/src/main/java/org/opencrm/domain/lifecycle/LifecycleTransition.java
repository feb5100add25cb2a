package org.opencrm.domain.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A change of lifecycle stage: from (absent for the first), to, on which day, and why.
 *
 * <p>The reason may be given as words to be written when asked for: a report derives every customer's
 * transitions and reads none of their reasons, and writing them (amounts, day counts) was a fifth of its work.
 */
public final class LifecycleTransition {

    private final Optional<LifecycleStage> from;
    private final LifecycleStage to;
    private final LocalDate on;
    private final Supplier<String> reason;

    public LifecycleTransition(Optional<LifecycleStage> from, LifecycleStage to, LocalDate on, String reason) {
        this(from, to, on, words(reason));
    }

    private LifecycleTransition(Optional<LifecycleStage> from, LifecycleStage to, LocalDate on,
                                Supplier<String> reason) {
        this.from = Objects.requireNonNull(from, "'from' must not be null");
        this.to = Objects.requireNonNull(to, "'to' must not be null");
        this.on = Objects.requireNonNull(on, "'on' must not be null");
        this.reason = Objects.requireNonNull(reason, "'reason' must not be null");
        if (from.isPresent() && from.get() == to) {
            throw new IllegalArgumentException("a transition must change the stage: " + to + " -> " + to);
        }
    }

    private static Supplier<String> words(String reason) {
        Objects.requireNonNull(reason, "'reason' must not be null");
        return () -> reason;
    }

    public static LifecycleTransition first(LifecycleStage to, LocalDate on, String reason) {
        return new LifecycleTransition(Optional.empty(), to, on, reason);
    }

    public static LifecycleTransition of(LifecycleStage from, LifecycleStage to, LocalDate on, String reason) {
        return new LifecycleTransition(Optional.of(from), to, on, reason);
    }

    /** A transition whose reason is written when asked for; {@code reason} must give the same words each time. */
    public static LifecycleTransition of(LifecycleStage from, LifecycleStage to, LocalDate on,
                                         Supplier<String> reason) {
        return new LifecycleTransition(Optional.of(from), to, on, reason);
    }

    public Optional<LifecycleStage> from() {
        return from;
    }

    public LifecycleStage to() {
        return to;
    }

    public LocalDate on() {
        return on;
    }

    /** Why; words given as a supplier are written on each read (they are only read for a customer's timeline). */
    public String reason() {
        return Objects.requireNonNull(reason.get(), "'reason' must not be null");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LifecycleTransition t && from.equals(t.from) && to == t.to && on.equals(t.on)
                && reason().equals(t.reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, on, reason());
    }

    @Override
    public String toString() {
        return "LifecycleTransition[from=" + from + ", to=" + to + ", on=" + on + ", reason=" + reason() + "]";
    }
}
