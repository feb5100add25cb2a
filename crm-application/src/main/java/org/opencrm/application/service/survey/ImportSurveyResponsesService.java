package org.opencrm.application.service.survey;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.in.survey.ImportSurveyResponsesUseCase;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.SurveyResponseRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.service.importing.BatchImporter;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.survey.SurveyResponse;

/** Imports survey responses in batches, customers resolved by external id; unknown customers are rejected. */
public class ImportSurveyResponsesService implements ImportSurveyResponsesUseCase {

    private final CustomerRepository customers;
    private final SurveyResponseRepository responses;
    private final UnitOfWork unitOfWork;

    @Inject
    public ImportSurveyResponsesService(CustomerRepository customers, SurveyResponseRepository responses,
                                        UnitOfWork unitOfWork) {
        this.customers = Objects.requireNonNull(customers);
        this.responses = Objects.requireNonNull(responses);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public ImportSummary importResponses(Command command) {
        return new BatchImporter(unitOfWork).run(command.rows(), command.batchSize(), command.listener(),
                batch -> write(batch, command.customerSource()));
    }

    private BatchImporter.BatchResult write(List<ImportRow.Parsed<ResponseRow>> batch, String source) {
        Set<String> externalIds = new HashSet<>();
        batch.forEach(row -> externalIds.add(row.value().customerExternalId()));
        Map<String, CustomerId> customerIds = customers.findIdsByExternalIds(source, externalIds);
        List<SurveyResponse> accepted = new ArrayList<>(batch.size());
        List<RejectedRow> rejects = new ArrayList<>();
        for (ImportRow.Parsed<ResponseRow> parsed : batch) {
            ResponseRow row = parsed.value();
            CustomerId customer = customerIds.get(row.customerExternalId());
            if (customer == null) {
                rejects.add(new RejectedRow(parsed.position(), "customer_id",
                        "unknown customer " + source + ":" + row.customerExternalId()));
                continue;
            }
            try {
                accepted.add(new SurveyResponse(row.id(), customer, row.answeredAt(), row.answers()));
            } catch (IllegalArgumentException e) {
                rejects.add(RejectedRow.of(parsed.position(), e));
            }
        }
        int inserted = responses.addBatch(accepted);
        return new BatchImporter.BatchResult(new ImportSummary(batch.size(), inserted, 0, accepted.size() - inserted,
                rejects.size(), 0), rejects, () -> { });
    }
}
