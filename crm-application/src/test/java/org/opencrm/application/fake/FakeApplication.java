package org.opencrm.application.fake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.opencrm.application.port.in.value.ChurnPolicy;
import org.opencrm.application.service.access.ApiKeyService;
import org.opencrm.application.service.campaign.CampaignService;
import org.opencrm.application.service.campaign.ImportCampaignResponsesService;
import org.opencrm.application.service.complaint.ComplaintService;
import org.opencrm.application.service.complaint.FollowUpService;
import org.opencrm.application.service.customer.CustomerMergeService;
import org.opencrm.application.service.customer.CustomerService;
import org.opencrm.application.service.customer.CustomerTimelineService;
import org.opencrm.application.service.customer.DuplicateService;
import org.opencrm.application.service.customer.ImportCustomersService;
import org.opencrm.application.service.idempotency.IdempotentRequestService;
import org.opencrm.application.service.interaction.ImportInteractionsService;
import org.opencrm.application.service.interaction.InteractionService;
import org.opencrm.application.service.lifecycle.LifecycleRules;
import org.opencrm.application.service.lifecycle.ModelFits;
import org.opencrm.application.service.model.ModelService;
import org.opencrm.application.service.product.ImportProductsService;
import org.opencrm.application.service.purchase.FindPurchasesService;
import org.opencrm.application.service.purchase.ImportPurchasesService;
import org.opencrm.application.service.purchase.RecordPurchaseService;
import org.opencrm.application.service.recommendation.AssociationRuleService;
import org.opencrm.application.service.recommendation.NextBestActionService;
import org.opencrm.application.service.report.LifecycleReportService;
import org.opencrm.application.service.report.ReportPopulation;
import org.opencrm.application.service.report.RfmReportService;
import org.opencrm.application.service.report.ValueTypesReportService;
import org.opencrm.application.service.survey.ImportSurveyResponsesService;
import org.opencrm.application.service.survey.SurveyReportService;
import org.opencrm.application.service.survey.SurveyService;
import org.opencrm.application.service.value.AcquisitionReportService;
import org.opencrm.application.service.value.AttitudinalLoyaltyService;
import org.opencrm.application.service.value.CustomerProfileService;
import org.opencrm.application.service.value.CustomerTiers;
import org.opencrm.application.service.value.CustomerValuation;
import org.opencrm.application.service.value.ProspectReportService;
import org.opencrm.application.service.value.RelationshipService;
import org.opencrm.application.service.value.RelationshipStandings;
import org.opencrm.application.service.value.ReportBatchService;
import org.opencrm.application.service.value.SegmentService;
import org.opencrm.application.service.value.TierReportService;
import org.opencrm.application.service.value.ValueReportService;
import org.opencrm.domain.complaint.ComplaintSla;
import org.opencrm.domain.complaint.FollowUpCadence;
import org.opencrm.domain.lifecycle.ExpansionRule;
import org.opencrm.domain.lifecycle.RecencyChurnSignal;

/**
 * Every use case of the application over one {@link FakeStorage} and a fixed clock, wired by hand as the
 * bootstrap wires them: what the driving adapters' own tests drive (their commands and resources), fast and
 * without a database. {@link #useCase} finds the service behind a driving port.
 */
public final class FakeApplication {

    /** The clock every service reads: 2024-12-31 noon UTC. */
    public static final Instant NOW = Instant.parse("2024-12-31T12:00:00Z");

    private final FakeStorage storage = new FakeStorage();
    private final List<Object> services = new ArrayList<>();

