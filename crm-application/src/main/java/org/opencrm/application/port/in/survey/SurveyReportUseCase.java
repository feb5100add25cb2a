package org.opencrm.application.port.in.survey;

import java.time.LocalDate;
import java.util.Optional;

/** Driving port: the survey report (NPS and the mean answers) as of a date, today by default. */
public interface SurveyReportUseCase {

    SurveyReport report(Optional<LocalDate> asOf);
}
