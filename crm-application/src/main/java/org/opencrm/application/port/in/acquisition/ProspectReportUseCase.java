package org.opencrm.application.port.in.acquisition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencrm.domain.acquisition.ProspectScoring;

/**
 * Driving port: prospects (customers without a purchase by the date) ranked by how much they look like the
 * strategic and major customers then ({@link ProspectScoring}), each with the features that weighed most.
 * Refused with {@code ReportNotComputableException} without value fits (no tiers to learn from).
 */
public interface ProspectReportUseCase {

    /** Prospects among a saved segment's members only ({@code inSegment}; empty: all), weights from the whole base. */
    ProspectReport report(Optional<LocalDate> asOf, int top, Optional<String> inSegment);

    /** Over the whole base. */
    default ProspectReport report(Optional<LocalDate> asOf, int top) {
        return report(asOf, top, Optional.empty());
    }

    /** The best-scoring prospects, out of how many, and the sizes of the two groups the weights came from. */
    record ProspectReport(LocalDate asOf, long prospects, long bestCustomers, long otherCustomers,
                          List<ProspectScoring.Scored> top) {
        public ProspectReport {
            top = List.copyOf(top);
        }
    }
}
