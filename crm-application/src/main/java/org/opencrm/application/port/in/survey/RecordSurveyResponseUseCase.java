package org.opencrm.application.port.in.survey;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.survey.SurveyAnswers;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.survey.SurveyResponseId;

/**
 * Driving port: records a customer's survey answers. The id is the idempotency key: the same response sent again
 * is answered with the stored one; other content under a known id is refused.
 */
public interface RecordSurveyResponseUseCase {

    Result record(Command command);

    /** The response to record; without an id one is generated, without a time it was answered now. */
    record Command(Optional<SurveyResponseId> id, CustomerId customerId, Optional<Instant> answeredAt,
                   SurveyAnswers answers) {
        public Command {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(customerId, "'customerId' must not be null");
            Objects.requireNonNull(answeredAt, "'answeredAt' must not be null");
            Objects.requireNonNull(answers, "'answers' must not be null");
        }
    }

    /** The stored response, and whether this call stored it (false: a replay of the same response). */
    record Result(SurveyResponse response, boolean created) {
    }
}
