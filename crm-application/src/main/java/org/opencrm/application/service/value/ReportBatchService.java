package org.opencrm.application.service.value;

import java.util.function.Supplier;
import org.opencrm.application.port.in.report.RunReportBatchUseCase;

/** Runs a batch of reports sharing the valuations they ask for ({@link CustomerValuation#sharing}). */
public class ReportBatchService implements RunReportBatchUseCase {

    @Override
    public <T> T run(Supplier<T> reports) {
        return CustomerValuation.sharing(reports);
    }
}