    public FakeApplication() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ModelFits fits = new ModelFits(storage.models());
        LifecycleRules rules = new LifecycleRules(fits, ChurnPolicy.DEFAULT, RecencyChurnSignal.DEFAULT,
                ExpansionRule.DEFAULT);
        CustomerValuation valuation = new CustomerValuation(storage.purchases(), fits, ChurnPolicy.DEFAULT, clock);
        // The segment service reads the RFM analysis, and reports restricted to a segment read the segment service.
        SegmentService[] segmentService = new SegmentService[1];
        ReportPopulation population = new ReportPopulation(() -> segmentService[0]);
        RfmReportService rfm = new RfmReportService(storage.purchases(), population, clock);
        SegmentService segments = new SegmentService(storage.segments(), storage.customers(), valuation, rules, rfm,
                storage, clock);
        segmentService[0] = segments;
        services.addAll(List.of(
                new CustomerService(storage.customers(), storage, clock),
                new DuplicateService(storage.customers()),
                new CustomerMergeService(storage.customers(), storage.merges(), storage, clock),
                new CustomerTimelineService(storage.customers(), storage.purchases(), storage.interactions(),
                        storage.complaints(),
                        storage.followUps(), storage.surveyResponses(), rules,
                        clock),
                new InteractionService(storage.customers(), storage.interactions(), storage, clock),
                new ImportInteractionsService(storage.customers(), storage.interactions(), storage),
                new SurveyService(storage.customers(), storage.surveyResponses(), storage, clock),
                new ImportSurveyResponsesService(storage.customers(), storage.surveyResponses(), storage),
                new SurveyReportService(storage.surveyResponses(), population, clock),
                new ComplaintService(storage.customers(), storage.complaints(), storage.followUps(), storage,
                        new CustomerTiers(valuation), ComplaintSla.DEFAULT, FollowUpCadence.DEFAULT, population, clock),
                new FollowUpService(storage.customers(), storage.followUps(), storage.purchases(), storage,
                        new CustomerTiers(valuation), FollowUpCadence.DEFAULT, clock),
                new RelationshipService(storage.customers(), storage.interactions(), storage.surveyResponses(),
                        storage.followUps(), new CustomerTiers(valuation), rules,
                        FollowUpCadence.DEFAULT, storage.campaigns(), population, clock),
                new AttitudinalLoyaltyService(storage.customers(), storage.purchases(), storage.surveyResponses(),
                        population, clock),
                new ImportCustomersService(storage.customers(), storage, clock),
                new ImportPurchasesService(storage.customers(), storage.purchases(), storage),
                new RecordPurchaseService(storage.customers(), storage.purchases(), storage),
                new FindPurchasesService(storage.customers(), storage.purchases()),
                new ImportProductsService(storage.products(), storage),
                new ModelService(storage.purchases(), storage.models(), storage, clock),
                new LifecycleReportService(storage.purchases(), rules, population, clock),
                rfm,
                new ValueReportService(valuation, storage.customers(), population),
                new TierReportService(valuation, storage.customers(), population),
                new ValueTypesReportService(storage.customers(), storage.purchases(), storage.products(), population,
                        clock),
                new CustomerProfileService(storage.customers(), storage.purchases(), storage.products(), rules, rfm,
                        valuation, new RelationshipStandings(storage.complaints(), storage.followUps(),
                        storage.surveyResponses(), storage.interactions(), ComplaintSla.DEFAULT, clock),
                        storage.merges(), clock),
                segments,
                new AcquisitionReportService(storage.customers(), storage.campaigns(), valuation, population, clock),
                new ProspectReportService(storage.customers(), new CustomerTiers(valuation), valuation, population,
                        clock),
                new CampaignService(storage.campaigns(), storage.customers(), segments, new CustomerTiers(valuation),
                        storage, clock),
                new ImportCampaignResponsesService(storage.campaigns(), storage.customers(), storage, clock),
                new ReportBatchService(valuation, rules),
                new AssociationRuleService(storage.purchases(), storage.associationRules(), clock),
                new NextBestActionService(storage.customers(), storage.purchases(), storage.complaints(),
                        storage.followUps(), storage.associationRules(), valuation, segments, clock),
                new ApiKeyService(storage.apiKeys(), storage, clock),
                new IdempotentRequestService(storage.storedResponses(), storage, clock)));
    }

    /** The store every service works on, to arrange facts and to look at what was written. */
    public FakeStorage storage() {
        return storage;
    }

    /** The service implementing {@code port}. */
    public <T> T useCase(Class<T> port) {
        return services.stream().filter(port::isInstance).map(port::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service implements " + port.getName()));
    }
}
