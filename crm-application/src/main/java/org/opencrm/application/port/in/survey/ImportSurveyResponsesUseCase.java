package org.opencrm.application.port.in.survey;

import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.domain.survey.SurveyAnswers;
import org.opencrm.domain.survey.SurveyResponseId;

/**
 * Driving port: imports survey responses in committed batches, with the purchase import's rules: the response id
 * is the idempotency key, bad rows (an answer out of its range, an unknown customer) are rejected one by one with
 * line and field, and a run cut off leaves whole batches only.
 */
public interface ImportSurveyResponsesUseCase {

    ImportSummary importResponses(Command command);

    /** The rows and the source system their customer ids belong to. */
    record Command(Iterator<ImportRow<ResponseRow>> rows, String customerSource, int batchSize,
                   ImportListener listener) {
        public Command {
            Objects.requireNonNull(rows, "'rows' must not be null");
            Objects.requireNonNull(customerSource, "'customerSource' must not be null");
            if (batchSize < 1) {
                throw new IllegalArgumentException("'batchSize' must be positive: " + batchSize);
            }
            Objects.requireNonNull(listener, "'listener' must not be null");
        }
    }

    /** One response as read from a file; the customer is named by their external id. */
    record ResponseRow(SurveyResponseId id, String customerExternalId, Instant answeredAt, SurveyAnswers answers) {
        public ResponseRow {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(customerExternalId, "'customerExternalId' must not be null");
            Objects.requireNonNull(answeredAt, "'answeredAt' must not be null");
            Objects.requireNonNull(answers, "'answers' must not be null");
        }
    }
}
