package org.opencrm.application.port.in.acquisition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencrm.domain.acquisition.AcquisitionEconomics;

/**
 * Driving port: acquisition economics by source as of a date: customers registered by then, converted (a first
 * purchase by then), median days to convert, acquisition cost, cost per converted customer, mean CLV, CLV:CAC.
 */
public interface AcquisitionReportUseCase {

    AcquisitionReport report(Optional<LocalDate> asOf);

    /** The rows by source, the currency of their money, and why a part is missing (no fits: no CLV). */
    record AcquisitionReport(LocalDate asOf, String currency, List<AcquisitionEconomics.SourceRow> sources,
                             List<String> notes) {
        public AcquisitionReport {
            sources = List.copyOf(sources);
            notes = List.copyOf(notes);
        }
    }
}
