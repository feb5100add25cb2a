package org.opencrm.formats;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.OptionalInt;
import org.opencrm.domain.survey.SurveyAnswers;
import org.opencrm.domain.survey.SurveyResponse;

/** A survey response as the API and {@code --format json} show it; a question left unanswered is left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyResponseJson(String responseId, String customerId, Instant answeredAt,
                                 @Schema(description = "1-5") Integer satisfaction,
                                 @Schema(description = "likelihood to recommend, 0-10") Integer recommend,
                                 @Schema(description = "1-5") Integer repurchaseIntention,
                                 @Schema(description = "1-5") Integer trust,
                                 @Schema(description = "commitment, belonging: 1-5") Integer commitment,
                                 @Schema(description = "1-5") Integer involvement,
                                 @Schema(description = "other providers the customer also buys from") Integer otherProviders) {

    public static SurveyResponseJson of(SurveyResponse r) {
        SurveyAnswers a = r.answers();
        return new SurveyResponseJson(r.id().value(), r.customerId().value(), r.answeredAt(), value(a.satisfaction()),
                value(a.recommend()), value(a.repurchaseIntention()), value(a.trust()), value(a.commitment()),
                value(a.involvement()), value(a.otherProviders()));
    }

    /** The answers of a request or file, each absent when null. */
    public static SurveyAnswers answers(Integer satisfaction, Integer recommend, Integer repurchaseIntention,
                                        Integer trust, Integer commitment, Integer involvement, Integer otherProviders) {
        return new SurveyAnswers(optional(satisfaction), optional(recommend), optional(repurchaseIntention),
                optional(trust), optional(commitment), optional(involvement), optional(otherProviders));
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static Integer value(OptionalInt answer) {
        return answer.isPresent() ? answer.getAsInt() : null;
    }
}
