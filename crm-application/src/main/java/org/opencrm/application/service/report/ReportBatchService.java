package org.opencrm.application.service.report;

import java.util.function.Supplier;
import org.opencrm.application.port.in.report.RunReportBatchUseCase;
import org.opencrm.application.service.value.CustomerValuation;

/** Runs a batch of reports sharing the valuations they ask for ({@link CustomerValuation#sharing}). */
public class ReportBatchService implements RunReportBatchUseCase {

    @Override
    public <T> T run(Supplier<T> reports) {
        return CustomerValuation.sharing(reports);
    }
}
