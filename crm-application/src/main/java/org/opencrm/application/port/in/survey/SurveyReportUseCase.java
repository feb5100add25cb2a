package org.opencrm.application.port.in.survey;

import java.time.LocalDate;
import java.util.Optional;

/** Driving port: the survey report (NPS and the mean answers) as of a date, today by default. */
public interface SurveyReportUseCase {

    /** Over a saved segment's members only ({@code inSegment} empty: the whole base); unknown: FactNotFoundException. */
    SurveyReport report(Optional<LocalDate> asOf, Optional<String> inSegment);

    /** Over the whole base. */
    default SurveyReport report(Optional<LocalDate> asOf) {
        return report(asOf, Optional.empty());
    }
}
