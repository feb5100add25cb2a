package org.opencrm.domain.survey;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.time.TimeRange;

/** One customer's answers to a satisfaction survey, at the time they gave them. */
public record SurveyResponse(SurveyResponseId id, CustomerId customerId, Instant answeredAt, SurveyAnswers answers) {

    public SurveyResponse {
        Objects.requireNonNull(id, "'responseId' must not be null");
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        // Stores keep milliseconds: what is kept is what was given.
        answeredAt = TimeRange.requireKept("answeredAt", Objects.requireNonNull(answeredAt,
                "'answeredAt' must not be null")).truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(answers, "'answers' must not be null");
    }

    /** This response as another customer's: how a merge moves it to the survivor. */
    public SurveyResponse withCustomer(CustomerId customer) {
        return new SurveyResponse(id, customer, answeredAt, answers);
    }
}
