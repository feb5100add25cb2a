package org.opencrm.application.port.in.recommendation;

import java.time.LocalDate;
import java.util.Optional;
import org.opencrm.domain.recommendation.RuleSet;

/**
 * Driving port: the stored rule set mined as of the latest date on or before the one asked (default: today);
 * refused with {@code ReportNotComputableException} when none was mined by then.
 */
public interface AssociationRulesReportUseCase {

    RuleSet rules(Optional<LocalDate> asOf);
}
