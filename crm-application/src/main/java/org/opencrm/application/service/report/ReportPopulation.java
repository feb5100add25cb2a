package org.opencrm.application.service.report;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.opencrm.application.port.in.segment.SegmentMembersUseCase;
import org.opencrm.domain.customer.CustomerId;

/**
 * Whom a report counts: everyone, or a saved segment's members as of the report's date (its latest version).
 * Relative measures (RFM cut points, value terciles, loyalty cuts) stay those of the whole base, so a customer
 * has the same score, tier and class in a segment's report as in the base's; only the counting is restricted.
 */
public class ReportPopulation {

    // A provider: the segment service itself reads the RFM report's analysis.
    private final Provider<SegmentMembersUseCase> segments;

    @Inject
    public ReportPopulation(Provider<SegmentMembersUseCase> segments) {
        this.segments = Objects.requireNonNull(segments);
    }

    /** Reports without segments (the whole base only): what services built without one use. */
    public static ReportPopulation wholeBase() {
        return new ReportPopulation(() -> {
            throw new IllegalStateException("this report service was built without segments");
        });
    }

    /** Everyone when {@code segment} is empty; else its members as of {@code asOf} (unknown: FactNotFoundException). */
    public Predicate<CustomerId> of(Optional<String> segment, LocalDate asOf) {
        if (segment.isEmpty()) {
            return id -> true;
        }
        Set<CustomerId> members = new HashSet<>();
        segments.get().members(new SegmentMembersUseCase.Query(segment.get(), Optional.empty(), Optional.of(asOf)))
                .members().forEach(m -> members.add(m.customer().id()));
        return members::contains;
    }
}
