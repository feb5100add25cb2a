package org.opencrm.application.service.survey;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.opencrm.application.error.IdConflictException;
import org.opencrm.application.port.in.survey.FindSurveyResponsesUseCase;
import org.opencrm.application.port.in.survey.RecordSurveyResponseUseCase;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.SurveyResponseRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.survey.SurveyResponseId;

/** Records and finds survey responses; the checks and the write share one transaction. */
public class SurveyService implements RecordSurveyResponseUseCase, FindSurveyResponsesUseCase {

    private final CustomerRepository customers;
    private final SurveyResponseRepository responses;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Inject
    public SurveyService(CustomerRepository customers, SurveyResponseRepository responses, UnitOfWork unitOfWork,
                         Clock clock) {
        this.customers = Objects.requireNonNull(customers);
        this.responses = Objects.requireNonNull(responses);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Result record(Command command) {
        SurveyResponse given = new SurveyResponse(command.id().orElseGet(SurveyResponseId::random),
                command.customerId(), command.answeredAt().orElseGet(clock::instant), command.answers());
        return unitOfWork.inTransaction(() -> {
            // An id merged away stands for the customer it was merged into: the surveyResponse is theirs.
            SurveyResponse response = given.withCustomer(customers.resolve(given.customerId()));
            if (responses.add(response)) {
                return new Result(response, true);
            }
            SurveyResponse stored = responses.findById(response.id()).orElseThrow();
            if (!stored.equals(response)) {
                throw new IdConflictException("survey response", response.id().value());
            }
            return new Result(stored, false);
        });
    }

    @Override
    public List<SurveyResponse> ofCustomer(CustomerId customer) {
        return responses.findByCustomer(customers.resolve(customer));
    }
}
