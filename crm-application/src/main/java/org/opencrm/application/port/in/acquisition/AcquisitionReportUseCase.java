package org.opencrm.application.port.in.acquisition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencrm.domain.acquisition.AcquisitionEconomics;

/**
 * Driving port: acquisition economics by source and by campaign as of a date: customers registered by then, converted (a first
 * purchase by then), median days to convert, acquisition cost, cost per converted customer, mean CLV, CLV:CAC.
 */
public interface AcquisitionReportUseCase {

    /** Over a saved segment's members only ({@code inSegment}; empty: the whole base). */
    AcquisitionReport report(Optional<LocalDate> asOf, Optional<String> inSegment);

    /** Over the whole base. */
    default AcquisitionReport report(Optional<LocalDate> asOf) {
        return report(asOf, Optional.empty());
    }

    /**
     * The rows by source, and by campaign ("ID contacted", "ID control": the members who had not bought before
     * the start), the currency of their money, and why a part is missing (no fits: no CLV).
     */
    record AcquisitionReport(LocalDate asOf, String currency, List<AcquisitionEconomics.SourceRow> sources,
                             List<AcquisitionEconomics.SourceRow> campaigns, List<String> notes) {
        public AcquisitionReport {
            sources = List.copyOf(sources);
            campaigns = List.copyOf(campaigns);
            notes = List.copyOf(notes);
        }
    }
}
