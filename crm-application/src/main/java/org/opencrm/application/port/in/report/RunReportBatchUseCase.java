package org.opencrm.application.port.in.report;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Driving port: runs several reports as one batch (a report book), so that they share what they have in common
 * (the customers' valuation as of each date) instead of each computing it again. Nothing may be written inside.
 */
public interface RunReportBatchUseCase {

    <T> T run(Supplier<T> reports);

    /**
     * {@link #run(Supplier)} for a book of reports as of {@code asOf}: what they need of every customer as of that
     * date may be prepared once, up front.
     */
    default <T> T run(LocalDate asOf, Supplier<T> reports) {
        return run(reports);
    }
}
