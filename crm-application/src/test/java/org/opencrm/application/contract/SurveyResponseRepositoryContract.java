package org.opencrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.fixtures.TestCustomers;
import org.opencrm.domain.survey.SurveyAnswers;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.survey.SurveyResponseId;

/** Contract of {@link org.opencrm.application.port.out.SurveyResponseRepository}: every backend passes it. */
public abstract class SurveyResponseRepositoryContract extends StorageContract {

    private static final CustomerId ANN = CustomerId.of("c-ann");
    private static final CustomerId BOB = CustomerId.of("c-bob");
    private static final OptionalInt NONE = OptionalInt.empty();

    @BeforeEach
    void twoCustomers() {
        customers().save(TestCustomers.aCustomer("c-ann", "Ann", "ann"));
        customers().save(TestCustomers.aCustomer("c-bob", "Bob", "bob"));
    }

    private static SurveyResponse response(String id, CustomerId customer, String at, int satisfaction) {
        return new SurveyResponse(SurveyResponseId.of(id), customer, Instant.parse(at), new SurveyAnswers(
                OptionalInt.of(satisfaction), OptionalInt.of(0), NONE, OptionalInt.of(5), NONE, OptionalInt.of(1),
                OptionalInt.of(1000)));
    }

    @Test
    void keepsEveryAnswerAndEveryGapExactlyAndTheFirstOfOneId() {
        SurveyResponse full = new SurveyResponse(SurveyResponseId.of("s-1"), ANN, Instant.parse("2024-03-01T10:15:30.123Z"),
                new SurveyAnswers(OptionalInt.of(5), OptionalInt.of(10), OptionalInt.of(4), OptionalInt.of(3),
                        OptionalInt.of(2), OptionalInt.of(1), OptionalInt.of(0)));
        SurveyResponse sparse = new SurveyResponse(SurveyResponseId.of("s-2"), ANN, Instant.parse("2024-03-02T00:00:00Z"),
                new SurveyAnswers(NONE, OptionalInt.of(0), NONE, NONE, NONE, NONE, NONE));
        assertThat(storage().surveyResponses().add(full)).isTrue();
        assertThat(storage().surveyResponses().add(sparse)).isTrue();
        assertThat(storage().surveyResponses().add(response("s-1", BOB, "2024-01-01T00:00:00Z", 1))).isFalse();
        assertThat(storage().surveyResponses().findById(SurveyResponseId.of("s-1"))).contains(full);
        assertThat(storage().surveyResponses().findById(SurveyResponseId.of("s-2"))).contains(sparse);
        assertThat(storage().surveyResponses().findById(SurveyResponseId.of("nope"))).isEmpty();
        assertThat(storage().surveyResponses().count()).isEqualTo(2);
    }

    @Test
    void eachCustomersLatestBeforeACutoffInCustomerOrder() {
        storage().surveyResponses().addBatch(List.of(response("s-3", ANN, "2024-03-03T00:00:00Z", 3),
                response("s-1", ANN, "2024-03-01T00:00:00Z", 1), response("s-9", BOB, "2024-03-02T00:00:00Z", 2),
                response("s-4", ANN, "2024-06-01T00:00:00Z", 4), response("s-1", BOB, "2024-01-01T00:00:00Z", 5)));
        assertThat(storage().surveyResponses().count()).isEqualTo(4);
        assertThat(storage().surveyResponses().latestPerCustomer(Instant.parse("2024-06-01T00:00:00Z")))
                .extracting(r -> r.id().value()).containsExactly("s-3", "s-9");
        assertThat(storage().surveyResponses().latestPerCustomer(Instant.parse("2024-03-01T00:00:00Z"))).isEmpty();
        assertThat(storage().surveyResponses().findByCustomer(ANN)).extracting(r -> r.id().value())
                .containsExactly("s-1", "s-3", "s-4");
        assertThat(storage().surveyResponses().findAfter(Optional.of(SurveyResponseId.of("s-3")), 10))
                .extracting(r -> r.id().value()).containsExactly("s-4", "s-9");
    }

    @Test
    void aBatchWithAnUnknownCustomerOrInAFailedTransactionLeavesNothing() {
        assertThatThrownBy(() -> unitOfWork().run(() -> storage().surveyResponses().addBatch(List.of(
                response("s-1", ANN, "2024-03-01T00:00:00Z", 1),
                response("s-2", CustomerId.of("c-nobody"), "2024-03-01T00:00:00Z", 1)))))
                .isInstanceOf(CustomerNotFoundException.class);
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            storage().surveyResponses().add(response("s-1", ANN, "2024-03-01T00:00:00Z", 1));
            throw new IllegalStateException("the request failed after all");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(storage().surveyResponses().count()).isZero();
    }
}
