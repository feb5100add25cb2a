package org.opencrm.domain.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.Text;
import org.opencrm.domain.time.TimeRange;

/**
 * A complaint handled as a case: when it was opened, its category and severity, where it stands, and once
 * resolved when and how. Each change of status makes a new value ({@link #moveTo}); a reopened case forgets its
 * earlier resolution and counts the reopening, so its resolution time runs from the first opening to the last
 * resolution.
 */
public record Complaint(ComplaintId id, CustomerId customerId, Instant openedAt, String category, Severity severity,
                        String summary, ComplaintStatus status, Instant updatedAt, Optional<Instant> resolvedAt,
                        Optional<String> resolution, int reopened) {

    public Complaint {
        Objects.requireNonNull(id, "'complaintId' must not be null");
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        openedAt = kept("openedAt", openedAt);
        category = Text.required("category", category, 64).toLowerCase(Locale.ROOT);
        Objects.requireNonNull(severity, "'severity' must not be null");
        summary = Text.required("summary", summary, 2_000);
        Objects.requireNonNull(status, "'status' must not be null");
        updatedAt = kept("updatedAt", updatedAt);
        Objects.requireNonNull(resolvedAt, "'resolvedAt' must not be null");
        resolvedAt = resolvedAt.map(r -> kept("resolvedAt", r));
        resolution = Objects.requireNonNull(resolution, "'resolution' must not be null")
                .map(r -> Text.required("resolution", r, 2_000));
        if (updatedAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("'updatedAt' must not be before 'openedAt'");
        }
        boolean resolved = status == ComplaintStatus.RESOLVED || status == ComplaintStatus.CLOSED;
        if (resolved != resolvedAt.isPresent()) {
            throw new IllegalArgumentException("'resolvedAt' is set exactly when a case is resolved or closed");
        }
        if (reopened < 0) {
            throw new IllegalArgumentException("'reopened' must not be negative");
        }
    }

    private static Instant kept(String field, Instant at) {
        return TimeRange.requireKept(field, Objects.requireNonNull(at, "'" + field + "' must not be null"))
                .truncatedTo(ChronoUnit.MILLIS);
    }

    /** A new case, open. */
    public static Complaint open(ComplaintId id, CustomerId customerId, Instant openedAt, String category,
                                 Severity severity, String summary) {
        return new Complaint(id, customerId, openedAt, category, severity, summary, ComplaintStatus.OPEN, openedAt,
                Optional.empty(), Optional.empty(), 0);
    }

    /**
     * The case moved to {@code next} at {@code at}; resolving needs a resolution. Refused (naming the field) for a
     * move the case's lifecycle does not allow or a time before the last change.
     */
    public Complaint moveTo(ComplaintStatus next, Instant at, Optional<String> resolutionText) {
        Objects.requireNonNull(next, "'status' must not be null");
        Objects.requireNonNull(at, "'at' must not be null");
        if (!status.next().contains(next)) {
            throw new IllegalArgumentException("'status' cannot go from " + status.code() + " to " + next.code()
                    + " (allowed: " + status.next().stream().map(ComplaintStatus::code).sorted().toList() + ")");
        }
        if (at.isBefore(updatedAt)) {
            throw new IllegalArgumentException("'at' " + at + " is before the case's last change " + updatedAt);
        }
        return switch (next) {
            case IN_PROGRESS -> new Complaint(id, customerId, openedAt, category, severity, summary, next, at,
                    Optional.empty(), Optional.empty(), reopened);
            case RESOLVED -> new Complaint(id, customerId, openedAt, category, severity, summary, next, at,
                    Optional.of(at), Optional.of(resolutionText.orElseThrow(() -> new IllegalArgumentException(
                    "'resolution' is required to resolve a case"))), reopened);
            case CLOSED -> new Complaint(id, customerId, openedAt, category, severity, summary, next, at, resolvedAt,
                    resolutionText.or(() -> resolution), reopened);
            case OPEN -> new Complaint(id, customerId, openedAt, category, severity, summary, next, at,
                    Optional.empty(), Optional.empty(), reopened + 1);
        };
    }

    /** How long the case took to resolve (opening to resolution); empty while unresolved. */
    public Optional<Duration> resolutionTime() {
        return resolvedAt.map(r -> Duration.between(openedAt, r));
    }

    /**
     * Whether the case was open at the instant {@code end}: opened before it and not resolved before it (a report
     * as of a day passes the start of the next day, so no later fact counts).
     */
    public boolean isUnresolvedAt(Instant end) {
        return openedAt.isBefore(end) && resolvedAt.map(r -> !r.isBefore(end)).orElse(true);
    }

    /** Whether the case is unresolved as of {@code now} past its deadline {@code sla} after opening. */
    public boolean isOverdue(Duration sla, Instant now) {
        return status.isUnresolved() && now.isAfter(openedAt.plus(sla));
    }

    /** This complaint as another customer's: how a merge moves it to the survivor. */
    public Complaint withCustomer(CustomerId customer) {
        return new Complaint(id, customer, openedAt, category, severity, summary, status, updatedAt, resolvedAt,
                resolution, reopened);
    }
}
