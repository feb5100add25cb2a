package org.opencrm.application.port.in.complaint;

import java.time.LocalDate;
import java.util.Optional;

/** Driving port: the complaint report as of a date, today by default. */
public interface ComplaintReportUseCase {

    /** Over a saved segment's members only ({@code inSegment} empty: the whole base); unknown: FactNotFoundException. */
    ComplaintReport report(Optional<LocalDate> asOf, Optional<String> inSegment);

    /** Over the whole base. */
    default ComplaintReport report(Optional<LocalDate> asOf) {
        return report(asOf, Optional.empty());
    }
}
