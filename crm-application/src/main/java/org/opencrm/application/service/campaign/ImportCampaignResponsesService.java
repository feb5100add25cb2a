package org.opencrm.application.service.campaign;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opencrm.application.error.FactNotFoundException;
import org.opencrm.application.port.in.campaign.ImportCampaignResponsesUseCase;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.out.CampaignRepository;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.service.importing.BatchImporter;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignResponse;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;

/** Imports a campaign's responses in batches, members resolved by external id, one response a member. */
public class ImportCampaignResponsesService implements ImportCampaignResponsesUseCase {

    private final CampaignRepository campaigns;
    private final CustomerRepository customers;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Inject
    public ImportCampaignResponsesService(CampaignRepository campaigns, CustomerRepository customers,
                                          UnitOfWork unitOfWork, Clock clock) {
        this.campaigns = Objects.requireNonNull(campaigns);
        this.customers = Objects.requireNonNull(customers);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ImportSummary importResponses(Command command) {
        Campaign campaign = campaigns.findById(command.campaign())
                .orElseThrow(() -> new FactNotFoundException("campaign", command.campaign().value()));
        // The members were snapshotted at the start and never change: read once, not looked up row by row.
        Set<CustomerId> members = new HashSet<>();
        campaigns.members(campaign.id()).forEach(m -> members.add(m.customer()));
        return new BatchImporter(unitOfWork).run(command.rows(), command.batchSize(), command.listener(),
                batch -> write(campaign, members, batch, command.customerSource()));
    }

    private BatchImporter.BatchResult write(Campaign campaign, Set<CustomerId> members,
                                            List<ImportRow.Parsed<ResponseRow>> batch, String source) {
        Set<String> externalIds = new HashSet<>();
        batch.forEach(row -> externalIds.add(row.value().customerExternalId()));
        Map<String, CustomerId> ids = customers.findIdsByExternalIds(source, externalIds);
        List<RejectedRow> rejects = new ArrayList<>();
        long inserted = 0;
        long duplicates = 0;
        for (ImportRow.Parsed<ResponseRow> parsed : batch) {
            ResponseRow row = parsed.value();
            CustomerId customer = ids.get(row.customerExternalId());
            if (customer == null) {
                rejects.add(new RejectedRow(parsed.position(), "customer_id",
                        "unknown customer " + source + ":" + row.customerExternalId()));
                continue;
            }
            if (!members.contains(customer)) {
                rejects.add(new RejectedRow(parsed.position(), "customer_id", "customer " + source + ":"
                        + row.customerExternalId() + " is not in campaign " + campaign.id().value()
                        + " (neither contacted nor held out)"));
                continue;
            }
            CampaignResponse response;
            try {
                Money revenue = Money.of(row.revenue().orElse(BigDecimal.ZERO),
                        campaign.costPerContact().currency());
                // Converted implies responded, as on the command line.
                response = new CampaignResponse(campaign.id(), customer, row.responded() || row.converted(),
                        row.converted(), revenue, row.at().orElseGet(clock::instant));
            } catch (IllegalArgumentException e) {
                rejects.add(RejectedRow.of(parsed.position(), e));
                continue;
            }
            if (campaigns.respond(response)) {
                inserted++;
            } else if (sameAsStored(response)) {
                duplicates++;
            } else {
                rejects.add(new RejectedRow(parsed.position(), "customer_id", "customer " + source + ":"
                        + row.customerExternalId() + " has a different response to campaign "
                        + campaign.id().value() + " already; a member responds once"));
            }
        }
        return new BatchImporter.BatchResult(new ImportSummary(batch.size(), inserted, 0, duplicates, rejects.size(),
                0), rejects, () -> { });
    }

    private boolean sameAsStored(CampaignResponse response) {
        return campaigns.response(response.campaign(), response.customer())
                .filter(s -> s.responded() == response.responded() && s.converted() == response.converted()
                        && s.revenue().equals(response.revenue()))
                .isPresent();
    }
}
