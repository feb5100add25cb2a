package org.opencrm.application.port.in.survey;

import java.util.List;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.survey.SurveyResponse;

/** Driving port: a customer's survey responses, oldest first. */
public interface FindSurveyResponsesUseCase {

    /** @throws org.opencrm.application.error.CustomerNotFoundException for an unknown customer */
    List<SurveyResponse> ofCustomer(CustomerId customer);
}
