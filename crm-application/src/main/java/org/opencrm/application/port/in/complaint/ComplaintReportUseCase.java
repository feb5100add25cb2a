package org.opencrm.application.port.in.complaint;

import java.time.LocalDate;
import java.util.Optional;

/** Driving port: the complaint report as of a date, today by default. */
public interface ComplaintReportUseCase {

    ComplaintReport report(Optional<LocalDate> asOf);
}
