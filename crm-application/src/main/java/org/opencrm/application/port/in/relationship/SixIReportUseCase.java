package org.opencrm.application.port.in.relationship;

/** Driving port: the 6I scorecard of the portfolio or of one customer, with the same query as quality. */
public interface SixIReportUseCase {

    /** @throws org.opencrm.application.error.CustomerNotFoundException for an unknown customer */
    SixIReport scorecard(QualityReportUseCase.Query query);
}
