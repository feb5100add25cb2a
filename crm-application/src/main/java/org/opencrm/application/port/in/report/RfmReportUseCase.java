package org.opencrm.application.port.in.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.value.rfm.RfmSegmentMap;
import org.opencrm.domain.value.rfm.RfmValues;

/** Driving port: the RFM report (docs/domain.md §4, §6): scores by quantiles of the base and segments as of a date. */
public interface RfmReportUseCase {

    RfmReport report(Query query);

    /** As-of date (default today), bins per dimension, the monetary measure, and the segment map. */
    record Query(Optional<LocalDate> asOf, int bins, RfmValues.Monetary monetary, RfmSegmentMap segments, Optional<String> inSegment) {
        public Query {
            Objects.requireNonNull(asOf, "'asOf' must not be null");
            if (bins < 2 || bins > 10) {
                throw new IllegalArgumentException("'bins' must be 2..10, got " + bins);
            }
            Objects.requireNonNull(monetary, "'monetary' must not be null");
            Objects.requireNonNull(segments, "'segments' must not be null");
            Objects.requireNonNull(inSegment, "'inSegment' must not be null");
        }

        /** Over the whole base (no {@code inSegment}: a saved segment whose members alone are counted). */
        public Query(Optional<LocalDate> asOf, int bins, RfmValues.Monetary monetary, RfmSegmentMap segments) {
            this(asOf, bins, monetary, segments, Optional.empty());
        }
    }
}
