package org.opencrm.application.port.in.segment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.segment.Segment;
import org.opencrm.domain.segment.SegmentFacts;

/**
 * Driving port: the customers who meet a segment's condition as of a date, each with the facts it was judged on
 * (the parts the condition reads; the rest empty). Customers registered after the date are not in the base.
 */
public interface SegmentMembersUseCase {

    Members members(Query query);

    /**
     * The members of a condition that is not saved (how an RFM segment's or a tier's members are listed:
     * {@code rfm_segment = 'Champions'}, {@code tier = strategic}); the answer names it segment
     * {@value #UNSAVED}, version 1.
     */
    Members evaluate(String expression, Optional<LocalDate> asOf);

    /** The name an unsaved condition's answer carries. */
    String UNSAVED = "unsaved";

    /** A segment by name (a version, or the latest), evaluated as of a date (default: today). */
    record Query(String name, Optional<Integer> version, Optional<LocalDate> asOf) {
        public Query {
            Objects.requireNonNull(name, "'name' must not be null");
            Objects.requireNonNull(version, "'version' must not be null");
            Objects.requireNonNull(asOf, "'asOf' must not be null");
        }
    }

    /** The members in customer-id order, out of how many customers, and why some parts were not computable. */
    record Members(Segment segment, LocalDate asOf, long base, List<SegmentFacts> members, List<String> notes) {
        public Members {
            members = List.copyOf(members);
            notes = List.copyOf(notes);
        }
    }
}
