package org.opencrm.application.port.in.recommendation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Driving port: the next best actions of every member of a saved segment (or of every customer, segment
 * {@value #ALL}) as of a date, in customer-id order.
 */
public interface SegmentNextBestActionsUseCase {

    /** The segment name that stands for every customer registered by the date. */
    String ALL = "all";

    Plan plan(Query query);

    /** A segment by name (its latest version) as of a date (default: today). */
    record Query(String segment, Optional<LocalDate> asOf) {
        public Query {
            Objects.requireNonNull(segment, "'segment' must not be null");
            Objects.requireNonNull(asOf, "'asOf' must not be null");
        }
    }
}
